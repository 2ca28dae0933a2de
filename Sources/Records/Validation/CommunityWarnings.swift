import Scoring

/// Warnings about a valid community record that do not stop a build (README, “检查记录”): schedule
/// people not on the roster, schedule slots with fewer people than the rulebook's
/// `patrolMinimumPeople` (item 7 only deducts for 督查 findings), judgments never given, and
/// top-level sections left out whose absence costs points (`MissingSection`).
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

/// A top-level section of a community file that, left out, costs points or brings a veto
/// (docs/评分口径.md §2, §3): deleting a whole block by mistake would otherwise pass `check`
/// silently and show only as a lower score. Only a key that is not written at all is warned
/// about; writing it empty (`培训: []`, or `培训:`) states that there is nothing to record.
///
/// Decided per section (docs/记录格式.md, “警告”):
/// - warned: 组织领导 (item 1), 队伍 (item 2, veto 1), 排班报备 (item 5, veto 2), 例会 (item 3),
///   培训 (item 8), 宣传 (items 12 and 14), 防范宣传 (item 14), 线索 (item 11: no clue earns nothing);
/// - not warned: 督查 and 媒体曝光 (only their findings cost points, so none costs nothing),
///   自评 (only compared with the score), 派出所, 社区民警, 备注 (not scored); 评定 is warned
///   about judgment by judgment (`CommunityWarnings.checkJudgments`); 社区 is required.
enum MissingSection {
    /// The sections warned about, in the file's order, with what their absence costs under `rules`.
    static func consequences(_ rules: Rulebook) -> [(key: String, consequence: String)] {
        let max = { (item: Int) in rules.maximum(ofItem: item) }
        return [
            ("组织领导", "第1项（\(max(1))分）的“一把手负责”\(rules.headInChargePoints)分、“专人负责”\(rules.dedicatedStaffPoints)分均不得"),
            ("队伍", "第2项（\(max(2))分）不得基本分\(rules.teamBasePoints)分；没有不少于\(rules.professionalTeamMinimum)人的专职化队伍和"
                + "\(rules.socialTeamsRequired)支不少于\(rules.socialTeamMinimum)人的社会化队伍，一票否决"),
            ("排班报备", "第5项每次扣\(rules.scheduleMissDeduction)分，漏报\(rules.vetoScheduleMisses)次及以上一票否决"),
            ("例会", "第3项“每月例会且民警通报”的\(rules.monthlyMeetingPoints)分不得"),
            ("培训", "第8项全年应培训\(rules.trainingsPerYear)次，每少一次扣\(rules.trainingMissDeduction)分"),
            ("宣传", "第12项每月不少于\(rules.publicityFormsPerMonth)种形式的\(rules.publicityPositionPoints)分不得，"
                + "第14项内容更新每缺一个月扣\(rules.contentMissDeduction)分"),
            ("防范宣传", "第14项“开展防范宣传并配有日期照片”的\(rules.campaignPhotoPoints)分不得"),
            ("线索", "第11项每协助破获一起案件得\(rules.cluePoints)分，没有记录得0分"),
        ]
    }

    /// Warns, at the start of the file's mapping, about each section of `consequences` not written.
    static func check(_ fields: Fields, rulebook: Rulebook, log: DiagnosticLog) {
        for (key, consequence) in consequences(rulebook) where fields.mapping.index(of: key) == nil {
            let empty = key == "组织领导" ? "组织领导: {一把手负责: 否, 专人负责: 否}" : "\(key): []"
            log.warning(fields.location, "未登记\(key)：\(consequence)",
                        hint: "若是误删，请恢复“\(key):”一节；本年确实没有的，写“\(empty)”")
        }
    }
}
