/// What changed since the previous assessed quarter (本季度变化): every community's change in
/// total and rank, the biggest risers and fallers by total, the vetoes that are new this quarter
/// and those lifted, and the communities with no previous assessment. Totals are year to date, so
/// a change compares P(q) with P(q − 1) (docs/评分口径.md §4).
public struct QuarterMovement: Hashable, Sendable {
    /// One community's movement.
    public struct Change: Hashable, Sendable {
        public var slug: String
        public var name: String
        public var total: Points
        public var previousTotal: Points?
        public var rank: Int?
        public var previousRank: Int?
        public var vetoed: Bool
        /// Nil when the community was not assessed in the previous quarter.
        public var previouslyVetoed: Bool?
        /// The vetoes that hold now, on one line (`VetoFinding.summary`); empty when none.
        public var vetoSummary: String

        public var totalChange: Points? { previousTotal.map { total - $0 } }
    }

    /// Nil in the year's first assessed quarter: there is nothing to compare with.
    public var previousQuarter: Quarter?
    /// Most points gained first (ties by SLUG), only communities that gained; at most `listCount`.
    public var risers: [Change]
    /// Most points lost first (ties by SLUG), only communities that lost; at most `listCount`.
    public var fallers: [Change]
    /// Vetoed now, not vetoed in the previous quarter (in ranking order).
    public var newVetoes: [Change]
    /// Vetoed in the previous quarter, not now.
    public var liftedVetoes: [Change]
    /// Assessed now, not in the previous quarter (a record added during the year).
    public var newcomers: [Change]

    /// How many risers and fallers are listed.
    public static let listCount = 5

    /// The movement of `quarter` against `previous`, the year's previous assessed quarter.
    public init(_ quarter: QuarterResult, previous: QuarterResult?) {
        previousQuarter = previous?.quarter
        let before = Dictionary((previous?.standings ?? []).map { ($0.score.slug, $0.score.isVetoed) },
                                uniquingKeysWith: { first, _ in first })
        let changes = quarter.standings.map { standing in
            Change(slug: standing.score.slug, name: standing.score.name, total: standing.score.total,
                   previousTotal: standing.previousTotal, rank: standing.rank, previousRank: standing.previousRank,
                   vetoed: standing.score.isVetoed, previouslyVetoed: before[standing.score.slug],
                   vetoSummary: standing.score.vetoes.summary)
        }
        guard previous != nil else {
            (risers, fallers, newVetoes, liftedVetoes, newcomers) = ([], [], [], [], [])
            return
        }
        // Those with a change, by it (ties by SLUG); the biggest gains first and the biggest losses first.
        let moved = changes.compactMap { change in change.totalChange.map { (change, $0) } }
            .sorted { a, b in a.1 != b.1 ? a.1 > b.1 : Ranking.slugPrecedes(a.0.slug, b.0.slug) }
        risers = Array(moved.filter { $0.1 > .zero }.map(\.0).prefix(Self.listCount))
        fallers = Array(moved.filter { $0.1 < .zero }
            .sorted { a, b in a.1 != b.1 ? a.1 < b.1 : Ranking.slugPrecedes(a.0.slug, b.0.slug) }.map(\.0).prefix(Self.listCount))
        newVetoes = changes.filter { $0.vetoed && $0.previouslyVetoed == false }
        liftedVetoes = changes.filter { !$0.vetoed && $0.previouslyVetoed == true }
        newcomers = changes.filter { $0.previouslyVetoed == nil }
    }
}
