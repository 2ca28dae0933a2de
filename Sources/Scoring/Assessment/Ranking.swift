/// Competition ranking (1, 2, 2, 4) and the orders of docs/评分口径.md §4: by a figure, highest first,
/// ties by SLUG compared byte by byte.
public enum Ranking {
    /// SLUG order: byte by byte.
    public static func slugPrecedes(_ lhs: String, _ rhs: String) -> Bool {
        lhs.utf8.lexicographicallyPrecedes(rhs.utf8)
    }

    /// `items` sorted by `key` descending then SLUG, each with its competition rank.
    public static func ranked<T>(_ items: [T], by key: (T) -> Int, slug: (T) -> String) -> [(item: T, rank: Int)] {
        // Sorts the keys with their positions, not the items: a score is a large value to move.
        let keys = items.indices.map { (key: key(items[$0]), index: $0) }
        let order = keys.sorted { lhs, rhs in
            lhs.key != rhs.key ? lhs.key > rhs.key : slugPrecedes(slug(items[lhs.index]), slug(items[rhs.index]))
        }
        var result: [(item: T, rank: Int)] = []
        result.reserveCapacity(items.count)
        for (position, entry) in order.enumerated() {
            let rank = position > 0 && order[position - 1].key == entry.key ? result[position - 1].rank : position + 1
            result.append((items[entry.index], rank))
        }
        return result
    }

    /// A quarter's standings (non-vetoed ranked, then vetoed unranked, both by total then SLUG) and
    /// its 治安状况排序 (all communities by 平台考核数). `previous` gives last quarter's ranks.
    public static func quarterResult(_ quarter: Quarter, scores: [CommunityScore],
                                     previous: QuarterResult?) -> QuarterResult {
        let police = ranked(scores, by: \.platformScore.tenths, slug: \.slug)
        let policeRanks = Dictionary(uniqueKeysWithValues: police.map { ($0.item.slug, $0.rank) })
        // Looked up once per community: searching the previous ranking for each made ranking
        // quadratic in the number of communities.
        let previousRanks = Dictionary((previous?.standings ?? []).compactMap { standing in
            standing.rank.map { (standing.score.slug, $0) }
        }, uniquingKeysWith: { first, _ in first })
        let previousTotals = Dictionary((previous?.standings ?? []).map { ($0.score.slug, $0.score.total) },
                                        uniquingKeysWith: { first, _ in first })
        func standing(_ score: CommunityScore, rank: Int?) -> Standing {
            Standing(score: score, rank: rank, previousRank: previousRanks[score.slug], previousTotal: previousTotals[score.slug],
                     policeRank: policeRanks[score.slug] ?? 0)
        }
        let rankedStandings = ranked(scores.filter { !$0.isVetoed }, by: \.total.tenths, slug: \.slug)
            .map { standing($0.item, rank: $0.rank) }
        let vetoed = ranked(scores.filter(\.isVetoed), by: \.total.tenths, slug: \.slug)
            .map { standing($0.item, rank: nil) }
        let standings = rankedStandings + vetoed
        let bySlug = Dictionary(uniqueKeysWithValues: standings.map { ($0.score.slug, $0) })
        return QuarterResult(quarter: quarter, standings: standings,
                             policeOrder: police.map { bySlug[$0.item.slug]! })
    }
}
