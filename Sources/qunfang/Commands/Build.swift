import ArgumentParser
import Foundation
import Records
import Scoring
import Site

/// `qunfang build`: validate everything, score every year, and write the whole site atomically.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "检查全部记录并生成整个网站（所有年度）；全部成功才替换输出文件夹。"
    )

    @OptionGroup var options: ContentOptions

    @Option(help: ArgumentHelp("网站输出文件夹。", valueName: "文件夹"))
    var output: String = "site"

    @Option(help: ArgumentHelp("主题所在的文件夹（site.yaml 的“主题”在其中选择）。", valueName: "文件夹"))
    var themes: String = "themes"

    func run() throws {
        let started = ContinuousClock.now
        // Refuse a dangerous output folder before reading or touching anything (docs/safety.md).
        do {
            try OutputGuard(protecting: [
                .init(path: options.content, role: "记录文件夹"), .init(path: themes, role: "主题文件夹"),
            ]).check(output: output)
        } catch let error as SiteError {
            DiagnosticPrinter.print(error.diagnostics)
            throw ExitCode(1)
        }
        let content = try options.loadOrExit()
        let results = content.years.map { YearAssessment.score($0.records) }
        do {
            let summary = try SiteBuilder(themesRoot: themes).build(content: content, results: results, output: output)
            let elapsed = ContinuousClock.now - started
            let milliseconds = Int(elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000)
            print("已生成 \(output)/：\(summary)，用时 \(FixedPoint.formatFixed(milliseconds / 10, decimals: 2)) 秒。")
        } catch let error as SiteError {
            DiagnosticPrinter.print(error.diagnostics)
            DiagnosticPrinter.printError("网站未生成，\(output)/ 保持原样。")
            throw ExitCode(1)
        }
    }
}
