/// Competition ranking (1, 2, 2, 4) and the orders of docs/评分口径.md §4: by a figure, highest first,
/// ties by SLUG compared byte by byte.
public enum Ranking {
    /// SLUG order: byte by byte.
    public static func slugPrecedes(_ lhs: String, _ rhs: String) -> Bool {
        lhs.utf8Precedes(rhs)
    }

    /// The positions of `keys` in order of key, highest first, then of SLUG (`slugs`, one per
    /// key), each with its competition rank. Positions are sorted, not the values they stand for:
    /// a score is a large value to move, and reading its SLUG in a comparison copied it.
    static func order(keys: [Int], slugs: [String]) -> [(index: Int, rank: Int)] {
        let order = keys.indices.sorted { lhs, rhs in
            keys[lhs] != keys[rhs] ? keys[lhs] > keys[rhs] : slugPrecedes(slugs[lhs], slugs[rhs])
        }
        var result: [(index: Int, rank: Int)] = []
        result.reserveCapacity(order.count)
        for (position, index) in order.enumerated() {
            let tied = position > 0 && keys[order[position - 1]] == keys[index]
            result.append((index, tied ? result[position - 1].rank : position + 1))
        }
        return result
    }

    /// A quarter's standings (non-vetoed ranked, then vetoed unranked, both by total then SLUG) and
    /// its 治安状况排序 (all communities by 平台考核数). `previous` gives last quarter's ranks.
    /// Each community's SLUG is its own in a quarter.
    public static func quarterResult(_ quarter: Quarter, scores: [CommunityScore],
                                     previous: QuarterResult?) -> QuarterResult {
        let slugs = scores.map { $0.slug }
        let totals = scores.map { $0.total.tenths }
        let police = order(keys: scores.map { $0.platformScore.tenths }, slugs: slugs)
        var policeRanks = [Int](repeating: 0, count: scores.count)
        for entry in police { policeRanks[entry.index] = entry.rank }
        // Looked up once per community: searching the previous ranking for each made ranking
        // quadratic in the number of communities.
        var before: [String: (rank: Int?, total: Points)] = [:]
        before.reserveCapacity(previous?.standings.count ?? 0)
        for standing in previous?.standings ?? [] where before[standing.score.slug] == nil {
            before[standing.score.slug] = (standing.rank, standing.score.total)
        }
        var standings: [Standing] = []
        standings.reserveCapacity(scores.count)
        // Where each community's standing is in `standings`.
        var positions = [Int](repeating: 0, count: scores.count)
        for vetoed in [false, true] {
            let members = scores.indices.filter { scores[$0].isVetoed == vetoed }
            for entry in order(keys: members.map { totals[$0] }, slugs: members.map { slugs[$0] }) {
                let index = members[entry.index]
                let earlier = before[slugs[index]]
                positions[index] = standings.count
                standings.append(Standing(score: scores[index], rank: vetoed ? nil : entry.rank,
                                          previousRank: earlier?.rank, previousTotal: earlier?.total,
                                          policeRank: policeRanks[index]))
            }
        }
        return QuarterResult(quarter: quarter, standings: standings,
                             policeOrder: police.map { standings[positions[$0.index]] })
    }
}
