import Scoring

/// Warnings about a valid community record that do not stop a build (README, “检查记录”): schedule
/// people not on the roster, schedule slots with fewer people than the rulebook's
/// `patrolMinimumPeople` (item 7 only deducts for 督查 findings), judgments never given.
enum CommunityWarnings {
    static func check(_ community: Community, scope: YearScope, log: DiagnosticLog, judgmentsKey: SourceLocation) {
        let roster = Set(community.teams.flatMap { $0.members.map(\.name) })
        for report in community.scheduleReports {
            for slot in report.slots {
                for person in slot.people where !roster.contains(person) {
                    log.warning(slot.location, "排班 \(slot.date) 的人员“\(person)”不在本社区任何队伍的名单中",
                                hint: "检查姓名是否写错，或把此人加入“队伍”")
                }
                let minimum = scope.rulebook.patrolMinimumPeople
                if slot.people.count < minimum {
                    log.warning(slot.location, "排班 \(slot.date) \(slot.time) 只有 \(slot.people.count) 人，少于 \(minimum) 人")
                }
            }
        }
        checkJudgments(community, scope: scope, log: log, at: judgmentsKey)
    }

    /// Once per judgment: the assessed quarters for which it is not given (nor inherited).
    private static func checkJudgments(_ community: Community, scope: YearScope, log: DiagnosticLog,
                                       at location: SourceLocation) {
        let assessed = scope.settings.assessedQuarters
        for judgment in Judgment.allCases {
            let missing = assessed.filter { quarter in
                !Quarter.allCases.contains { $0 <= quarter && community.judgments[$0]?[judgment] != nil }
            }
            guard !missing.isEmpty else { continue }
            log.warning(location, "评定“\(judgment.key)”在\(missing.map(\.name).joined(separator: "、"))未给出，按“否”计",
                        hint: "在“评定”的季度下写上“\(judgment.key): 是”或“否”")
        }
    }
}
