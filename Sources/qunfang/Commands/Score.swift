import Site
import ArgumentParser
import Records
import Reports
import Scoring

/// `qunfang score`: print a year's scores.
struct Score: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "计算并输出某一年度的得分、排名、折算和补贴。"
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json, csv
    }

    @Option(help: ArgumentHelp("年度，例如 2017。", valueName: "年度"))
    var year: Int

    @Option(help: ArgumentHelp("只输出这一季度（1–4，年初至季末累计）。", valueName: "季度"))
    var quarter: Int?

    @Option(help: ArgumentHelp("输出格式：table（终端表格）、json、csv。", valueName: "格式"))
    var format: Format = .table

    @OptionGroup var options: ContentOptions

    func validate() throws {
        if let quarter, Quarter(rawValue: quarter) == nil {
            throw ValidationError("--quarter 应为 1 到 4 之间的整数，而不是 \(quarter)。")
        }
    }

    func run() throws {
        let content = try options.loadOrExit(warningsOfYear: year)
        guard let yearContent = content.year(year) else {
            let known = content.years.map { String($0.records.settings.year) }.joined(separator: "、")
            DiagnosticPrinter.printError("错误: \(options.content) 中没有 \(year) 年度的记录（已有：\(known.isEmpty ? "无" : known)）。")
            throw ExitCode(1)
        }
        let result = YearAssessment.score(yearContent.records, map: YearAssessment.onEveryCore)
        let selected = quarter.flatMap(Quarter.init(rawValue:))
        if let selected, !result.quarters.contains(where: { $0.quarter == selected }) {
            DiagnosticPrinter.printError(
                "警告: \(year)年\(selected.name)未考核（截止日期 \(result.settings.cutoff)）。")
        }
        switch format {
        case .table: print(Reports.table(result, quarter: selected), terminator: "")
        case .json: print(Reports.json(result, quarter: selected), terminator: "")
        case .csv: print(Reports.csv(result, quarter: selected, withBOM: true), terminator: "")
        }
    }
}
