import Testing
@testable import Scoring

/// Rankings (docs/评分口径.md §4): competition ranks, SLUG ties, vetoed after, 治安状况排序.
struct RankingTests {
    /// A community whose total is 100 minus `lost` (lost via patrol findings of 5) or vetoed.
    private func community(_ slug: String, lostFindings: Int = 0, vetoed: Bool = false) -> Community {
        var community = Fixture.community(slug)
        community.inspections = (0..<lostFindings).map {
            Fixture.inspection("2017-02-0\($0 + 1)", ["未开展巡逻"], line: 900 + $0)
        }
        if vetoed {
            community.mediaExposures = [MediaExposure(date: Fixture.day("2017-02-01"), outlet: "某报", level: "镇级",
                                                      seriousImpact: true, location: Fixture.loc(1000))]
        }
        return community
    }

    @Test func competitionRanksWithSlugTiesAndVetoedLast() {
        let records = Fixture.records([
            community("d"), community("c", lostFindings: 1), community("b", lostFindings: 1),
            community("a", lostFindings: 2), community("z", vetoed: true), community("y", lostFindings: 1, vetoed: true),
        ])
        let q1 = YearAssessment.score(records).quarters[0]
        #expect(q1.standings.map(\.score.slug) == ["d", "b", "c", "a", "z", "y"])
        #expect(q1.standings.map(\.rank) == [1, 2, 2, 4, nil, nil])
        #expect(q1.standings.map(\.score.total) == [100, 95, 95, 90, 100, 95])
    }

    @Test func slugsCompareByteByByte() {
        let records = Fixture.records([community("b"), community("B"), community("a-1"), community("a")])
        let order = YearAssessment.score(records).quarters[0].standings.map(\.score.slug)
        #expect(order == ["B", "a", "a-1", "b"])
    }

    @Test func previousRankComesFromThePreviousQuarter() {
        var riser = community("a", lostFindings: 1) // 95 in Q1 …
        riser.inspections[0].date = Fixture.day("2017-03-01")
        var faller = community("b")
        faller.inspections = [Fixture.inspection("2017-04-02", ["未开展巡逻"]),
                              Fixture.inspection("2017-04-03", ["未开展巡逻"])] // … 90 from Q2
        let result = YearAssessment.score(Fixture.records([riser, faller]))
        #expect(result.quarters[0].standings.map(\.score.slug) == ["b", "a"])
        #expect(result.quarters[1].standings.map(\.score.slug) == ["a", "b"])
        #expect(result.quarters[0].standings.map(\.previousRank) == [nil, nil])
        #expect(result.quarters[1].standing(of: "a")?.previousRank == 2)
        #expect(result.quarters[1].standing(of: "b")?.previousRank == 1)
    }

    @Test func policeOrderRanksPlatformFiguresWithTies() {
        let slugs = ["a", "b", "c", "d"]
        let figures: [Points] = [Points(tenths: 925), 95, Points(tenths: 925), 80]
        let police = Dictionary(uniqueKeysWithValues: zip(slugs, figures).map { slug, figure in
            (slug, Fixture.police(platform: [figure, 0, 0, 0]))
        })
        let records = Fixture.records(slugs.map { community($0, vetoed: $0 == "c") }, police: police)
        let q1 = YearAssessment.score(records).quarters[0]
        #expect(q1.policeOrder.map(\.score.slug) == ["b", "a", "c", "d"])
        #expect(q1.policeOrder.map(\.policeRank) == [1, 2, 2, 4])
        #expect(q1.standing(of: "c")?.policeRank == 2)
        #expect(q1.standing(of: "c")?.score.platformScore == Points(tenths: 925))
    }

    @Test func missingPlatformFigureCountsAsZero() {
        let police = ["a": Fixture.police(platform: [90]), "b": Fixture.police(platform: [])]
        let records = Fixture.records([community("a"), community("b")], police: police)
        let q2 = YearAssessment.score(records).quarters[1]
        #expect(q2.policeOrder.map(\.policeRank) == [1, 1])
        #expect(q2.policeOrder.map(\.score.platformScore) == [0, 0])
    }
}
