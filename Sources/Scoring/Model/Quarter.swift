/// One of the four quarterly assessments (季考核).
public enum Quarter: Int, CaseIterable, Comparable, Hashable, Sendable, Codable, CustomStringConvertible {
    case q1 = 1, q2, q3, q4

    /// The record key and the heading: 一季度 … 四季度.
    public var name: String {
        switch self {
        case .q1: "一季度"
        case .q2: "二季度"
        case .q3: "三季度"
        case .q4: "四季度"
        }
    }

    public init?(name: String) {
        guard let quarter = Quarter.allCases.first(where: { $0.name == name }) else { return nil }
        self = quarter
    }

    public var description: String { name }

    /// The last day of this quarter in `year` (03-31, 06-30, 09-30, 12-31).
    public func lastDay(in year: Int) -> Day {
        Month(uncheckedYear: year, month: rawValue * 3).lastDay
    }

    public static func < (lhs: Quarter, rhs: Quarter) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// The period P(q) a quarterly assessment scores: the year to date, 1 January to the end of q.
public struct AssessmentPeriod: Hashable, Sendable {
    public let year: Int
    public let quarter: Quarter

    public init(year: Int, quarter: Quarter) {
        self.year = year
        self.quarter = quarter
    }

    public var start: Day { Day(year: year, month: 1, day: 1)! }
    public var end: Day { quarter.lastDay(in: year) }

    /// The 3q months of the period, January first.
    public var months: [Month] {
        (1...(quarter.rawValue * 3)).map { Month(uncheckedYear: year, month: $0) }
    }

    public func contains(_ day: Day) -> Bool { start <= day && day <= end }
    public func contains(_ month: Month) -> Bool { month.year == year && month.month <= quarter.rawValue * 3 }
}
