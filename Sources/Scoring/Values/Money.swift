/// An amount of money in exact fen (0.01 yuan).
public struct Money: Hashable, Comparable, Sendable, CustomStringConvertible, AdditiveArithmetic {
    public var fen: Int

    public init(fen: Int) { self.fen = fen }

    /// Whole yuan: `Money(yuan: 20000)`.
    public init(yuan: Int) { self.fen = yuan.multiplied(saturating: 100) }

    /// Parses `20000` or `12345.67` (at most two decimals); nil otherwise.
    public init?(parsing text: String) {
        guard let fen = FixedPoint.parse(text, decimals: 2) else { return nil }
        self.fen = fen
    }

    public static let zero = Money(fen: 0)

    /// Yuan with as few decimals as needed: "20000", "12345.6", "12345.67" (the JSON form).
    public var description: String { FixedPoint.format(fen, decimals: 2) }

    /// Yuan with exactly two decimals, "20000.00", as a form or a money column prints it.
    public var formattedYuan: String { FixedPoint.formatFixed(fen, decimals: 2) }

    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.fen < rhs.fen }
    // Saturating, as `Points`: a town's total cannot trap whatever the amounts.
    public static func + (lhs: Money, rhs: Money) -> Money { Money(fen: lhs.fen.adding(saturating: rhs.fen)) }
    public static func - (lhs: Money, rhs: Money) -> Money { Money(fen: lhs.fen.subtracting(saturating: rhs.fen)) }
}
