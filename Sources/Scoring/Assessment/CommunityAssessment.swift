/// Scores one community for one period: the fourteen items, the vetoes and the 平台考核数.
public enum CommunityAssessment {
    public static func score(in context: EvaluationContext) -> CommunityScore {
        let community = context.community
        let index = context.period.quarter.rawValue - 1
        let platform = context.police?.platformScores.dropFirst(index).first ?? .zero
        return CommunityScore(slug: community.slug, name: community.name,
                              policeStation: community.policeStation, period: context.period,
                              items: ItemRules.scores(in: context), vetoes: Vetoes.findings(in: context),
                              platformScore: platform)
    }

    /// `community` scored at `quarter`'s assessment of `records`' year.
    public static func score(_ community: Community, in records: YearRecords, quarter: Quarter) -> CommunityScore {
        score(in: EvaluationContext(records: records, community: community, quarter: quarter))
    }
}
