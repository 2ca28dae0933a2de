import Testing
@testable import Scoring

/// Item 10 案件防范.
struct CasePreventionTests {
    /// (this year, last year, expected tenths): exactly 6 % is a step, just under is not.
    @Test(arguments: [
        (47, 50, 50), (48, 50, 25), (53, 50, 0), (52, 50, 25),  // exactly / just under 6 %
        (0, 0, 25), (1, 0, 0), (5, 5, 25),                     // l = 0, 持平
        (17, 20, 75), (0, 50, 100), (0, 1, 100),               // cap at 10
        (100, 50, 0), (60, 50, 0),                             // floor at 0
        (94, 100, 50), (95, 100, 25), (106, 100, 0), (105, 100, 25),
    ])
    func subscore(thisYear: Int, lastYear: Int, expectedTenths: Int) {
        #expect(Item10CasePrevention.subscore(thisYear: thisYear, lastYear: lastYear, Rulebook()).tenths == expectedTenths)
    }

    @Test func noCaseSoFarThisYearScoresTwenty() {
        let police = Fixture.police(property: (Fixture.zeros, Fixture.january(9)), telecom: (Fixture.zeros, Fixture.zeros))
        #expect(Fixture.item(10, Fixture.community(), police: police).points == 20)
    }

    @Test func sumOfTwoSubscores() {
        // 侵财 47 vs 50 → 5; 通讯网络诈骗 0 vs 0 → 2.5.
        let police = Fixture.police(property: (Fixture.january(47), Fixture.january(50)))
        let score = Fixture.item(10, Fixture.community(), police: police)
        #expect(score.points == Points(tenths: 75))
        #expect(score.reasons.compactMap(\.points) == [Points(tenths: 50), Points(tenths: 25)])
        #expect(score.reasons.first?.text.contains("已有发案，不得零发案的20分") == true)
    }

    /// Only the months of P are summed: an April case is not in Q1.
    /// Q1: no case yet → 零发案 20. Q2: 侵财 1 vs 0 → 0; 通讯网络诈骗 0 vs 0 → 2.5.
    @Test(arguments: [(Quarter.q1, 200), (.q2, 25)])
    func monthsOfThePeriodOnly(quarter: Quarter, expectedTenths: Int) {
        var thisYear = Fixture.zeros
        thisYear[3] = 1
        let police = Fixture.police(property: (thisYear, Fixture.zeros))
        let score = Fixture.item(10, Fixture.community(), quarter, police: police)
        #expect(score.points.tenths == expectedTenths)
    }

    /// Exposures at 市级以上 cost 2 each; lower levels cost nothing; never below 0.
    @Test(arguments: [(["市级"], 18), (["中央", "省级"], 16), (["区级", "镇级"], 20)])
    func mediaExposures(levels: [String], expected: Int) {
        var community = Fixture.community()
        community.mediaExposures = levels.enumerated().map {
            MediaExposure(date: Fixture.day("2017-07-0\($0.offset + 1)"), outlet: "常州日报", level: $0.element,
                          seriousImpact: false, location: Fixture.loc(1000 + $0.offset))
        }
        #expect(Fixture.item(10, community).points == Points(expected))
    }

    @Test func exposureDeductionStopsAtZero() {
        var community = Fixture.community()
        community.mediaExposures = [MediaExposure(date: Fixture.day("2017-07-01"), outlet: "常州日报", level: "市级",
                                                  seriousImpact: false, location: Fixture.loc(1000))]
        let police = Fixture.police(property: (Fixture.january(9), Fixture.zeros), telecom: (Fixture.january(9), Fixture.zeros))
        #expect(Fixture.item(10, community, police: police).points == 0)
    }
}
