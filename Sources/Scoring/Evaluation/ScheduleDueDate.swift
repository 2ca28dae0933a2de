/// One due date of the bimonthly duty-schedule reports (排班报备, item 5 and veto 2) and how it
/// was met: by the `scheduleDueDay` (25th) of each even month, the day itself on time.
public struct ScheduleDueDate: Hashable, Sendable {
    public enum Status: Hashable, Sendable {
        /// A report for the 周期 was made on or before the due date (the earliest such report).
        case met(ScheduleReport)
        /// 迟报: reports exist for the 周期, all after the due date (the earliest one).
        case late(ScheduleReport)
        /// 漏报: no report for the 周期 at all.
        case missing

        public var isMiss: Bool {
            if case .met = self { return false }
            return true
        }

        /// 按时 / 迟报 / 漏报.
        public var label: String {
            switch self {
            case .met: "按时"
            case .late: "迟报"
            case .missing: "漏报"
            }
        }
    }

    /// The due date (the 25th of an even month, clamped to the month's last day).
    public var due: Day
    /// The 周期 due then: the odd month after the due date's month.
    public var period: Month
    public var status: Status

    public init(due: Day, period: Month, status: Status) {
        self.due = due
        self.period = period
        self.status = status
    }

    /// The due dates falling in P (Feb … Dec of the year; Q1 has Feb only), each with its status,
    /// judged from `reports` (the year's reports, those after the cut-off already left out).
    public static func dueDates(in period: AssessmentPeriod, reports: [ScheduleReport],
                                rulebook: Rulebook) -> [ScheduleDueDate] {
        period.months.filter { $0.month % 2 == 0 }.map { month in
            let day = min(max(rulebook.scheduleDueDay, 1), Day.daysIn(month: month.month, year: month.year))
            let due = Day(year: month.year, month: month.month, day: day)!
            let target = month.next
            let forPeriod = reports.filter { $0.period == target }
                .sorted { ($0.reportedOn, $0.location) < ($1.reportedOn, $1.location) }
            let status: Status
            if let onTime = forPeriod.first(where: { $0.reportedOn <= due }) {
                status = .met(onTime)
            } else if let late = forPeriod.first {
                status = .late(late)
            } else {
                status = .missing
            }
            return ScheduleDueDate(due: due, period: target, status: status)
        }
    }
}

extension EvaluationContext {
    /// The schedule due dates in P with their status (met / 迟报 / 漏报), for item 5 and the scorecard.
    public var scheduleDueDates: [ScheduleDueDate] {
        ScheduleDueDate.dueDates(in: period, reports: scheduleReports, rulebook: rulebook)
    }

    /// The roster on the last day of P.
    public var teamStrength: TeamStrength {
        TeamStrength(teams: community.teams, on: period.end, rulebook: rulebook)
    }
}
