/// One row of the original rulebook's table as the scorecard prints it (docs/评分口径.md §4): the community's
/// 自评情况 and 自评得分 beside the 实际得分, marked when they differ.
public struct SelfAssessmentComparison: Hashable, Sendable {
    public var item: AssessmentItem
    /// 自评情况
    public var description: String?
    /// 自评得分; nil when the community gave none.
    public var declared: Points?
    /// 实际得分
    public var actual: Points
    /// True when a 自评得分 was given and differs from the actual score.
    public var differs: Bool
    /// Where the 自评 line was written.
    public var location: SourceLocation?

    public init(item: AssessmentItem, description: String?, declared: Points?, actual: Points,
                location: SourceLocation?) {
        self.item = item
        self.description = description
        self.declared = declared
        self.actual = actual
        self.differs = declared.map { $0 != actual } ?? false
        self.location = location
    }

    /// The fourteen rows, item 1 first, for `community` against its `score` for a period.
    public static func differences(community: Community, score: CommunityScore) -> [SelfAssessmentComparison] {
        score.items.map { itemScore in
            let line = community.selfAssessment[itemScore.item.number]
            return SelfAssessmentComparison(item: itemScore.item, description: line?.description,
                                            declared: line?.points, actual: itemScore.points,
                                            location: line?.location)
        }
    }
}
