/// The generator's own in-memory form of one community's year, mirroring SPEC 2.4 key by key.
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

/// The closed vocabularies and keys of SPEC 2.4, spelled exactly.
enum Vocabulary {
    static let professionalType = "专职"
    static let socialTypes = ["治安巡防", "楼道长", "居民代表", "业主委员", "物业保安", "党员先锋", "社区义工", "平安志愿者"]
    static let noPatrol = "未开展巡逻"
    static let forms = ["宣传橱窗", "黑板报", "张贴画", "报刊", "LED显示屏", "横幅", "标语", "小画册", "宣传单", "微信", "微博", "QQ群"]
    static let judgmentKeys = [
        "花名册动态管理", "工作制度健全", "专项经费", "工作站", "培训有计划有记录", "台账健全",
        "巡逻日志规范", "志愿活动总结", "见义勇为事迹上报", "宣传有计划", "宣传有总结",
    ]
    static let quarterNames = ["一季度", "二季度", "三季度", "四季度"]
}
