/// Property tests of the scoring library over random generated years (see `YearRecordsGen`).
///
/// Runs are reproducible: every case is seeded from a fixed base seed (see `PropertyRun`).
/// To run more cases, or other ones:
///
///     QUNFANG_PROPERTY_CASES=20000 swift test --filter ScoringPropertyTests
///     QUNFANG_PROPERTY_SEED=12345 swift test --filter ScoringPropertyTests
///     QUNFANG_PROPERTY_SEED=random swift test --filter ScoringPropertyTests
///
/// A failure names the case and the seed that reproduce it, and describes the generated input.
import Scoring
import Testing

@Suite("Scored years")
struct ScoredYearProperties {
    /// For every assessed quarter of a whole scored year: every item within [0, 分值] and the total
    /// the sum of the items; a vetoed community unranked and listed after every ranked one, with
    /// 折算 0 and subsidy 0; standings and the 治安状况排序 as docs/评分口径.md §4 defines them, with the
    /// 平台考核数 of police.yaml. Exactly the quarters ending on or before the cut-off are assessed,
    /// and the annual result exists exactly when Q4 is.
    @Test func everyAssessedQuarterIsWellFormed() async {
        await PropertyRun.check(YearRecordsGen.records, cases: 300, describe: \.summary) { records in
            let result = YearAssessment.score(records)
            let rules = records.settings.rulebook
            let year = records.settings.year
            let slugs = records.communities.map(\.slug)
            #expect(result.quarters.map(\.quarter)
                    == Quarter.allCases.filter { $0.lastDay(in: year) <= records.settings.cutoff })
            var previous: QuarterResult?
            for quarter in result.quarters {
                for standing in quarter.standings {
                    let score = standing.score
                    #expect(score.period == AssessmentPeriod(year: year, quarter: quarter.quarter))
                    #expect(score.items.map(\.item.number) == Array(1...14))
                    for item in score.items {
                        let maximum = rules.maximum(ofItem: item.item.number)
                        #expect(item.maximum == maximum)
                        #expect(item.points >= .zero && item.points <= maximum,
                                "item \(item.item.number) of \(score.slug) in \(quarter.quarter): \(item.points)")
                        if item.capped { #expect(item.points == maximum) }
                    }
                    #expect(score.total.tenths == score.items.reduce(0) { $0 + $1.points.tenths })
                    #expect(score.total >= .zero && score.total <= rules.totalMaximum)
                    let numbers = score.vetoes.map(\.number)
                    #expect(numbers == Array(Set(numbers)).sorted() && numbers.allSatisfy { (1...4).contains($0) })
                    let figures = records.police[score.slug]!.platformScores
                    #expect(score.platformScore == figures[quarter.quarter.rawValue - 1])
                }
                let vetoed = quarter.standings.map(\.score.isVetoed)
                #expect(!vetoed.drop { !$0 }.contains(false), "a ranked community after a vetoed one")
                ResultChecks.standings(quarter, previous: previous, slugs: slugs)
                ResultChecks.policeOrder(quarter, slugs: slugs)
                previous = quarter
            }
            #expect((result.annual != nil) == (result.quarters.last?.quarter == .q4))
            if let annual = result.annual, let q4 = result.quarters.last {
                ResultChecks.annual(annual, q4: q4, settings: records.settings)
                for standing in annual.standings where standing.vetoed {
                    #expect(standing.rank == nil && standing.convertedHundredths == 0 && standing.subsidy == .zero)
                }
            }
        }
    }
}
