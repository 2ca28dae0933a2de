/// The roster (附件2) as it stands on one day: which teams count for item 2 and veto 1.
public struct TeamStrength: Hashable, Sendable {
    /// One team and its active members on the day.
    public struct TeamCount: Hashable, Sendable {
        public var team: Team
        public var activeMembers: Int
        /// True for the professional team type (专职).
        public var isProfessional: Bool
        /// A professional team with enough members, or a social team with enough members.
        public var qualifies: Bool
    }

    /// The day the roster is read at (the last day of P).
    public var day: Day
    public var teams: [TeamCount]

    public init(teams: [Team], on day: Day, rulebook: Rulebook) {
        self.day = day
        self.teams = teams.map { team in
            let active = team.size(on: day)
            let professional = team.type == rulebook.professionalTeamType
            let minimum = professional ? rulebook.professionalTeamMinimum : rulebook.socialTeamMinimum
            return TeamCount(team: team, activeMembers: active, isProfessional: professional,
                             qualifies: active >= minimum)
        }
    }

    /// Some professional team has at least the minimum of active members.
    public var professionalTeamOK: Bool { teams.contains { $0.isProfessional && $0.qualifies } }

    /// Social (non-专职) teams with at least the minimum of active members.
    public var qualifyingSocialTeams: [TeamCount] { teams.filter { !$0.isProfessional && $0.qualifies } }

    /// The distinct types among qualifying social teams, in roster order (同类型队伍不重复计分).
    public var qualifyingSocialTypes: [String] {
        var seen: [String] = []
        for count in qualifyingSocialTeams where !seen.contains(count.team.type) {
            seen.append(count.team.type)
        }
        return seen
    }

    /// The structure veto 1 and item 2's base require.
    public func meetsStructure(_ rulebook: Rulebook) -> Bool {
        professionalTeamOK && qualifyingSocialTeams.count >= rulebook.socialTeamsRequired
    }

    /// One reason line per team: "2017-03-31 湖塘社区专职巡防队（专职）在册 5 人，达到 3 人".
    public func teamReasons(_ rulebook: Rulebook) -> [Reason] {
        teams.map { count in
            let minimum = count.isProfessional ? rulebook.professionalTeamMinimum : rulebook.socialTeamMinimum
            let verdict = count.qualifies ? "达到" : "不足"
            return Reason("\(day) \(count.team.name)（\(count.team.type)）在册 \(count.activeMembers) 人，"
                          + "\(verdict) \(minimum) 人", day: day, location: count.team.location)
        }
    }
}
