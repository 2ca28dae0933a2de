import ArgumentParser
import Foundation
import Site

/// `qunfang build`: validate everything, score every year, and write the whole site atomically.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "检查全部记录并生成整个网站（所有年度）；全部成功才替换输出文件夹。"
    )

    @OptionGroup var site: SiteOptions

    func run() throws {
        let started = ContinuousClock.now
        var pipeline = site.pipeline
        // This process exits right after the build: what it held is left to the exit to reclaim.
        pipeline.freesMemory = false
        do {
            try pipeline.checkOutput()
        } catch let error as SiteError {
            DiagnosticPrinter.print(error.diagnostics)
            throw ExitCode(1)
        }
        let progress = BuildProgress(started: started)
        let outcome = pipeline.run(progress: progress.update)
        progress.finish()
        switch outcome {
        case .built(let summary, let warnings):
            DiagnosticPrinter.print(warnings)
            print(pipeline.summaryLine(summary, since: started))
        case .failed(let diagnostics):
            DiagnosticPrinter.print(diagnostics)
            DiagnosticPrinter.printSummary(diagnostics)
            DiagnosticPrinter.printError("网站未生成，\(pipeline.output)/ 保持原样。")
            throw ExitCode(1)
        }
    }
}
