import Scoring

extension AssessmentCategory {
    /// "组织建设和工作保障（11分）": the heading with its 分值 in `rulebook`.
    func label(in rulebook: Rulebook) -> String { "\(name)（\(maximum(in: rulebook))分）" }
}

/// Small formatting rules shared by the views, so every page prints figures the same way.
enum Format {
    /// "20,000.00": yuan with two decimals and thousands separators, as the office writes money
    /// on paper (the CSV and JSON keep plain numbers for spreadsheets and programs).
    static func yuan(_ money: Money) -> String {
        let plain = money.formattedYuan
        let negative = plain.hasPrefix("-")
        let digits = negative ? plain.dropFirst() : Substring(plain)
        let parts = digits.split(separator: ".", maxSplits: 1)
        var whole = String(parts[0])
        var grouped = ""
        while whole.count > 3 {
            grouped = "," + whole.suffix(3) + grouped
            whole.removeLast(3)
        }
        return (negative ? "-" : "") + whole + grouped + (parts.count > 1 ? "." + parts[1] : "")
    }

    /// "2017/03/05", as the original rulebook's 附件3 writes dates.
    static func slashed(_ day: Day) -> String { day.text(separator: UInt8(ascii: "/")) }

    /// "2017年3—4月" for a schedule period starting at `month`.
    static func period(_ month: Month) -> String {
        let next = month.next
        return next.year == month.year
            ? "\(month.year)年\(month.month)—\(next.month)月"
            : "\(month.year)年\(month.month)月—\(next.year)年\(next.month)月"
    }

    /// A signed effect: "−5", "+2", "" (U+2212 minus, which prints clearly).
    static func signed(_ points: Points?) -> String {
        guard let points, points != .zero else { return "" }
        return points.tenths < 0 ? "−" + Points(tenths: -points.tenths).description : "+" + points.description
    }

    /// A change in total: "+2.5", "−3", "±0", "" (nothing to compare with).
    static func difference(_ points: Points?) -> String {
        guard let points else { return "" }
        return points == .zero ? "±0" : signed(points)
    }

    /// The rank change against the previous quarter: "↑2", "↓1", "－" (unchanged), "" (no previous rank).
    static func change(rank: Int?, previous: Int?) -> (symbol: String, words: String) {
        guard let rank, let previous else { return ("", "") }
        if rank < previous { return ("↑\(previous - rank)", "较上季度上升\(previous - rank)位") }
        if rank > previous { return ("↓\(rank - previous)", "较上季度下降\(rank - previous)位") }
        return ("－", "与上季度持平")
    }
}
