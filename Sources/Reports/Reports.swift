import Scoring

/// The year's results in the forms people take away: JSON (SPEC 6), CSV for Excel/WPS, and a
/// table for the terminal. Shared by `qunfang score` and the site's results.json / results.csv.
public enum Reports {
    /// SPEC section 6, pretty-printed with sorted, stable layout; `quarter` limits `quarters`.
    public static func json(_ result: YearResult, quarter: Quarter? = nil) -> String {
        fatalError("TODO")
    }

    /// One row per community and assessed quarter, plus the annual columns; UTF-8 text
    /// (`withBOM` prefixes U+FEFF so Excel and WPS open it correctly).
    public static func csv(_ result: YearResult, quarter: Quarter? = nil, withBOM: Bool) -> String {
        fatalError("TODO")
    }
}
