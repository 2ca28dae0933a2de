/// What shapes one community's outcome: which points it loses, when, and why. The generator
/// turns a profile plus a seeded random stream into records; the random stream only picks
/// details (names, days, wording) that the profile does not fix, so the outcomes stay designed.
struct CommunityProfile {
    /// How a bimonthly schedule report misses its due date.
    enum ScheduleMiss {
        /// Reported this many days after the due date (迟报).
        case late(days: Int)
        /// Never reported (漏报).
        case missing
    }

    /// A roster change that moves the team requirement over the year.
    enum TeamEvent {
        case none
        /// The last social team has exactly 10 members and one leaves on 30 September:
        /// fewer than two qualifying social teams from the third quarter on (veto 1).
        case dropsBelowMinimumAtThirdQuarter
        /// Social teams grow: the third qualifies in April, the fourth in July.
        case growsDuringYear
    }

    var headInCharge = true
    var dedicatedStaff = true
    var professionalSize = 4
    /// Social teams with their size at year end (10 or more qualifies).
    var socialTeams: [(type: String, size: Int)] = [("治安巡防", 12), ("楼道长", 14), ("平安志愿者", 11), ("党员先锋", 10)]
    var teamEvent = TeamEvent.none
    /// Months with no 例会 at all, and months whose 例会 had no 民警通报.
    var meetingGaps: [Int] = []
    var unbriefedMonths: [Int] = []
    /// By due-date index: 0 = Feb 25 (周期 03) … 5 = Dec 25 (周期 next year's 01).
    var scheduleMisses: [Int: ScheduleMiss] = [:]
    /// Months in which an inspection found 未开展巡逻.
    var noPatrolMonths: [Int] = []
    var conductFindings: [(month: Int, problem: String)] = []
    var trainings = 2
    /// 录用照片 over the year.
    var photos = 14
    /// Months whose 宣传 uses a single 形式, and months whose 宣传 has 内容更新: 否.
    var thinMonths: [Int] = []
    var staleMonths: [Int] = []
    var clues = 1
    var braveryClues = 0
    var exposures: [(month: Int, level: String, severe: Bool)] = []
    /// Percent change of this year's cases against last year's (侵财, 通讯网络诈骗); nil = no case this year.
    var propertyChange: Int? = -20
    var fraudChange: Int? = -12
    /// A first half worse than last year, a second half much better (the improving community).
    var casesImproveLate = false
    var campaignPhoto = true
    /// Judgments given as 否 in the first quarter; every other key is 是.
    var firstQuarterNo: [String] = []
    /// Judgments restated in later quarters (quarter number → key and value).
    var restated: [Int: [(key: String, value: Bool)]] = [:]
    /// Items on which the self-assessment claims full marks, and items it underrates by 1 point.
    var claimsFull: [Int] = []
    var underrates: [Int] = []
    /// A one-line summary used in 备注.
    var remark = ""
}
