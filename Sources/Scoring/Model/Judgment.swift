/// The eleven yes/no judgments the assessors give at each quarterly assessment (评定).
public enum Judgment: String, CaseIterable, Hashable, Sendable, Codable {
    case rosterManaged = "花名册动态管理"
    case workRules = "工作制度健全"
    case dedicatedFunds = "专项经费"
    case workStation = "工作站"
    case trainingPlanned = "培训有计划有记录"
    case ledgersComplete = "台账健全"
    case patrolLogs = "巡逻日志规范"
    case volunteerSummary = "志愿活动总结"
    case braveryReported = "见义勇为事迹上报"
    case publicityPlanned = "宣传有计划"
    case publicitySummarized = "宣传有总结"

    /// The key as written in records.
    public var key: String { rawValue }
}

/// One judgment as written in a quarter of `评定`.
public struct JudgmentEntry: Hashable, Sendable, Codable {
    public var value: Bool
    public var location: SourceLocation

    public init(value: Bool, location: SourceLocation) {
        self.value = value
        self.location = location
    }
}
