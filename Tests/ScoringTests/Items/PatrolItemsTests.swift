import Testing
@testable import Scoring

/// Items 6–9: 巡防情况 after the schedules.
struct PatrolItemsTests {
    @Test(arguments: [(0, 24), (1, 19), (4, 4), (5, 0), (6, 0)])
    func dailyPatrolLosesFivePerFinding(findings: Int, expected: Int) {
        var community = Fixture.community()
        community.inspections = (0..<findings).map {
            Fixture.inspection("2017-03-0\($0 + 1)", ["未开展巡逻"], note: "排班时段内无人巡逻", line: 900 + $0)
        }
        community.inspections.append(Fixture.inspection("2017-05-09", []))
        let score = Fixture.item(6, community)
        #expect(score.points == Points(expected))
        #expect(score.reasons.filter { $0.points == Points(-5) }.count == findings)
    }

    @Test func dailyPatrolReasonNamesDateAndNote() {
        var community = Fixture.community()
        community.inspections = [Fixture.inspection("2017-03-05", ["未开展巡逻"], note: "排班时段内无人巡逻")]
        let reason = Fixture.item(6, community).reasons[0]
        #expect(reason.text == "2017-03-05 督查发现未开展巡逻（排班时段内无人巡逻）")
        #expect(reason.day == Fixture.day("2017-03-05"))
        #expect(reason.location == Fixture.loc(900))
    }

    /// Each conduct problem loses its point once, however often it is found.
    @Test(arguments: [
        ([[String]](), 3), ([["巡防人数不足"]], 2), ([["巡防人数不足"], ["巡防人数不足"]], 2),
        ([["巡防人数不足", "未佩戴红袖标"], ["未携带巡防用具"]], 0), ([["未开展巡逻"]], 3),
    ])
    func patrolConduct(findings: [[String]], expected: Int) {
        var community = Fixture.community()
        community.inspections = findings.enumerated().map {
            Fixture.inspection("2017-04-1\($0.offset)", $0.element, line: 900 + $0.offset)
        }
        #expect(Fixture.item(7, community).points == Points(expected))
    }

    @Test func conductFindingOutsideThePeriodDoesNotCount() {
        var community = Fixture.community()
        community.inspections = [Fixture.inspection("2017-04-11", ["未佩戴红袖标"])]
        #expect(Fixture.item(7, community, .q1).points == 3)
        #expect(Fixture.item(7, community, .q2).points == 2)
    }

    /// (quarter, trainings held, 培训有计划有记录, expected tenths): r = 0, 1, 1, 2.
    @Test(arguments: [
        (Quarter.q1, 0, true, 30), (.q2, 0, true, 20), (.q2, 1, true, 30), (.q3, 0, false, 10),
        (.q4, 0, true, 10), (.q4, 1, true, 20), (.q4, 2, false, 20), (.q4, 3, true, 30),
    ])
    func training(quarter: Quarter, held: Int, planned: Bool, expectedTenths: Int) {
        var community = Fixture.community()
        community.trainings = (0..<held).map {
            Training(date: Fixture.day("2017-01-1\($0)"), topic: "培训\($0)", location: Fixture.loc(500 + $0))
        }
        community.judgments[.q1]?[.trainingPlanned] = Fixture.judgment(planned)
        #expect(Fixture.item(8, community, quarter).points.tenths == expectedTenths)
    }

    @Test(arguments: [(Quarter.q1, 0), (.q2, 1), (.q3, 1), (.q4, 2)])
    func requiredTrainings(quarter: Quarter, expected: Int) {
        #expect(Item08Training.requiredTrainings(by: quarter, Rulebook()) == expected)
    }

    @Test(arguments: [(true, true, 5), (true, false, 3), (false, true, 2)])
    func ledgers(ledger: Bool, logs: Bool, expected: Int) {
        var community = Fixture.community()
        community.judgments[.q1]?[.ledgersComplete] = Fixture.judgment(ledger)
        community.judgments[.q1]?[.patrolLogs] = Fixture.judgment(logs)
        #expect(Fixture.item(9, community).points == Points(expected))
    }
}

extension PatrolItemsTests {
    @Test func conductReasonsCostOnlyOnTheFirstFinding() {
        var community = Fixture.community()
        community.inspections = [Fixture.inspection("2017-04-11", ["未佩戴红袖标"], line: 901),
                                 Fixture.inspection("2017-05-11", ["未佩戴红袖标"], line: 902)]
        let reasons = Fixture.item(7, community).reasons
        #expect(reasons.map(\.points) == [Points(-1), nil, nil])
        #expect(reasons[0].text == "2017-04-11 督查发现未佩戴红袖标，该项不得分")
        #expect(reasons[2].text == "督查1–12月未发现：巡防人数不足、未携带巡防用具")
    }
}
