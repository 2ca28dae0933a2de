import Scoring

/// A plain-text table aligned for a terminal, where a CJK character takes two columns.
struct TerminalTable {
    enum Alignment { case left, right }

    var headers: [String]
    var alignments: [Alignment]
    var rows: [[String]] = []

    func rendered() -> String {
        let all = [headers] + rows
        let widths = headers.indices.map { column in
            all.map { TerminalTable.displayWidth($0[column]) }.max() ?? 0
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - TerminalTable.displayWidth(cell))
                return alignments[column] == .left ? cell + padding : padding + cell
            }
            .joined(separator: "  ")
            .trimmingTrailingSpaces()
        }
        let rule = widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")
        return ([line(headers), rule] + rows.map(line)).joined(separator: "\n") + "\n"
    }

    /// Columns a string takes in a terminal: East Asian wide and full-width characters take two,
    /// combining marks and zero-width characters none, everything else one.
    static func displayWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { width, scalar in width + columns(of: scalar) }
    }

    static func columns(of scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value == 0 || value == 0x200B || (0x0300...0x036F).contains(value) || (0xFE00...0xFE0F).contains(value) {
            return 0
        }
        let wideRanges: [ClosedRange<UInt32>] = [
            0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
        ]
        return wideRanges.contains { $0.contains(value) } ? 2 : 1
    }
}

private extension String {
    func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}

extension Reports {
    /// Each assessed quarter (or only `quarter`) as a ranking table, then the annual result.
    public static func table(_ result: YearResult, quarter: Quarter? = nil) -> String {
        var sections: [String] = []
        let quarters = result.quarters.filter { quarter == nil || $0.quarter == quarter }
        if quarters.isEmpty {
            let which = quarter.map { "\(result.year)年\($0.name)" } ?? "\(result.year)年度"
            sections.append("\(which)未考核（截止日期 \(result.settings.cutoff)）。\n")
        }
        for quarterResult in quarters {
            var table = TerminalTable(
                headers: ["排名", "社区"] + (1...14).map(String.init) + ["总分", "治安排序", "一票否决"],
                alignments: [.right, .left] + Array(repeating: .right, count: 16) + [.left]
            )
            for standing in quarterResult.standings {
                let score = standing.score
                table.rows.append(
                    [standing.rank.map(String.init) ?? "—", score.name]
                        + score.items.map(\.points.description)
                        + [score.total.description, String(standing.policeRank),
                           score.vetoes.summary]
                )
            }
            sections.append("\(result.year)年\(quarterResult.quarter.name)考核（1月1日至季末累计）\n\n" + table.rendered())
        }
        if let annual = result.annual, quarter == nil {
            var table = TerminalTable(
                headers: ["排名", "社区", "总分", "折算分", "档次", "补贴（元）"],
                alignments: [.right, .left, .right, .right, .left, .right]
            )
            for standing in annual.standings {
                table.rows.append([
                    standing.rank.map(String.init) ?? "—", standing.name, standing.total.description,
                    standing.formattedConverted, standing.band ?? "", standing.subsidy.formattedYuan,
                ])
            }
            table.rows.append(["", "合计", "", "", "", annual.totalSubsidy.formattedYuan])
            sections.append("\(result.year)年度结果（折算满分 \(result.settings.conversionFullMarks)）\n\n" + table.rendered())
        }
        return sections.joined(separator: "\n")
    }
}
