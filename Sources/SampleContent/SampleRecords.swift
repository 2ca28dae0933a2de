import Scoring

/// The generator's own in-memory form of one community's year, mirroring docs/记录格式.md key by key.
/// It is rendered to YAML by `CommunityRenderer`; scores come from loading that YAML with the
/// real loader and scorer (`RecordScoring`), never from this form.
struct SampleCommunity {
    var slug: String
    var name: String
    var station: String
    var officer: String
    var headInCharge: Bool
    var dedicatedStaff: Bool
    var teams: [SampleTeam]
    var scheduleReports: [SampleScheduleReport]
    var meetings: [SampleMeeting]
    var inspections: [SampleInspection]
    var trainings: [(day: SampleDay, topic: String)]
    var publicity: [SamplePublicity]
    var campaigns: [(day: SampleDay, topic: String, photo: Bool)]
    var clues: [(day: SampleDay, caseText: String, bravery: Bool)]
    var exposures: [SampleExposure]
    /// 评定 as written: quarter number → the judgments that quarter states, in `judgmentKeys` order.
    var judgments: [Int: [(key: String, value: Bool)]]
    /// 自评 by item number, score in tenths.
    var selfAssessment: [Int: (text: String, tenths: Int)]
    var notes: String
    var police: SamplePolice
}

struct SampleTeam {
    var name: String
    var type: String
    var members: [SampleMember]

    func activeCount(on day: SampleDay) -> Int {
        members.filter { $0.isActive(on: day) }.count
    }
}

struct SampleMember {
    var name: String
    var age: Int?
    var phone: String?
    var role: String
    var address: String?
    var joined: SampleDay?
    var left: SampleDay?

    func isActive(on day: SampleDay) -> Bool {
        (joined.map { $0 <= day } ?? true) && (left.map { $0 > day } ?? true)
    }
}

struct SampleScheduleReport {
    /// 周期: year and odd first month.
    var periodYear: Int
    var periodMonth: Int
    var reportedOn: SampleDay
    var slots: [SampleSlot]
}

struct SampleSlot {
    var day: SampleDay
    var time: String
    var people: [String]
    var area: String
}

struct SampleMeeting {
    var day: SampleDay
    var briefing: Bool
}

struct SampleInspection {
    var day: SampleDay
    var problems: [String]
    var remark: String?
}

struct SamplePublicity {
    var month: Int
    var forms: [String]
    var updated: Bool
    var photos: Int
}

struct SampleExposure {
    var day: SampleDay
    var outlet: String
    var level: String
    var severe: Bool
}

/// One community's entry of police.yaml.
struct SamplePolice {
    var property: [Int]
    var propertyLastYear: [Int]
    var fraud: [Int]
    var fraudLastYear: [Int]
    /// 平台考核数 per quarter, in tenths.
    var platform: [Int]
}

/// The words and keys the generated records use, read from the rulebook and the model so the
/// generator never spells a word of its own.
enum Vocabulary {
    private static let rules = Rulebook()
    static let professionalType = rules.professionalTeamType
    static let noPatrol = rules.noPatrolProblem
    /// The 督查 problems other than 未开展巡逻 (item 7's three).
    static let conductProblems = rules.inspectionProblems.filter { $0 != rules.noPatrolProblem }
    static let forms = rules.publicityForms
    static let judgmentKeys = Judgment.allCases.map(\.key)
    static let quarterNames = Quarter.allCases.map(\.name)
}
