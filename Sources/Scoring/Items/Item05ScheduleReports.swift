/// Item 5 治安巡防全覆盖: every bimonthly schedule due in P reported by its due date;
/// each 漏报 or 迟报 costs 2 points.
public enum Item05ScheduleReports: ItemRule {
    public static let number = 5

    /// How the rules page explains the item, with `r`'s own numbers.
    public static func explanation(_ r: Rulebook) -> String {
        "排班表应在每个双月的\(r.scheduleDueDay)日前报备（\(r.scheduleDueDay)日当天报备算按时）：\(r.scheduleDueDay)日报备的是下一个单月开始的两个月的排班。考核期内每个截止日未按时报备计一次，之后补报的为迟报，未报的为漏报，每次扣\(r.scheduleMissDeduction)分。一次报备即涵盖本社区所有队伍（原细则“各支队伍巡逻执勤排班表”理解为每双月一次的报备，不按队伍分别计算）。上一年度截止的（本年1月开始的）报备只列出，不计分。"
    }

    public static func score(in context: EvaluationContext) -> ItemScore {
        let rules = context.rulebook
        let dueDates = context.scheduleDueDates
        var reasons: [Reason] = []
        for report in context.scheduleReports
        where report.period == Month(uncheckedYear: context.period.year, month: 1) {
            reasons.append(Reason("\(report.reportedOn) 报备周期 \(report.period) 排班表：该周期应于上年报备，不计入本年",
                                  day: report.reportedOn, location: report.location))
        }
        for dueDate in dueDates {
            reasons.append(reason(for: dueDate, rules))
        }
        let misses = dueDates.filter(\.status.isMiss).count
        let raw = rules.maximum(ofItem: number) - rules.scheduleMissDeduction * misses
        if misses == 0 && !dueDates.isEmpty {
            reasons.append(Reason("排班表：\(context.monthsText)应报 \(dueDates.count) 次，均按时报备"))
        }
        return context.itemScore(number, raw: raw, reasons: reasons)
    }

    /// The scorecard line for one due date: on time (explains), 迟报 or 漏报 (costs points).
    public static func reason(for dueDate: ScheduleDueDate, _ rules: Rulebook) -> Reason {
        let deduction = Points.zero - rules.scheduleMissDeduction
        switch dueDate.status {
        case .met(let report):
            return Reason("\(report.reportedOn) 报备周期 \(dueDate.period) 排班表（截止 \(dueDate.due)，按时）",
                          day: report.reportedOn, location: report.location)
        case .late(let report):
            return Reason("\(report.reportedOn) 迟报：周期 \(dueDate.period) 排班表晚于截止日 \(dueDate.due) 报备",
                          day: report.reportedOn, location: report.location, points: deduction)
        case .missing:
            return Reason("\(dueDate.due) 漏报：周期 \(dueDate.period) 排班表未报备", day: dueDate.due,
                          points: deduction)
        }
    }
}
