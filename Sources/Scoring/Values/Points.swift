/// A score in exact tenths of a point (2.5 points is `Points(tenths: 25)`).
/// The rulebook's smallest step is 0.1 (a 录用照片), so tenths make every figure exact.
public struct Points: Hashable, Comparable, Sendable, CustomStringConvertible,
    ExpressibleByIntegerLiteral, AdditiveArithmetic {
    public var tenths: Int

    public init(tenths: Int) { self.tenths = tenths }

    /// Whole points: `Points(3)` is 3 points.
    public init(_ wholePoints: Int) { self.tenths = wholePoints.multiplied(saturating: 10) }

    public init(integerLiteral value: Int) { self.init(value) }

    /// Parses `92.5` or `95` (at most one decimal); nil otherwise.
    public init?(parsing text: String) {
        guard let tenths = FixedPoint.parse(text, decimals: 1) else { return nil }
        self.tenths = tenths
    }

    public static let zero = Points(tenths: 0)

    /// "2.5", "24", "-2": at most one decimal, as the scorecard and the JSON print it.
    public var description: String { FixedPoint.format(tenths, decimals: 1) }

    public static func < (lhs: Points, rhs: Points) -> Bool { lhs.tenths < rhs.tenths }
    // Saturating (`Int.adding(saturating:)`): exact for every loaded value, never a trap.
    public static func + (lhs: Points, rhs: Points) -> Points { Points(tenths: lhs.tenths.adding(saturating: rhs.tenths)) }
    public static func - (lhs: Points, rhs: Points) -> Points { Points(tenths: lhs.tenths.subtracting(saturating: rhs.tenths)) }
    public static func * (lhs: Points, rhs: Int) -> Points { Points(tenths: lhs.tenths.multiplied(saturating: rhs)) }
    public static func * (lhs: Int, rhs: Points) -> Points { Points(tenths: lhs.multiplied(saturating: rhs.tenths)) }

    /// Floored at 0 and capped at `maximum`: how every item is bounded (docs/评分口径.md §1).
    public func clamped(to maximum: Points) -> Points {
        Points(tenths: min(max(tenths, 0), maximum.tenths))
    }
}

extension Sequence where Element == Points {
    public func sum() -> Points { reduce(.zero, +) }
}

/// Kept as its tenths.
extension Points: Codable {
    public init(from decoder: any Decoder) throws {
        self.init(tenths: try decoder.singleValueContainer().decode(Int.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(tenths)
    }
}
