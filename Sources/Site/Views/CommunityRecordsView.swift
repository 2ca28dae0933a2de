import Records
import Scoring

/// A community's roster (附件2 layout), duty schedules (附件3 layout) and clue-led cases, as a
/// published page may show them: phones as the model keeps them, masked (年龄 and 住址 are not in
/// the model at all).
struct CommunityRecordsView {
    struct MemberRow {
        let name: String
        let phone: String
        let roles: String
        let status: String
    }

    struct TeamTable {
        let name: String
        let type: String
        let count: String
        let members: [MemberRow]
    }

    struct DutyRow {
        let date: String
        let time: String
        let person: String
        let phone: String
        let area: String
    }

    struct ScheduleTable {
        let period: String
        let reportedOn: String
        let status: String
        let rows: [DutyRow]
        let hasRows: Bool
    }

    struct ClueRow {
        let date: String
        let text: String
        let nominated: Bool
    }

    let referenceDay: String
    let teams: [TeamTable]
    let hasTeams: Bool
    let schedules: [ScheduleTable]
    let hasSchedules: Bool
    let clues: [ClueRow]
    let hasClues: Bool
    let nominations: [ClueRow]
    let hasNominations: Bool

    /// Nothing to show (the booklet's compact scorecards do not show the records).
    init() {
        self.referenceDay = ""
        self.teams = []
        self.hasTeams = false
        self.schedules = []
        self.hasSchedules = false
        self.clues = []
        self.hasClues = false
        self.nominations = []
        self.hasNominations = false
    }

    init(community: Community, rulebook: Rulebook, referenceDay: Day) {
        self.referenceDay = referenceDay.description
        let boxes = Self.roleBoxes(rulebook)
        self.teams = community.teams.map { team in
            TeamTable(name: team.name, type: team.type, count: String(team.size(on: referenceDay)),
                      members: team.members.map { Self.row($0, roleBoxes: boxes, rulebook: rulebook) })
        }
        self.hasTeams = !teams.isEmpty
        // The first phone given for each name.
        var phones = TextDictionary<String>()
        for team in community.teams {
            for member in team.members {
                if let phone = member.maskedPhone { phones.addIfAbsent(phone, forKey: member.name) }
            }
        }
        self.schedules = community.scheduleReports
            .sorted { ($0.period, $0.reportedOn) < ($1.period, $1.reportedOn) }
            .map { report in
                let rows = report.slots.sorted { ($0.date, $0.time) < ($1.date, $1.time) }.flatMap { slot in
                    slot.people.map { person in
                        DutyRow(date: Format.slashed(slot.date), time: slot.time, person: person,
                                phone: phones[person] ?? "—", area: slot.area ?? "")
                    }
                }
                return ScheduleTable(period: Format.period(report.period), reportedOn: report.reportedOn.description,
                                     status: Self.status(of: report, rulebook: rulebook), rows: rows, hasRows: !rows.isEmpty)
            }
        self.hasSchedules = !schedules.isEmpty
        self.clues = community.clues.sorted { $0.date < $1.date }.map {
            ClueRow(date: $0.date.description, text: $0.caseDescription, nominated: $0.braveryNomination)
        }
        self.hasClues = !clues.isEmpty
        self.nominations = clues.filter(\.nominated)
        self.hasNominations = !nominations.isEmpty
    }

    /// "■队长、□组长、□队员": the original form's check boxes, ticked for the member's 职务.
    static func row(_ member: Member, roleBoxes: TextDictionary<String>, rulebook: Rulebook) -> MemberRow {
        var status: [String] = []
        if let joined = member.joined { status.append("\(joined)加入") }
        if let left = member.left { status.append("\(left)退出") }
        return MemberRow(
            name: member.name,
            phone: member.maskedPhone ?? "",
            roles: roleBoxes[member.role] ?? boxes(ticking: member.role, rulebook: rulebook),
            status: status.joined(separator: "，"))
    }

    /// The check boxes of each 职务 of `rulebook`, written once per view rather than per member.
    static func roleBoxes(_ rulebook: Rulebook) -> TextDictionary<String> {
        var boxes = TextDictionary<String>()
        for role in rulebook.roles where boxes[role] == nil {
            boxes.addIfAbsent(self.boxes(ticking: role, rulebook: rulebook), forKey: role)
        }
        return boxes
    }

    private static func boxes(ticking role: String, rulebook: Rulebook) -> String {
        rulebook.roles.map { ($0 == role ? "■" : "□") + $0 }.joined(separator: "、")
    }

    /// Whether the report met its due date (the day before its period, docs/评分口径.md, 第5项).
    static func status(of report: ScheduleReport, rulebook: Rulebook) -> String {
        let dueMonth = report.period.previous
        let dueDay = Day(year: dueMonth.year, month: dueMonth.month,
                         day: min(rulebook.scheduleDueDay, Day.daysIn(month: dueMonth.month, year: dueMonth.year)))
        guard let dueDay else { return "" }
        return report.reportedOn <= dueDay ? "按时报备（截止\(dueDay)）" : "迟报（截止\(dueDay)）"
    }
}

// Field tables for the templates (see TemplateFields).

extension CommunityRecordsView.MemberRow: TemplateFields {
    static let templateFields: [String: TemplateAccessor<CommunityRecordsView.MemberRow>] = [
        "name": { $0.name },
        "phone": { $0.phone },
        "roles": { $0.roles },
        "status": { $0.status },
    ]
}

extension CommunityRecordsView.TeamTable: TemplateFields {
    static let templateFields: [String: TemplateAccessor<CommunityRecordsView.TeamTable>] = [
        "name": { $0.name },
        "type": { $0.type },
        "count": { $0.count },
        "members": { $0.members },
    ]
}

extension CommunityRecordsView.DutyRow: TemplateFields {
    static let templateFields: [String: TemplateAccessor<CommunityRecordsView.DutyRow>] = [
        "date": { $0.date },
        "time": { $0.time },
        "person": { $0.person },
        "phone": { $0.phone },
        "area": { $0.area },
    ]
}

extension CommunityRecordsView.ScheduleTable: TemplateFields {
    static let templateFields: [String: TemplateAccessor<CommunityRecordsView.ScheduleTable>] = [
        "period": { $0.period },
        "reportedOn": { $0.reportedOn },
        "status": { $0.status },
        "rows": { $0.rows },
        "hasRows": { $0.hasRows },
    ]
}

extension CommunityRecordsView.ClueRow: TemplateFields {
    static let templateFields: [String: TemplateAccessor<CommunityRecordsView.ClueRow>] = [
        "date": { $0.date },
        "text": { $0.text },
        "nominated": { $0.nominated },
    ]
}

extension CommunityRecordsView: TemplateFields {
    static let templateFields: [String: TemplateAccessor<CommunityRecordsView>] = [
        "referenceDay": { $0.referenceDay },
        "teams": { $0.teams },
        "hasTeams": { $0.hasTeams },
        "schedules": { $0.schedules },
        "hasSchedules": { $0.hasSchedules },
        "clues": { $0.clues },
        "hasClues": { $0.hasClues },
        "nominations": { $0.nominations },
        "hasNominations": { $0.hasNominations },
    ]
}
