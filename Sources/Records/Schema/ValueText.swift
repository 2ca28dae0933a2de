import Scoring

/// Reads the common shapes of counts, dates and months straight from a scalar's UTF-8 bytes.
/// Gives the same values as `Int`, `Day(parsing:)` and `Month(parsing:)` on the same text
/// (ASCII digits are one byte and one Character each), without splitting the text into
/// Characters and substrings: a community file holds a few hundred such values.
enum ValueText {
    /// A whole number ≥ 0 of 1 to 12 ASCII digits; nil for anything else.
    static func count(_ text: String) -> Int? {
        withBytes(text) { bytes in bytes.count <= 12 ? number(bytes) : nil }
    }

    /// `YYYY-MM-DD`; nil when the text has another shape or names no real day.
    static func day(_ text: String) -> Day? {
        withBytes(text) { bytes -> Day? in
            guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
                  let year = number(UnsafeBufferPointer(rebasing: bytes[0..<4])),
                  let month = number(UnsafeBufferPointer(rebasing: bytes[5..<7])),
                  let day = number(UnsafeBufferPointer(rebasing: bytes[8..<10])) else { return nil }
            return Day(year: year, month: month, day: day)
        }
    }

    /// `YYYY-MM`; nil when the text has another shape or names no real month.
    static func month(_ text: String) -> Month? {
        withBytes(text) { bytes -> Month? in
            guard bytes.count == 7, bytes[4] == UInt8(ascii: "-"),
                  let year = number(UnsafeBufferPointer(rebasing: bytes[0..<4])),
                  let month = number(UnsafeBufferPointer(rebasing: bytes[5..<7])) else { return nil }
            return Month(year: year, month: month)
        }
    }

    /// `body` over the text's UTF-8 bytes, without a copy when the String is native.
    static func withBytes<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(text.utf8).withUnsafeBufferPointer(body)
    }

    /// The value of a non-empty run of at most 18 ASCII digits.
    private static func number(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !bytes.isEmpty, bytes.count <= 18 else { return nil }
        var value = 0
        for byte in bytes {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }
}
