import PropertyBased
import Scoring
import Testing

/// No empty explanation: in every assessed quarter of every generated year, every item below its
/// 分值 has at least one reason that says why — a record that cost points, or a condition not met
/// (a reason without points) — which is what every view prints, compact ones included
/// (`ItemScore.lossReasons`).
@Suite("Explanations")
struct ExplanationProperties {
    @Test func everyLostPointHasAReason() async {
        await PropertyRun.check(YearRecordsGen.records, cases: 200, describe: \.summary) { records in
            let result = YearAssessment.score(records)
            for quarter in result.quarters {
                for standing in quarter.standings {
                    for item in standing.score.items where item.points < item.maximum {
                        #expect(!item.lossReasons.isEmpty,
                                "item \(item.item.number) of \(standing.score.slug) in \(quarter.quarter): \(item.points)/\(item.maximum), reasons \(item.reasons.map(\.text))")
                    }
                }
            }
        }
    }
}
