import Scoring

/// The range every number of every record file must fall in, in the value's own unit (a whole
/// number, tenths of a point, fen). Each range is far beyond any real figure and small enough
/// that all of the scoring's arithmetic on values inside it stays exact and far from `Int`'s
/// limits (the worst case is worked out in docs/记录格式.md, “数值范围”). A value outside its
/// range is refused at its position, the message naming the range.
struct NumberRange: Sendable {
    /// The smallest and largest value, scaled by 10^decimals.
    let bounds: ClosedRange<Int>
    /// Decimals the value may have: 0 for counts, 1 for points, 2 for yuan.
    let decimals: Int

    /// A count (录用照片, a month's cases, a 细则 count): 0 to 100,000.
    static let count = NumberRange(whole: 0...100_000, decimals: 0)
    /// Points (平台考核数, 折算.满分, 最低分, a 细则 figure): 0 to 1,000, one decimal.
    static let points = NumberRange(whole: 0...1_000, decimals: 1)
    /// Yuan (金额, 满分金额): 0 to 100,000,000, two decimals.
    static let money = NumberRange(whole: 0...100_000_000, decimals: 2)

    init(whole: ClosedRange<Int>, decimals: Int) {
        let scale = (0..<decimals).reduce(1) { value, _ in value * 10 }
        self.bounds = whole.lowerBound * scale...whole.upperBound * scale
        self.decimals = decimals
    }

    /// A count range other than the default one (a day of the month, a percentage).
    static func count(_ whole: ClosedRange<Int>) -> NumberRange { NumberRange(whole: whole, decimals: 0) }

    /// "0 到 100000"; "0 到 1000" for points: as the user would type the bounds.
    var text: String {
        "\(FixedPoint.format(bounds.lowerBound, decimals: decimals)) 到 \(FixedPoint.format(bounds.upperBound, decimals: decimals))"
    }

    /// Digits the whole part may have before the value is certainly out of range.
    var maximumWholeDigits: Int { String(bounds.upperBound).count - decimals }
}
