import Testing
@testable import Scoring

/// Items 1–4: 组织建设和工作保障.
struct OrganisationItemsTests {
    @Test(arguments: [(true, true, 30), (true, false, 20), (false, true, 10), (false, false, 0)])
    func leadership(head: Bool, staff: Bool, expectedTenths: Int) {
        var community = Fixture.community()
        community.headInCharge = head
        community.dedicatedStaff = staff
        #expect(Fixture.item(1, community).points.tenths == expectedTenths)
    }

    /// (professional size, social teams as (type, size), 花名册动态管理, expected points).
    @Test(arguments: [
        (3, [("楼道长", 10), ("居民代表", 10)], true, 7),              // exactly 3 and exactly 10: base
        (2, [("楼道长", 10), ("居民代表", 10)], true, 0),              // professional team one short
        (3, [("楼道长", 10), ("居民代表", 9)], true, 0),               // a social team one short
        (3, [("楼道长", 10), ("楼道长", 10), ("居民代表", 10)], true, 7), // duplicate type: T = 2
        (3, [("楼道长", 10), ("居民代表", 10), ("业主委员", 10)], true, 9), // T = 3: one extension
        (3, [("楼道长", 10), ("居民代表", 10), ("业主委员", 9)], true, 7),  // third team too small
        (3, [("楼道长", 10), ("居民代表", 10), ("业主委员", 10)], false, 2), // extension without base
        (2, [("楼道长", 10), ("居民代表", 10), ("业主委员", 10)], true, 2),  // extension without base
        (3, [("楼道长", 10), ("居民代表", 10), ("业主委员", 10), ("物业保安", 10), ("党员先锋", 10),
             ("社区义工", 10)], true, 13),                              // 7 + 8 capped at 13
    ] as [(Int, [(String, Int)], Bool, Int)])
    func teamBuilding(professional: Int, social: [(String, Int)], managed: Bool, expected: Int) {
        var community = Fixture.community()
        community.teams = [Fixture.team("专职", size: professional)] + social.map { Fixture.team($0.0, size: $0.1) }
        community.judgments[.q1]?[.rosterManaged] = Fixture.judgment(managed)
        let score = Fixture.item(2, community)
        #expect(score.points == Points(expected))
        #expect(score.capped == (social.count == 6))
    }

    /// A member leaving on the quarter's last day is no longer active; one joining on it is.
    @Test(arguments: [
        (nil, "2017-03-31", false), ("2017-03-31", nil, true), ("2017-04-01", nil, false), (nil, "2017-04-01", true),
    ] as [(String?, String?, Bool)])
    func memberOnQuarterLastDay(joined: String?, left: String?, professionalOK: Bool) {
        var community = Fixture.community()
        community.teams[0] = Fixture.team("专职", size: 3, joined: joined.map(Fixture.day), left: left.map(Fixture.day))
        let context = Fixture.context(community, .q1)
        #expect(context.teamStrength.professionalTeamOK == professionalOK)
        #expect(Fixture.item(2, community, .q1).points == (professionalOK ? 13 : 6))
    }

    @Test(arguments: [(true, true, 2, true), (true, false, 2, true), (false, true, 2, false), (false, false, 0, false)])
    func logisticsIsCappedAtTwo(funds: Bool, station: Bool, expected: Int, capped: Bool) {
        var community = Fixture.community()
        community.judgments[.q1]?[.dedicatedFunds] = Fixture.judgment(funds)
        community.judgments[.q1]?[.workStation] = Fixture.judgment(station)
        let score = Fixture.item(4, community)
        #expect(score.points == Points(expected))
        #expect(score.capped == capped)
        #expect(score.reasons.contains { $0.text.contains("超过分值") } == capped)
    }

    /// A month without a 例会, or with one lacking 民警通报, loses the meeting point.
    @Test(arguments: [(nil, 2), (2, 1), (7, 1)] as [(Int?, Int)])
    func mechanismsNeedABriefedMeetingEveryMonth(spoiledMonth: Int?, expected: Int) {
        var community = Fixture.community()
        if let spoiledMonth {
            community.meetings[spoiledMonth - 1].policeBriefing = false
        }
        let score = Fixture.item(3, community)
        #expect(score.points == Points(expected))
        if let spoiledMonth {
            let missing = score.reasons.first { $0.text.hasPrefix("2017-0\(spoiledMonth) 无民警通报") }
            #expect(missing?.location == nil)
            #expect(missing?.day == Day(year: 2017, month: spoiledMonth, day: 1))
        } else {
            #expect(score.reasons.contains { $0.text == "例会：1–12月每月均有民警通报" })
        }
    }

    @Test func mechanismsOnlyLookAtMonthsOfThePeriod() {
        var community = Fixture.community()
        community.meetings.removeLast(6)
        #expect(Fixture.item(3, community, .q2).points == 2)
        #expect(Fixture.item(3, community, .q3).points == 1)
    }
}
