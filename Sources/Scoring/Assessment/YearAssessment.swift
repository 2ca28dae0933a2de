/// Scores a whole year from its records: the entry point of the scoring library.
public enum YearAssessment {
    /// Every assessed quarter (year to date), rankings, and the annual 折算 and subsidy.
    public static func score(_ records: YearRecords) -> YearResult {
        fatalError("TODO: implemented by the scoring stage")
    }
}
