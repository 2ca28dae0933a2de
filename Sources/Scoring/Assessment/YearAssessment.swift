/// Scores a whole year from its records: the entry point of the scoring library.
public enum YearAssessment {
    /// Runs `body` for every index in `0..<count` and returns the results in index order.
    /// Each community is scored on its own, so the caller may run them on every core
    /// (`ParallelMap.map`); the library itself starts no threads.
    public typealias IndexedMap = @Sendable (_ count: Int, _ body: @Sendable (Int) -> [CommunityScore]) -> [[CommunityScore]]

    /// One index after the other, on the calling thread.
    public static let serial: IndexedMap = { count, body in (0..<count).map(body) }

    /// Every assessed quarter (year to date), rankings, and the annual 折算 and subsidy.
    /// The result does not depend on `map`, only on the records.
    public static func score(_ records: YearRecords, map: IndexedMap = serial) -> YearResult {
        let assessed = records.settings.assessedQuarters
        // Per community, its score in each assessed quarter (in `assessed` order).
        let byCommunity = map(records.communities.count) { index in
            assessed.map { CommunityAssessment.score(records.communities[index], in: records, quarter: $0) }
        }
        var quarters: [QuarterResult] = []
        for (position, quarter) in assessed.enumerated() {
            let scores = byCommunity.map { $0[position] }
            quarters.append(Ranking.quarterResult(quarter, scores: scores, previous: quarters.last))
        }
        let annual = quarters.last.flatMap { $0.quarter == .q4 ? $0 : nil }
            .map { AnnualConversion.annualResult($0, settings: records.settings) }
        return YearResult(settings: records.settings, quarters: quarters, annual: annual)
    }
}
