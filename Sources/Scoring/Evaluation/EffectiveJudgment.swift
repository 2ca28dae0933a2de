/// A judgment (评定) as it applies to a quarter after inheritance: the latest statement made in
/// quarters 1…q wins; a judgment never stated reads as 否 (docs/评分口径.md §1).
public struct EffectiveJudgment: Hashable, Sendable {
    public var judgment: Judgment
    public var value: Bool
    /// The quarter whose 评定 stated it; nil when never given.
    public var statedIn: Quarter?
    /// Where it was stated; nil when never given.
    public var location: SourceLocation?

    public init(judgment: Judgment, value: Bool, statedIn: Quarter?, location: SourceLocation?) {
        self.judgment = judgment
        self.value = value
        self.statedIn = statedIn
        self.location = location
    }

    /// True when no quarter up to the assessed one gave this judgment (read as 否, warned about).
    public var isMissing: Bool { statedIn == nil }

    /// "专项经费：是（二季度评定）", or "专项经费：未评定，按否计".
    public var text: String {
        guard let quarter = statedIn else { return "\(judgment.key)：未评定，按否计" }
        return "\(judgment.key)：\(value ? "是" : "否")（\(quarter.name)评定）"
    }
}

extension Community {
    /// The eleven judgments in force for quarter `quarter`'s assessment, in `Judgment` order.
    public func effectiveJudgments(for quarter: Quarter) -> [EffectiveJudgment] {
        Judgment.allCases.map { judgment in
            for stated in Quarter.allCases.reversed() where stated <= quarter {
                if let entry = judgments[stated]?[judgment] {
                    return EffectiveJudgment(judgment: judgment, value: entry.value,
                                             statedIn: stated, location: entry.location)
                }
            }
            return EffectiveJudgment(judgment: judgment, value: false, statedIn: nil, location: nil)
        }
    }
}
