import Reports
import Scoring

/// How `Y/results.json` and `Y/results.csv` are produced: the one place the site calls Reports.
/// Injected so tests can build a site without depending on the report formats.
public struct ResultFiles: Sendable {
    public var json: @Sendable (YearResult) -> String
    public var csv: @Sendable (YearResult) -> String

    public init(json: @escaping @Sendable (YearResult) -> String, csv: @escaping @Sendable (YearResult) -> String) {
        self.json = json
        self.csv = csv
    }

    /// docs/结果格式.md JSON and the CSV with a BOM for Excel/WPS, from the Reports module.
    public static let reports = ResultFiles(
        json: { Reports.json($0) },
        csv: { Reports.csv($0, withBOM: true) })
}
