import Foundation
import Scoring

extension Reports {
    /// The CSV's header: one row per community and assessed quarter; the annual columns
    /// (折算分, 补贴档次, 补贴金额) are filled on the 四季度 rows, which are the annual result.
    static var csvHeader: [String] {
        ["年度", "季度", "排名", "代码", "社区", "派出所"]
            + AssessmentItem.titles.enumerated().map { "\($0.offset + 1).\($0.element)" }
            + ["总分", "一票否决", "平台考核数", "治安状况排名", "折算分", "补贴档次", "补贴金额（元）"]
    }

    /// UTF-8 CSV with CRLF line ends, every field quoted when needed; `withBOM` prefixes U+FEFF so
    /// Excel and WPS detect UTF-8. `quarter` limits the rows to that quarter.
    public static func csv(_ result: YearResult, quarter: Quarter? = nil, withBOM: Bool) -> String {
        var rows = [csvHeader.map(CSVCell.text)]
        let annual = Dictionary(uniqueKeysWithValues: (result.annual?.standings ?? []).map { ($0.slug, $0) })
        for quarterResult in result.quarters where quarter == nil || quarterResult.quarter == quarter {
            for standing in quarterResult.standings {
                let score = standing.score
                let yearEnd = quarterResult.quarter == .q4 ? annual[score.slug] : nil
                let veto = score.vetoes.summary
                rows.append(
                    [.number(String(result.year)), .text(quarterResult.quarter.name),
                     .number(standing.rank.map(String.init) ?? ""),
                     .text(score.slug), .text(score.name), .text(score.policeStation ?? "")]
                        + score.items.map { .number($0.points.description) }
                        + [.number(score.total.description), .text(score.isVetoed ? "是：\(veto)" : "否"),
                           .number(score.platformScore.description), .number(String(standing.policeRank)),
                           .number(yearEnd?.converted ?? ""), .text(yearEnd?.band ?? ""),
                           .number(yearEnd.map(\.subsidy.formattedYuan) ?? "")]
                )
            }
        }
        let body = rows.map { $0.map(\.field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
        return (withBOM ? "\u{FEFF}" : "") + body
    }
}

/// One cell of the results CSV. Text cells are neutralised against formula injection; number
/// cells (written by qunfang from exact values, never by the user) stay numbers.
enum CSVCell {
    case text(String)
    case number(String)

    /// The first characters that make a spreadsheet read a cell as a formula, or (TAB, CR) hide
    /// one behind whitespace it skips. `=1` and `-0` count too: a user's text is never a number.
    static let formulaStarts: [Unicode.Scalar] = ["=", "+", "-", "@", "\t", "\r"]

    /// RFC 4180 quoting; a text cell starting with one of `formulaStarts` is prefixed with `'`
    /// so a spreadsheet shows it as text instead of running it.
    var field: String {
        var value: String
        switch self {
        case .number(let number): value = number
        case .text(let text):
            value = text
            if let first = text.unicodeScalars.first, Self.formulaStarts.contains(first) { value = "'" + text }
        }
        // Scalars, not Characters: "\r\n" is one Character, equal to neither "\r" nor "\n".
        guard value.unicodeScalars.contains(where: { ",\"\r\n".unicodeScalars.contains($0) }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
