/// Where the town loses points in one assessed period: for each of the items, the points lost
/// across the town (分值 − 得分, summed), the average per assessed community, how many lost any,
/// and the communities that lost most; and the same averages per 派出所 (docs/评分口径.md §4).
/// Vetoed communities count like the others: their items are scored all the same.
public struct PointsLost: Hashable, Sendable {
    /// One item's losses across the town.
    public struct Item: Hashable, Sendable {
        public var item: AssessmentItem
        /// The item's 分值 in the year's rulebook.
        public var maximum: Points
        /// Summed over every assessed community.
        public var lost: Points
        /// Per assessed community, in hundredths of a point rounded half up.
        public var averageHundredths: Int
        /// How many communities lost any of it.
        public var communitiesLosing: Int
        /// The communities that lost most on it, most first, ties by SLUG; at most `mostCount`.
        public var most: [Community]
    }

    /// One community's loss on one item.
    public struct Community: Hashable, Sendable {
        public var slug: String
        public var name: String
        public var lost: Points
    }

    /// One 派出所's average loss on every item, in item order.
    public struct Station: Hashable, Sendable {
        public var station: String
        public var assessed: Int
        /// Per item (item 1 first), in hundredths of a point per community, rounded half up.
        public var averageHundredths: [Int]
    }

    /// Every item, most points lost first (ties in item order).
    public var items: [Item]
    /// Per 派出所 by name, communities without one last (“未填派出所”); empty when no community
    /// names a 派出所.
    public var stations: [Station]
    public var assessed: Int

    /// How many communities each item lists as losing most.
    public static let mostCount = 5

    public init(_ quarter: QuarterResult) {
        let scores = quarter.standings.map(\.score)
        assessed = scores.count
        let itemCount = scores.first?.items.count ?? 0
        let perItem = (0..<itemCount).map { index in
            let first = scores[0].items[index]
            let losses = scores.map { score in
                Community(slug: score.slug, name: score.name, lost: Self.lost(score.items[index]))
            }
            let lost = losses.map(\.lost).sum()
            let losing = losses.filter { $0.lost > .zero }
            let most = losing.sorted { a, b in a.lost != b.lost ? a.lost > b.lost : Ranking.slugPrecedes(a.slug, b.slug) }
            return Item(item: first.item, maximum: first.maximum, lost: lost,
                        averageHundredths: FixedPoint.divideRoundingHalfUp(lost.tenths.multiplied(saturating: 10), by: max(1, scores.count)),
                        communitiesLosing: losing.count, most: Array(most.prefix(Self.mostCount)))
        }
        items = perItem.sorted { a, b in a.lost != b.lost ? a.lost > b.lost : a.item.number < b.item.number }
        let groups = StationGrouping.groups(scores, station: \.policeStation)
        stations = groups.count < 2 ? [] : groups.map { station, members in
            Station(station: station, assessed: members.count, averageHundredths: (0..<itemCount).map { index in
                let lost = members.map { Self.lost($0.items[index]) }.sum()
                return FixedPoint.divideRoundingHalfUp(lost.tenths.multiplied(saturating: 10), by: max(1, members.count))
            })
        }
    }

    /// What an item's score falls short of its 分值 (never negative: items are capped).
    static func lost(_ score: ItemScore) -> Points { max(.zero, score.maximum - score.points) }
}
