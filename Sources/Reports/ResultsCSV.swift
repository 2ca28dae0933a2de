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
        var rows = [csvHeader]
        let annual = Dictionary(uniqueKeysWithValues: (result.annual?.standings ?? []).map { ($0.slug, $0) })
        for quarterResult in result.quarters where quarter == nil || quarterResult.quarter == quarter {
            for standing in quarterResult.standings {
                let score = standing.score
                let yearEnd = quarterResult.quarter == .q4 ? annual[score.slug] : nil
                let veto = score.vetoes.summary
                rows.append(
                    [String(result.year), quarterResult.quarter.name, standing.rank.map(String.init) ?? "",
                     score.slug, score.name, score.policeStation ?? ""]
                        + score.items.map(\.points.description)
                        + [score.total.description, score.isVetoed ? "是（\(veto)）" : "否",
                           score.platformScore.description, String(standing.policeRank),
                           yearEnd?.converted ?? "", yearEnd?.band ?? "", yearEnd.map(\.subsidy.formattedYuan) ?? ""]
                )
            }
        }
        let body = rows.map { $0.map(csvField).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
        return (withBOM ? "\u{FEFF}" : "") + body
    }

    /// RFC 4180 quoting. A text cell starting with `=`, `+`, `-` or `@` is prefixed with `'` so a
    /// spreadsheet shows it as text instead of running it as a formula (CSV injection).
    static func csvField(_ text: String) -> String {
        var value = text
        if let first = value.unicodeScalars.first, "=+-@".unicodeScalars.contains(first),
           FixedPoint.parse(String(value.dropFirst()), decimals: 2) == nil {
            value = "'" + value
        }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
