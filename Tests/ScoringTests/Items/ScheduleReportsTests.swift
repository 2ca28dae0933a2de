import Testing
@testable import Scoring

/// Item 5 治安巡防全覆盖 and the schedule due dates.
struct ScheduleReportsTests {
    @Test(arguments: [(Quarter.q1, ["2017-02-25"]), (.q2, ["2017-02-25", "2017-04-25", "2017-06-25"]),
                      (.q4, ["2017-02-25", "2017-04-25", "2017-06-25", "2017-08-25", "2017-10-25", "2017-12-25"])])
    func dueDatesInPeriod(quarter: Quarter, expected: [String]) {
        let context = Fixture.context(Fixture.community(), quarter)
        #expect(context.scheduleDueDates.map(\.due.description) == expected)
        #expect(context.scheduleDueDates.allSatisfy { !$0.status.isMiss })
    }

    @Test func decemberIsDueForJanuaryOfNextYear() {
        let last = Fixture.context(Fixture.community()).scheduleDueDates.last!
        #expect(last.period == Month(year: 2018, month: 1))
        #expect(last.due == Fixture.day("2017-12-25"))
    }

    /// On the 25th is on time; on the 26th is 迟报.
    @Test(arguments: [("2017-02-25", 5, "按时"), ("2017-02-26", 3, "迟报"), ("2017-01-05", 5, "按时")])
    func februaryReportDate(reportedOn: String, expected: Int, label: String) {
        var community = Fixture.community()
        community.scheduleReports[0].reportedOn = Fixture.day(reportedOn)
        let context = Fixture.context(community, .q1)
        #expect(context.scheduleDueDates.map(\.status.label) == [label])
        #expect(Fixture.item(5, community, .q1).points == Points(expected))
    }

    @Test func missingReportIsALocationlessMiss() {
        var community = Fixture.community()
        community.scheduleReports.remove(at: 1) // 周期 2017-05, due 2017-04-25
        let score = Fixture.item(5, community, .q2)
        #expect(score.points == 3)
        let miss = score.reasons.first { $0.text.contains("漏报") }
        #expect(miss?.text == "2017-04-25 漏报：周期 2017-05 排班表未报备")
        #expect(miss?.location == nil)
        #expect(miss?.points == Points(-2))
    }

    @Test func lateReportExistingMakesAnOverdueMiss() {
        var community = Fixture.community()
        community.scheduleReports[1].reportedOn = Fixture.day("2017-05-03")
        let score = Fixture.item(5, community, .q2)
        #expect(score.points == 3)
        #expect(score.reasons.contains { $0.text.contains("迟报") && $0.location == Fixture.loc(304) })
    }

    /// Each miss costs 2, floored at 0.
    @Test(arguments: [(0, 5), (1, 3), (2, 1), (3, 0), (6, 0)])
    func missesCostTwoEach(misses: Int, expected: Int) {
        var community = Fixture.community()
        community.scheduleReports.removeFirst(misses)
        #expect(Fixture.item(5, community).points == Points(expected))
    }

    @Test func reportForJanuaryOfTheYearCountsForNothing() {
        var community = Fixture.community()
        community.scheduleReports.append(ScheduleReport(period: Fixture.month("2017-01"),
                                                        reportedOn: Fixture.day("2016-12-20"), location: Fixture.loc(350)))
        community.scheduleReports.removeFirst() // 周期 2017-03 missing
        let score = Fixture.item(5, community, .q1)
        #expect(score.points == 3)
        #expect(score.reasons.contains { $0.location == Fixture.loc(350) && $0.text.contains("不计入本年") })
    }

    @Test func reportAfterTheCutoffIsIgnored() {
        var community = Fixture.community()
        community.scheduleReports[0].reportedOn = Fixture.day("2017-04-02")
        let context = Fixture.context(community, .q1, cutoff: Fixture.day("2017-03-31"))
        #expect(context.scheduleDueDates.map(\.status) == [.missing])
    }

    @Test func dueDayBeyondTheMonthIsClampedToItsLastDay() {
        var rulebook = Rulebook()
        rulebook.scheduleDueDay = 31
        let context = Fixture.context(Fixture.community(), .q2, rulebook: rulebook)
        #expect(context.scheduleDueDates.map(\.due.description) == ["2017-02-28", "2017-04-30", "2017-06-30"])
    }
}
