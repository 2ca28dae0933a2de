import Testing
@testable import Scoring

/// The whole year: assessed quarters, annual result.
struct YearAssessmentTests {
    @Test(arguments: Quarter.allCases)
    func perfectRecordScoresOneHundred(quarter: Quarter) {
        let score = CommunityAssessment.score(in: Fixture.context(Fixture.community(), quarter))
        #expect(score.items.map(\.points) == Rulebook().maximums)
        #expect(score.total == 100)
        #expect(!score.isVetoed)
    }

    @Test func annualResultFromTheFourthQuarter() {
        var weaker = Fixture.community("b")
        weaker.inspections = [Fixture.inspection("2017-11-01", ["未开展巡逻"])]
        weaker.judgments[.q1]?[.ledgersComplete] = Fixture.judgment(false) // 100 − 5 − 3 = 92
        let settings = Fixture.settings(fullMarks: Points(tenths: 75), subsidy: AnnualConversionTests.bands)
        let result = YearAssessment.score(Fixture.records([weaker, Fixture.community("a")], settings: settings))
        #expect(result.quarters.map(\.quarter) == Quarter.allCases)
        let annual = try! #require(result.annual)
        #expect(annual.standings.map(\.slug) == ["a", "b"])
        #expect(annual.standings.map(\.total) == [100, 92])
        #expect(annual.standings.map(\.converted) == ["7.5", "6.9"])
        #expect(annual.standings.map(\.subsidy) == [Money(yuan: 20000), Money(yuan: 20000)])
        #expect(annual.totalSubsidy == Money(yuan: 40000))
    }

    /// The caller may score communities in any order on any thread (`map`): the year's result
    /// is the same as one by one.
    @Test func theResultDoesNotDependOnTheOrderCommunitiesAreScored() {
        var communities = ["d", "a", "c", "b", "e"].map { Fixture.community($0) }
        communities[1].inspections = [Fixture.inspection("2017-05-01", ["未开展巡逻"])]
        communities[3].scheduleReports = []
        communities[4].inspections = [Fixture.inspection("2017-02-01", ["巡防人数不足"])]
        let records = Fixture.records(communities, settings: Fixture.settings(subsidy: AnnualConversionTests.bands))
        let backwards: YearAssessment.IndexedMap = { count, body in
            var results = [[CommunityScore]?](repeating: nil, count: count)
            for index in (0..<count).reversed() { results[index] = body(index) }
            return results.map { $0! }
        }
        let serial = YearAssessment.score(records)
        #expect(YearAssessment.score(records, map: backwards) == serial)
        #expect(serial.quarters.count == 4 && serial.quarters[3].standings.map(\.score.slug).last == "b")
    }

    @Test func vetoedCommunityKeepsItsTotalButGetsNothing() {
        var vetoed = Fixture.community()
        vetoed.scheduleReports = []
        let settings = Fixture.settings(subsidy: AnnualConversionTests.bands)
        let standing = YearAssessment.score(Fixture.records([vetoed], settings: settings)).annual!.standings[0]
        #expect(standing.total == 95)
        #expect(standing.vetoed && standing.rank == nil)
        #expect(standing.convertedHundredths == 0 && standing.subsidy == .zero)
    }

    /// A cut-off before a quarter's last day leaves that quarter and the annual result unassessed.
    @Test(arguments: [("2017-08-31", [Quarter.q1, .q2]), ("2017-09-30", [.q1, .q2, .q3]), ("2017-03-30", [])])
    func cutoffLimitsAssessedQuarters(cutoff: String, quarters: [Quarter]) {
        let records = Fixture.records([Fixture.community()], settings: Fixture.settings(cutoff: Fixture.day(cutoff)))
        let result = YearAssessment.score(records)
        #expect(result.quarters.map(\.quarter) == quarters)
        #expect(result.annual == nil)
    }
}
