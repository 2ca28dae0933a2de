import Scoring

/// A year's results looked up by SLUG in constant time. `QuarterResult.standing(of:)` searches
/// the ranking from the top; every scorecard asks for its standing in each quarter, so at 10,000
/// communities those searches alone made rendering quadratic.
struct YearIndex: Sendable {
    let result: YearResult
    /// Per assessed quarter (by `Quarter.rawValue` − 1), each community's standing.
    private let standings: [[String: Standing]]
    private let quarterResults: [QuarterResult?]
    private let annual: [String: AnnualStanding]
    /// Each item's 考核内容 in the year's rulebook (by item number − 1), written once for every scorecard.
    let criteria: [String]

    init(_ result: YearResult) {
        self.result = result
        var byQuarter: [QuarterResult?] = Array(repeating: nil, count: Quarter.allCases.count)
        var standings: [[String: Standing]] = Array(repeating: [:], count: Quarter.allCases.count)
        for quarter in result.quarters {
            let index = quarter.quarter.rawValue - 1
            byQuarter[index] = quarter
            standings[index] = Dictionary(quarter.standings.map { ($0.score.slug, $0) }, uniquingKeysWith: { first, _ in first })
        }
        self.quarterResults = byQuarter
        self.standings = standings
        self.annual = Dictionary((result.annual?.standings ?? []).map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
        self.criteria = (1...AssessmentItem.titles.count).map { AssessmentItem.numbered($0).criteria(in: result.settings.rulebook) }
    }

    /// The quarter's result, nil when it is not assessed.
    func quarter(_ quarter: Quarter) -> QuarterResult? { quarterResults[quarter.rawValue - 1] }

    /// The community's standing in an assessed quarter.
    func standing(of slug: String, in quarter: Quarter) -> Standing? { standings[quarter.rawValue - 1][slug] }

    /// The community's annual result, once Q4 is assessed.
    func annual(of slug: String) -> AnnualStanding? { annual[slug] }
}
