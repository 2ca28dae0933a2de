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

@Suite("Score bounds and vetoes")
struct ScoreBoundsProperties {
    /// Every item within [0, 分值], the total the sum of the items, for every assessed quarter;
    /// exactly the quarters ending on or before the cut-off are assessed.
    @Test func itemsWithinMaximumAndTotalIsTheirSum() async {
        await PropertyRun.check(YearRecordsGen.records, cases: 400, describe: \.summary) { records in
            let result = YearAssessment.score(records)
            let rules = records.settings.rulebook
            let year = records.settings.year
            #expect(result.quarters.map(\.quarter)
                    == Quarter.allCases.filter { $0.lastDay(in: year) <= records.settings.cutoff })
            for quarter in result.quarters {
                #expect(quarter.standings.count == records.communities.count)
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
                }
            }
        }
    }

    /// A vetoed community is unranked and listed after every ranked one; its 折算 and subsidy are 0.
    /// The veto numbers are distinct, in order, within 1…4.
    @Test func vetoedCommunitiesAreUnrankedLastAndGetNothing() async {
        await PropertyRun.check(YearRecordsGen.records, cases: 400, describe: \.summary) { records in
            let result = YearAssessment.score(records)
            for quarter in result.quarters {
                for standing in quarter.standings {
                    let numbers = standing.score.vetoes.map(\.number)
                    #expect(numbers == Array(Set(numbers)).sorted() && numbers.allSatisfy { (1...4).contains($0) })
                    #expect((standing.rank == nil) == standing.score.isVetoed)
                }
                let vetoed = quarter.standings.map(\.score.isVetoed)
                let firstVetoed = vetoed.firstIndex(of: true) ?? vetoed.count
                #expect(!vetoed[firstVetoed...].contains(false), "a ranked community after a vetoed one")
            }
            for standing in result.annual?.standings ?? [] where standing.vetoed {
                #expect(standing.rank == nil)
                #expect(standing.convertedHundredths == 0)
                #expect(standing.subsidy == .zero)
                #expect(standing.band == nil)
            }
        }
    }
}
