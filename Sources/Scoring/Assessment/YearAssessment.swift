/// Scores a whole year from its records: the entry point of the scoring library.
public enum YearAssessment {
    /// Every assessed quarter (year to date), rankings, and the annual 折算 and subsidy.
    public static func score(_ records: YearRecords) -> YearResult {
        var quarters: [QuarterResult] = []
        for quarter in records.settings.assessedQuarters {
            let scores = records.communities.map {
                CommunityAssessment.score($0, in: records, quarter: quarter)
            }
            quarters.append(Ranking.quarterResult(quarter, scores: scores, previous: quarters.last))
        }
        let annual = quarters.last.flatMap { $0.quarter == .q4 ? $0 : nil }
            .map { AnnualConversion.annualResult($0, settings: records.settings) }
        return YearResult(settings: records.settings, quarters: quarters, annual: annual)
    }
}
