/// One community's record for one year (`content/Y/communities/SLUG.yaml`), validated.
/// Every dated entry keeps its source location so a lost point can be traced to its line.
public struct Community: Hashable, Sendable, Codable {
    /// The file's base name: the stable id across years and in every URL.
    public var slug: String
    /// 社区
    public var name: String
    /// 派出所 (optional; rankings can be grouped by it).
    public var policeStation: String?
    /// 社区民警
    public var officer: String?
    /// The record file itself.
    public var location: SourceLocation

    /// 组织领导.一把手负责 / 专人负责 (item 1).
    public var headInCharge: Bool
    public var dedicatedStaff: Bool

    public var teams: [Team]
    public var scheduleReports: [ScheduleReport]
    public var meetings: [Meeting]
    public var inspections: [Inspection]
    public var trainings: [Training]
    public var publicity: [Publicity]
    public var preventionCampaigns: [PreventionCampaign]
    public var clues: [Clue]
    public var mediaExposures: [MediaExposure]
    /// 评定 as written: only the judgments each quarter states (inheritance is applied when scoring).
    public var judgments: [Quarter: [Judgment: JudgmentEntry]]
    /// 自评, by item number 1…14.
    public var selfAssessment: [Int: SelfAssessment]
    /// 备注, Markdown.
    public var notes: String?

    public init(
        slug: String, name: String, policeStation: String? = nil, officer: String? = nil,
        location: SourceLocation, headInCharge: Bool = false, dedicatedStaff: Bool = false,
        teams: [Team] = [], scheduleReports: [ScheduleReport] = [], meetings: [Meeting] = [],
        inspections: [Inspection] = [], trainings: [Training] = [], publicity: [Publicity] = [],
        preventionCampaigns: [PreventionCampaign] = [], clues: [Clue] = [],
        mediaExposures: [MediaExposure] = [], judgments: [Quarter: [Judgment: JudgmentEntry]] = [:],
        selfAssessment: [Int: SelfAssessment] = [:], notes: String? = nil
    ) {
        self.slug = slug
        self.name = name
        self.policeStation = policeStation
        self.officer = officer
        self.location = location
        self.headInCharge = headInCharge
        self.dedicatedStaff = dedicatedStaff
        self.teams = teams
        self.scheduleReports = scheduleReports
        self.meetings = meetings
        self.inspections = inspections
        self.trainings = trainings
        self.publicity = publicity
        self.preventionCampaigns = preventionCampaigns
        self.clues = clues
        self.mediaExposures = mediaExposures
        self.judgments = judgments
        self.selfAssessment = selfAssessment
        self.notes = notes
    }
}

/// A team of the roster (附件2).
public struct Team: Hashable, Sendable, Codable {
    /// 名称
    public var name: String
    /// 类型: 专职 is the professional team; every other type is a social team.
    public var type: String
    public var members: [Member]
    public var location: SourceLocation

    public init(name: String, type: String, members: [Member], location: SourceLocation) {
        self.name = name
        self.type = type
        self.members = members
        self.location = location
    }

    /// How many members are active on `day` (docs/记录格式.md): the team's size that day.
    public func size(on day: Day) -> Int {
        members.reduce(0) { $0 + ($1.isActive(on: day) ? 1 : 0) }
    }
}

/// A roster member, minimised when it is read (docs/safety.md §7): 年龄 and 住址 are checked
/// by the reader and then dropped, and the phone is kept only masked, so no copy of the model
/// (the record cache, a page) can hold them.
public struct Member: Hashable, Sendable, Codable {
    public var name: String
    /// 电话, masked (`139****0001`, `PhoneMask`); the full number is never kept.
    public var maskedPhone: String?
    /// 职务: 队长, 组长 or 队员 (default).
    public var role: String
    /// 加入 / 退出: membership runs from 加入 (inclusive) to 退出 (exclusive).
    public var joined: Day?
    public var left: Day?
    public var location: SourceLocation

    public init(name: String, maskedPhone: String? = nil, role: String = "队员",
                joined: Day? = nil, left: Day? = nil, location: SourceLocation) {
        self.name = name
        self.maskedPhone = maskedPhone
        self.role = role
        self.joined = joined
        self.left = left
        self.location = location
    }

    /// Active on d when (加入 absent or ≤ d) and (退出 absent or > d).
    public func isActive(on day: Day) -> Bool {
        (joined.map { $0 <= day } ?? true) && (left.map { $0 > day } ?? true)
    }
}

/// A bimonthly duty-schedule report (排班报备, 附件3).
public struct ScheduleReport: Hashable, Sendable, Codable {
    /// 周期: the first (odd) month of the two months covered.
    public var period: Month
    /// 报备日期
    public var reportedOn: Day
    /// 排班: the optional transcription of the schedule.
    public var slots: [DutySlot]
    public var location: SourceLocation

    public init(period: Month, reportedOn: Day, slots: [DutySlot] = [], location: SourceLocation) {
        self.period = period
        self.reportedOn = reportedOn
        self.slots = slots
        self.location = location
    }
}

/// One row of a duty schedule.
public struct DutySlot: Hashable, Sendable, Codable {
    public var date: Day
    /// 时段, e.g. "13:00-18:00".
    public var time: String
    public var people: [String]
    /// 区域
    public var area: String?
    public var location: SourceLocation

    public init(date: Day, time: String, people: [String], area: String? = nil, location: SourceLocation) {
        self.date = date
        self.time = time
        self.people = people
        self.area = area
        self.location = location
    }
}

/// 例会 (item 3).
public struct Meeting: Hashable, Sendable, Codable {
    public var date: Day
    /// 民警通报
    public var policeBriefing: Bool
    public var location: SourceLocation

    public init(date: Day, policeBriefing: Bool, location: SourceLocation) {
        self.date = date
        self.policeBriefing = policeBriefing
        self.location = location
    }
}

/// A supervision finding (督查, items 6 and 7, veto 3). A clean inspection has no problems.
public struct Inspection: Hashable, Sendable, Codable {
    public var date: Day
    /// 问题, from the rulebook's vocabulary, each at most once.
    public var problems: [String]
    /// 说明
    public var note: String?
    public var location: SourceLocation

    public init(date: Day, problems: [String], note: String? = nil, location: SourceLocation) {
        self.date = date
        self.problems = problems
        self.note = note
        self.location = location
    }
}

/// 培训 (item 8).
public struct Training: Hashable, Sendable, Codable {
    public var date: Day
    /// 主题
    public var topic: String
    public var location: SourceLocation

    public init(date: Day, topic: String, location: SourceLocation) {
        self.date = date
        self.topic = topic
        self.location = location
    }
}

/// A month's publicity (宣传, items 12 and 14). Several entries for one month add up.
public struct Publicity: Hashable, Sendable, Codable {
    /// 月份
    public var month: Month
    /// 形式, from the rulebook's vocabulary, each at most once per entry.
    public var forms: [String]
    /// 内容更新
    public var contentUpdated: Bool
    /// 录用照片: photos accepted by the police station.
    public var photosAccepted: Int
    public var location: SourceLocation

    public init(month: Month, forms: [String], contentUpdated: Bool = false, photosAccepted: Int = 0,
                location: SourceLocation) {
        self.month = month
        self.forms = forms
        self.contentUpdated = contentUpdated
        self.photosAccepted = photosAccepted
        self.location = location
    }
}

/// 防范宣传: a prevention campaign (item 14).
public struct PreventionCampaign: Hashable, Sendable, Codable {
    public var date: Day
    /// 主题
    public var topic: String
    /// 照片: dated photos exist.
    public var hasPhoto: Bool
    public var location: SourceLocation

    public init(date: Day, topic: String, hasPhoto: Bool, location: SourceLocation) {
        self.date = date
        self.topic = topic
        self.hasPhoto = hasPhoto
        self.location = location
    }
}

/// 线索: a clue that helped the police solve a case (item 11).
public struct Clue: Hashable, Sendable, Codable {
    public var date: Day
    /// 案件
    public var caseDescription: String
    /// 见义勇为申报: listed for a bravery nomination.
    public var braveryNomination: Bool
    public var location: SourceLocation

    public init(date: Day, caseDescription: String, braveryNomination: Bool, location: SourceLocation) {
        self.date = date
        self.caseDescription = caseDescription
        self.braveryNomination = braveryNomination
        self.location = location
    }
}

/// 媒体曝光 (item 10 and veto 4).
public struct MediaExposure: Hashable, Sendable, Codable {
    public var date: Day
    /// 媒体
    public var outlet: String
    /// 级别: 中央, 省级, 市级, 区级 or 镇级.
    public var level: String
    /// 严重影响
    public var seriousImpact: Bool
    public var location: SourceLocation

    public init(date: Day, outlet: String, level: String, seriousImpact: Bool, location: SourceLocation) {
        self.date = date
        self.outlet = outlet
        self.level = level
        self.seriousImpact = seriousImpact
        self.location = location
    }
}

/// One line of 自评: the community's own description and score for an item.
public struct SelfAssessment: Hashable, Sendable, Codable {
    /// 情况
    public var description: String?
    /// 得分
    public var points: Points?
    public var location: SourceLocation

    public init(description: String?, points: Points?, location: SourceLocation) {
        self.description = description
        self.points = points
        self.location = location
    }
}
