/// Every year in the content side by side: the town's standing year by year and each
/// community's, by SLUG (the stable id across years). A year's standing is its annual result once
/// Q4 is assessed, else its latest assessed quarter with the subsidy estimated from it
/// (`YearResult.standing`); a year with no assessed quarter has none. Built once for the site, so
/// a scorecard looks its community up in constant time (docs/评分口径.md §4).
public struct History: Sendable {
    /// The town in one year.
    public struct TownYear: Hashable, Sendable {
        public var year: Int
        /// The assessed quarter the figures are of (四季度 for the annual result).
        public var quarter: Quarter
        public var isAnnual: Bool
        /// The whole town's summary, with the annual (or estimated) subsidy.
        public var summary: TownSummary
        /// Whether the year's rulebook differs from the previous year's in the content (细则).
        public var rulesChanged: Bool
    }

    /// One community in one year.
    public struct CommunityYear: Hashable, Sendable {
        public var year: Int
        public var quarter: Quarter
        public var isAnnual: Bool
        public var name: String
        public var total: Points
        public var rank: Int?
        public var vetoed: Bool
        /// The annual subsidy, or the estimate from the latest quarter when `isAnnual` is false.
        public var subsidy: Money
        public var rulesChanged: Bool
    }

    /// Years with an assessed quarter, oldest first.
    public let town: [TownYear]
    private let communities: [String: [CommunityYear]]

    /// `results` in any order; each year is compared with the year before it in the content.
    public init(_ results: [YearResult]) {
        var town: [TownYear] = []
        var communities: [String: [CommunityYear]] = [:]
        var previousRulebook: Rulebook?
        for result in results.sorted(by: { $0.year < $1.year }) {
            defer { previousRulebook = result.settings.rulebook }
            guard let (quarter, annual, isAnnual) = result.standing else { continue }
            let changed = previousRulebook.map { $0 != result.settings.rulebook } ?? false
            let summary = TownSummary(station: nil, standings: quarter.standings, annual: annual, settings: result.settings)
            town.append(TownYear(year: result.year, quarter: quarter.quarter, isAnnual: isAnnual, summary: summary,
                                 rulesChanged: changed))
            for standing in annual.standings {
                communities[standing.slug, default: []].append(CommunityYear(
                    year: result.year, quarter: quarter.quarter, isAnnual: isAnnual, name: standing.name,
                    total: standing.total, rank: standing.rank, vetoed: standing.vetoed, subsidy: standing.subsidy,
                    rulesChanged: changed))
            }
        }
        self.town = town
        self.communities = communities
    }

    /// The community's years with an assessed quarter, oldest first; empty for an unknown SLUG.
    public func years(of slug: String) -> [CommunityYear] { communities[slug] ?? [] }
}
