/// A calendar month (`YYYY-MM`): the unit of 宣传 entries, police figures and schedule periods.
public struct Month: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int

    public init?(year: Int, month: Int) {
        guard (1...9999).contains(year), (1...12).contains(month) else { return nil }
        self.year = year
        self.month = month
    }

    init(uncheckedYear year: Int, month: Int) {
        self.year = year
        self.month = month
    }

    /// Parses exactly `YYYY-MM`.
    public init?(parsing text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let y = Int(parts[0]), let m = Int(parts[1]) else { return nil }
        self.init(year: y, month: m)
    }

    public var firstDay: Day { Day(year: year, month: month, day: 1)! }
    public var lastDay: Day { Day(year: year, month: month, day: Day.daysIn(month: month, year: year))! }

    public var next: Month {
        month == 12 ? Month(uncheckedYear: year + 1, month: 1) : Month(uncheckedYear: year, month: month + 1)
    }

    public var previous: Month {
        month == 1 ? Month(uncheckedYear: year - 1, month: 12) : Month(uncheckedYear: year, month: month - 1)
    }

    public var description: String { "\(Day.pad(year, 4))-\(Day.pad(month, 2))" }

    public static func < (lhs: Month, rhs: Month) -> Bool {
        (lhs.year, lhs.month) < (rhs.year, rhs.month)
    }
}

/// Kept as one number, `YYYYMM`, and checked again when read back.
extension Month: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let number = try container.decode(Int.self)
        guard let month = Month(year: number / 100, month: number % 100) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a month: \(number)")
        }
        self = month
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(year * 100 + month)
    }
}
