/// A year against the year before it, over the same period: the latest assessed quarter of this
/// year and the same quarter of the previous year (the annual results when both are at Q4), so a
/// mid-year standing is never compared with a full year. The town's figures side by side, and
/// each community's change in total and rank; communities of only one of the two years are
/// listed as joined or left (docs/评分口径.md §4).
public struct YearComparison: Hashable, Sendable {
    /// One community in both periods, or in one of them.
    public struct Change: Hashable, Sendable {
        public var slug: String
        public var name: String
        public var total: Points?
        public var rank: Int?
        public var vetoed: Bool?
        public var previousTotal: Points?
        public var previousRank: Int?
        public var previouslyVetoed: Bool?

        public var totalChange: Points? {
            guard let total, let previousTotal else { return nil }
            return total - previousTotal
        }
    }

    public var year: Int
    public var previousYear: Int
    /// The period compared: P(quarter) of both years.
    public var quarter: Quarter
    public var isAnnual: Bool
    /// Whether the two years were scored under different rulebooks (细则): the figures are then
    /// not strictly comparable, and a page says so.
    public var rulesChanged: Bool
    /// Both years' town summaries, with the annual subsidy (or each one's estimate mid-year).
    public var current: TownSummary
    public var previous: TownSummary
    /// This year's communities in this year's ranking order.
    public var communities: [Change]
    /// The previous year's communities that are not in this year's period, in its ranking order.
    public var left: [Change]

    /// Nil when `current` has no assessed quarter or `previous` did not assess the same one.
    public init?(_ current: YearResult, previous: YearResult) {
        guard let now = current.standing,
              let then = previous.quarters.first(where: { $0.quarter == now.quarter.quarter }) else { return nil }
        // At Q4 both years have their annual result; before it, both subsidies are estimated.
        let thenAnnual = (now.isAnnual ? previous.annual : nil) ?? AnnualConversion.estimate(then, settings: previous.settings)
        year = current.year
        previousYear = previous.year
        quarter = now.quarter.quarter
        isAnnual = now.isAnnual
        rulesChanged = current.settings.rulebook != previous.settings.rulebook
        self.current = TownSummary(station: nil, standings: now.quarter.standings, annual: now.annual, settings: current.settings)
        self.previous = TownSummary(station: nil, standings: then.standings, annual: thenAnnual, settings: previous.settings)
        let before = Dictionary(then.standings.map { ($0.score.slug, $0) }, uniquingKeysWith: { first, _ in first })
        communities = now.quarter.standings.map { standing in
            let old = before[standing.score.slug]
            return Change(slug: standing.score.slug, name: standing.score.name, total: standing.score.total,
                          rank: standing.rank, vetoed: standing.score.isVetoed, previousTotal: old?.score.total,
                          previousRank: old?.rank, previouslyVetoed: old?.score.isVetoed)
        }
        let present = Set(now.quarter.standings.map(\.score.slug))
        left = then.standings.filter { !present.contains($0.score.slug) }.map { old in
            Change(slug: old.score.slug, name: old.score.name, total: nil, rank: nil, vetoed: nil,
                   previousTotal: old.score.total, previousRank: old.rank, previouslyVetoed: old.score.isVetoed)
        }
    }
}
