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
    ///
    /// `known`: a community's scores in every assessed quarter (in order) when they are already
    /// known, from an earlier build with the same record, scope and police figures; nil scores
    /// it. Rankings, 折算 and subsidies read only the points, so the known scores may leave
    /// out their reasons (`CommunityScore.withoutReasons`).
    public static func score(_ records: YearRecords, map: IndexedMap = serial,
                             known: (@Sendable (Int) -> [CommunityScore]?)? = nil) -> YearResult {
        let assessed = records.settings.assessedQuarters
        // Per community, its score in each assessed quarter (in `assessed` order).
        let byCommunity = map(records.communities.count) { index in
            if let scores = known?(index), scores.count == assessed.count { return scores }
            return assessed.map { CommunityAssessment.score(records.communities[index], in: records, quarter: $0) }
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

extension YearResult {
    /// The result with the scores of each SLUG in `replacements` replaced by its scores (one
    /// per assessed quarter, in order) in every ranking: for scores whose points are the same,
    /// with their reasons.
    public func replacingScores(_ replacements: [String: [CommunityScore]]) -> YearResult {
        guard !replacements.isEmpty else { return self }
        var result = self
        for position in result.quarters.indices {
            for index in result.quarters[position].standings.indices {
                if let scores = replacements[result.quarters[position].standings[index].score.slug], position < scores.count {
                    result.quarters[position].standings[index].score = scores[position]
                }
            }
            for index in result.quarters[position].policeOrder.indices {
                if let scores = replacements[result.quarters[position].policeOrder[index].score.slug], position < scores.count {
                    result.quarters[position].policeOrder[index].score = scores[position]
                }
            }
        }
        return result
    }
}
