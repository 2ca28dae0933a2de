/// A calendar day with no time and no time zone: the unit every rule of the rulebook counts in.
/// (Foundation's `Date` is deliberately not used: a date-based rulebook must not depend on a clock.)
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// A valid Gregorian day, or nil (2017-02-29 is nil).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...Day.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses exactly `YYYY-MM-DD` (two-digit month and day).
    public init?(parsing text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public var monthValue: Month { Month(uncheckedYear: year, month: month) }

    public var description: String { text(separator: UInt8(ascii: "-")) }

    /// `YYYY`, `MM` and `DD` joined by `separator` (an ASCII byte): "2017-03-05", "2017/03/05".
    /// Written digit by digit: views print several days per record on every scorecard.
    public func text(separator: UInt8) -> String {
        String(unsafeUninitializedCapacity: 10) { buffer in
            func digits(_ value: Int, _ count: Int, at start: Int) {
                var value = value
                for index in (start..<start + count).reversed() {
                    buffer[index] = UInt8(ascii: "0") + UInt8(value % 10)
                    value /= 10
                }
            }
            digits(year, 4, at: 0)
            buffer[4] = separator
            digits(month, 2, at: 5)
            buffer[7] = separator
            digits(day, 2, at: 8)
            return 10
        }
    }

    public static func < (lhs: Day, rhs: Day) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}

/// Kept as one number, `YYYYMMDD`, and checked again when read back, so a stored day is always
/// a valid one.
extension Day: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let number = try container.decode(Int.self)
        guard let day = Day(year: number / 10_000, month: number / 100 % 100, day: number % 100) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a day: \(number)")
        }
        self = day
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(year * 10_000 + month * 100 + day)
    }
}
