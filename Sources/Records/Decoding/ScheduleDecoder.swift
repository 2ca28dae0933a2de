import Scoring

/// 排班报备 (附件3): bimonthly reports. 周期 is an odd month from Y-01 to Y+1-01; 报备日期 falls
/// in Y−1…Y+1; each 排班 row falls within its 周期's two months.
enum ScheduleDecoder {
    static let reportKeys = ["周期", "报备日期", "排班"]
    static let slotKeys = ["日期", "时段", "人员", "区域"]

    static func decode(_ fields: Fields, scope: YearScope) -> [ScheduleReport] {
        let log = fields.schema.log
        let first = Month(year: scope.year, month: 1)!
        let last = Month(year: scope.year + 1, month: 1)!
        return fields.records("排班报备", allowed: reportKeys).compactMap { report -> ScheduleReport? in
            var period = report.month("周期", required: true)
            if let month = period, let node = report.node("周期") {
                if month.month % 2 == 0 {
                    log.error(node.location, "“\(report.name("周期"))”应为单月（每个周期的第一个月：01、03、05、07、09、11），实际为 \(month)",
                              hint: "例如 \(scope.year)-03 表示 3、4 两个月")
                    period = nil
                } else if month < first || month > last {
                    log.error(node.location, "“\(report.name("周期"))” \(month) 应在 \(first) 至 \(last) 之间")
                    period = nil
                }
            }
            let reportedOn = report.day("报备日期", required: true)
            if let day = reportedOn, let node = report.node("报备日期"), abs(day.year - scope.year) > 1 {
                log.error(node.location, "“\(report.name("报备日期"))” \(day) 应在 \(scope.year - 1) 至 \(scope.year + 1) 年之间")
            } else if let day = reportedOn {
                scope.warnAfterCutoff(day, report, "报备日期")
            }
            let slots = report.records("排班", allowed: slotKeys).compactMap { decodeSlot($0, period: period) }
            guard let period, let reportedOn, abs(reportedOn.year - scope.year) <= 1 else { return nil }
            return ScheduleReport(period: period, reportedOn: reportedOn, slots: slots, location: report.location)
        }
    }

    private static func decodeSlot(_ slot: Fields, period: Month?) -> DutySlot? {
        let date = slot.day("日期", required: true)
        let time = slot.text("时段", .line, required: true)
        let people = slot.list("人员").compactMap { slot.schema.text($0, slot.name("人员"), shape: .name) }
        let area = slot.text("区域", .name)
        if let date, let period, date.monthValue != period, date.monthValue != period.next,
           let node = slot.node("日期") {
            slot.schema.log.error(node.location, "“\(slot.name("日期"))” \(date) 不在周期 \(period)（\(period) 至 \(period.next)）内")
            return nil
        }
        guard let date, let time else { return nil }
        return DutySlot(date: date, time: time, people: people, area: area, location: slot.location)
    }
}
