/// Writes a community's records as `communities/SLUG.yaml` in the exact format of docs/记录格式.md:
/// block mappings for sections, one flow mapping per row, phone numbers and times quoted,
/// `是`/`否` for booleans, no anchors or tags.
///
/// A file is rendered in two parts: the records (everything the scorer reads) and the
/// community's 自评, which is written only once the records have been scored.
enum CommunityRenderer {
    /// The whole file: the records, then 自评 (when there is one) and 备注.
    static func render(_ community: SampleCommunity, year: Int) -> String {
        render(records: records(community, year: year), community)
    }

    /// The whole file from its already rendered records.
    static func render(records: String, _ community: SampleCommunity) -> String {
        records + selfAssessment(community) + notes(community)
    }

    /// The file as the scorer first reads it: the records and 备注, without 自评.
    static func withoutSelfAssessment(records: String, _ community: SampleCommunity) -> String {
        records + notes(community)
    }

    /// Every section up to and including 评定.
    static func records(_ community: SampleCommunity, year: Int) -> String {
        var out = ""
        out.reserveCapacity(16_384)
        out += "# \(community.name) \(year) 年度群防群治记录（样例数据，人员信息均为虚构）\n"
        out += "社区: \(community.name)\n"
        out += "派出所: \(community.station)\n"
        out += "社区民警: \(community.officer)\n\n"

        out += "组织领导:\n"
        out += "  一把手负责: \(yesNo(community.headInCharge))\n"
        out += "  专人负责: \(yesNo(community.dedicatedStaff))\n\n"

        out += "队伍:\n"
        for team in community.teams {
            out += "  - 名称: \(team.name)\n    类型: \(team.type)\n    队员:\n"
            for member in team.members { out += "      - \(memberRow(member))\n" }
        }

        out += "\n排班报备:\n"
        for report in community.scheduleReports {
            out += "  - 周期: \(SampleDay.monthText(report.periodYear, report.periodMonth))\n"
            out += "    报备日期: \(report.reportedOn.text)\n"
            if !report.slots.isEmpty {
                out += "    排班:\n"
                for slot in report.slots {
                    out += "      - {日期: \(slot.day.text), 时段: \"\(slot.time)\", 人员: [\(slot.people.joined(separator: ", "))], 区域: \(slot.area)}\n"
                }
            }
        }

        out += "\n例会:\n"
        for meeting in community.meetings {
            out += "  - {日期: \(meeting.day.text), 民警通报: \(yesNo(meeting.briefing))}\n"
        }

        out += "\n督查:\n"
        for inspection in community.inspections.sorted(by: { $0.day < $1.day }) {
            let remark = inspection.remark.map { ", 说明: \($0)" } ?? ""
            out += "  - {日期: \(inspection.day.text), 问题: [\(inspection.problems.joined(separator: ", "))]\(remark)}\n"
        }

        out += community.trainings.isEmpty ? "\n培训: []\n" : "\n培训:\n"
        for training in community.trainings {
            out += "  - {日期: \(training.day.text), 主题: \(training.topic)}\n"
        }

        out += "\n宣传:\n"
        for entry in community.publicity {
            let photos = entry.photos > 0 ? ", 录用照片: \(entry.photos)" : ""
            out += "  - {月份: \(SampleDay.monthText(year, entry.month)), 形式: [\(entry.forms.joined(separator: ", "))], 内容更新: \(yesNo(entry.updated))\(photos)}\n"
        }

        out += "\n防范宣传:\n"
        for campaign in community.campaigns {
            out += "  - {日期: \(campaign.day.text), 主题: \(campaign.topic), 照片: \(yesNo(campaign.photo))}\n"
        }

        // Written even when empty: a 线索 section left out is warned about (`MissingSection`).
        out += community.clues.isEmpty ? "\n线索: []\n" : "\n线索:\n"
        for clue in community.clues {
            let bravery = clue.bravery ? ", 见义勇为申报: 是" : ""
            out += "  - {日期: \(clue.day.text), 案件: \(clue.caseText)\(bravery)}\n"
        }

        if !community.exposures.isEmpty {
            out += "\n媒体曝光:\n"
            for exposure in community.exposures {
                out += "  - {日期: \(exposure.day.text), 媒体: \(exposure.outlet), 级别: \(exposure.level), 严重影响: \(yesNo(exposure.severe))}\n"
            }
        }

        out += "\n评定:\n"
        for quarter in 1...4 {
            guard let entries = community.judgments[quarter] else { continue }
            out += "  \(Vocabulary.quarterNames[quarter - 1]):\n"
            for entry in entries { out += "    \(entry.key): \(yesNo(entry.value))\n" }
        }
        return out
    }

    /// The 自评 section; empty when the community has none yet.
    static func selfAssessment(_ community: SampleCommunity) -> String {
        guard !community.selfAssessment.isEmpty else { return "" }
        var out = "\n自评:\n"
        for item in 1...14 {
            guard let entry = community.selfAssessment[item] else { continue }
            out += "  \(item): {情况: \(entry.text), 得分: \(tenths(entry.tenths))}\n"
        }
        return out
    }

    /// The 备注 section, as `|` block text.
    static func notes(_ community: SampleCommunity) -> String {
        var out = "\n备注: |\n"
        for line in community.notes.split(separator: "\n", omittingEmptySubsequences: false) {
            out += line.isEmpty ? "\n" : "  \(line)\n"
        }
        return out
    }

    /// One roster row as a flow mapping; built by appending (the hot path at 10,000 communities).
    static func memberRow(_ member: SampleMember) -> String {
        var row = "{姓名: "
        row += member.name
        if let age = member.age { row += ", 年龄: "; row += String(age) }
        if let phone = member.phone { row += ", 电话: \""; row += phone; row += "\"" }
        row += ", 职务: "
        row += member.role
        if let address = member.address { row += ", 住址: "; row += address }
        if let joined = member.joined { row += ", 加入: "; row += joined.text }
        if let left = member.left { row += ", 退出: "; row += left.text }
        row += "}"
        return row
    }

    static func yesNo(_ value: Bool) -> String { value ? "是" : "否" }

    /// A score in tenths as written in records: `3`, `4.5`.
    static func tenths(_ value: Int) -> String {
        value % 10 == 0 ? String(value / 10) : "\(value / 10).\(value % 10)"
    }
}
