import Testing
@testable import Scoring

/// Items 11–14: 提供线索破案 and 宣传工作.
struct PublicityItemsTests {
    @Test(arguments: [(0, 0, false), (1, 2, false), (4, 8, false), (5, 8, true)])
    func clues(count: Int, expected: Int, capped: Bool) {
        var community = Fixture.community()
        community.clues = (0..<count).map {
            Clue(date: Fixture.day("2017-05-0\($0 + 1)"), caseDescription: "案\($0)", braveryNomination: $0 == 0,
                 location: Fixture.loc(800 + $0))
        }
        let score = Fixture.item(11, community)
        #expect(score.points == Points(expected))
        #expect(score.capped == capped)
    }

    /// Photos: 0.1 each, at most 2.
    @Test(arguments: [(0, 30), (7, 37), (20, 50), (25, 50)])
    func photos(count: Int, expectedTenths: Int) {
        var community = Fixture.community()
        for index in community.publicity.indices { community.publicity[index].photosAccepted = 0 }
        community.publicity[5].photosAccepted = count
        #expect(Fixture.item(12, community).points.tenths == expectedTenths)
    }

    /// A month's entries add up; a 形式 used by two entries counts once.
    @Test(arguments: [
        ([["横幅"], ["微信"]], 50), ([["横幅"], ["横幅"]], 20), ([["横幅"]], 20), ([[String]](), 20),
    ])
    func formsPerMonth(marchEntries: [[String]], expectedTenths: Int) {
        var community = Fixture.community()
        community.publicity.removeAll { $0.month.month == 3 }
        community.publicity += marchEntries.map {
            Publicity(month: Fixture.month("2017-03"), forms: $0, contentUpdated: true, location: Fixture.loc(650))
        }
        #expect(Fixture.item(12, community).points.tenths == expectedTenths)
    }

    @Test(arguments: [(true, true, 3), (false, true, 1), (true, false, 2)])
    func deedPublicity(summary: Bool, bravery: Bool, expected: Int) {
        var community = Fixture.community()
        community.judgments[.q1]?[.volunteerSummary] = Fixture.judgment(summary)
        community.judgments[.q1]?[.braveryReported] = Fixture.judgment(bravery)
        #expect(Fixture.item(13, community).points == Points(expected))
    }

    /// m months without updated content cost 0.5 each, at most 2.
    @Test(arguments: [(0, 40), (1, 35), (3, 25), (4, 20), (6, 20)])
    func contentUpdates(monthsWithout: Int, expectedTenths: Int) {
        var community = Fixture.community()
        for index in 0..<monthsWithout { community.publicity[index].contentUpdated = false }
        let score = Fixture.item(14, community)
        #expect(score.points.tenths == expectedTenths)
        #expect(score.reasons.filter { $0.text.hasSuffix("宣传内容未更新") }.count == monthsWithout)
    }

    @Test(arguments: [(true, true, true, 40), (false, true, true, 35), (true, false, true, 35), (true, true, false, 30)])
    func planSummaryAndCampaignPhoto(plan: Bool, summary: Bool, photo: Bool, expectedTenths: Int) {
        var community = Fixture.community()
        community.judgments[.q1]?[.publicityPlanned] = Fixture.judgment(plan)
        community.judgments[.q1]?[.publicitySummarized] = Fixture.judgment(summary)
        community.preventionCampaigns[0].hasPhoto = photo
        #expect(Fixture.item(14, community).points.tenths == expectedTenths)
    }

    @Test func campaignAfterThePeriodDoesNotCount() {
        var community = Fixture.community()
        community.preventionCampaigns[0].date = Fixture.day("2017-04-15")
        #expect(Fixture.item(14, community, .q1).points == 3)
        #expect(Fixture.item(14, community, .q2).points == 4)
    }
}
