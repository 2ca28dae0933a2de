/// Integer arithmetic that holds at `Int.max` / `Int.min` instead of trapping. The loader keeps
/// every number in a range where no result comes near those limits (docs/记录格式.md, “数值范围”),
/// so on loaded records these are exact; they exist so that the scoring library, called directly
/// with any values whatever, cannot stop the process with an overflow.
extension Int {
    public func adding(saturating other: Int) -> Int {
        let (result, overflow) = addingReportingOverflow(other)
        return overflow ? (other > 0 ? .max : .min) : result
    }

    public func subtracting(saturating other: Int) -> Int {
        let (result, overflow) = subtractingReportingOverflow(other)
        return overflow ? (other < 0 ? .max : .min) : result
    }

    public func multiplied(saturating other: Int) -> Int {
        let (result, overflow) = multipliedReportingOverflow(by: other)
        return overflow ? ((self < 0) == (other < 0) ? .max : .min) : result
    }
}

extension Sequence where Element == Int {
    /// The sum, saturating.
    public func saturatingSum() -> Int { reduce(0) { $0.adding(saturating: $1) } }
}
