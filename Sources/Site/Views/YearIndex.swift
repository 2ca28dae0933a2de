import Scoring

/// A year's results looked up by SLUG in constant time. `QuarterResult.standing(of:)` searches
/// the ranking from the top; every scorecard asks for its standing in each quarter, so at 10,000
/// communities those searches alone made rendering quadratic.
struct YearIndex: Sendable {
    let result: YearResult
    /// Per assessed quarter (by `Quarter.rawValue` − 1), each community's position in that
    /// quarter's standings. Positions, not standings: a copy of each standing (its scores'
    /// arrays and texts retained) cost more than the lookups it saved.
    private let positions: [[String: Int]]
    /// Per quarter, where its result is in `result.quarters`; nil when it is not assessed.
    private let quarterPositions: [Int?]
    private let annualPositions: [String: Int]
    /// Each item's 考核内容 in the year's rulebook (by item number − 1), written once for every scorecard.
    let criteria: [String]

    init(_ result: YearResult) {
        self.init(result, like: nil)
    }

    /// The index of `result`, taking the positions of `earlier` (an index of the same ranking,
    /// `YearResult.replacingScores`) wherever its standings list the same communities in the
    /// same order, checked position by position, so only what moved is hashed again.
    init(_ result: YearResult, like earlier: YearIndex?) {
        self.result = result
        var quarterPositions: [Int?] = Array(repeating: nil, count: Quarter.allCases.count)
        var positions: [[String: Int]] = Array(repeating: [:], count: Quarter.allCases.count)
        for (position, quarter) in result.quarters.enumerated() {
            let index = quarter.quarter.rawValue - 1
            quarterPositions[index] = position
            if let earlier, let before = earlier.quarter(quarter.quarter),
               before.standings.elementsEqual(quarter.standings, by: { $0.score.slug == $1.score.slug }) {
                positions[index] = earlier.positions[index]
            } else {
                positions[index] = Self.positions(of: quarter.standings.map(\.score.slug))
            }
        }
        self.quarterPositions = quarterPositions
        self.positions = positions
        let annual = result.annual?.standings ?? []
        if let earlier, (earlier.result.annual?.standings ?? []).elementsEqual(annual, by: { $0.slug == $1.slug }) {
            annualPositions = earlier.annualPositions
        } else {
            annualPositions = Self.positions(of: annual.map(\.slug))
        }
        criteria = earlier?.criteria
            ?? (1...AssessmentItem.titles.count).map { AssessmentItem.numbered($0).criteria(in: result.settings.rulebook) }
    }

    /// Each SLUG's first position.
    private static func positions(of slugs: [String]) -> [String: Int] {
        var positions: [String: Int] = [:]
        positions.reserveCapacity(slugs.count)
        for (position, slug) in slugs.enumerated() where positions[slug] == nil { positions[slug] = position }
        return positions
    }

    /// The quarter's result, nil when it is not assessed.
    func quarter(_ quarter: Quarter) -> QuarterResult? {
        quarterPositions[quarter.rawValue - 1].map { result.quarters[$0] }
    }

    /// The community's standing in an assessed quarter.
    func standing(of slug: String, in quarter: Quarter) -> Standing? {
        guard let q = quarterPositions[quarter.rawValue - 1], let position = positions[quarter.rawValue - 1][slug] else { return nil }
        return result.quarters[q].standings[position]
    }

    /// The community's annual result, once Q4 is assessed.
    func annual(of slug: String) -> AnnualStanding? {
        guard let annual = result.annual, let position = annualPositions[slug] else { return nil }
        return annual.standings[position]
    }
}
