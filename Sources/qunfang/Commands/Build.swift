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
        let content = try options.loadOrExit()
        let results = content.years.map { YearAssessment.score($0.records) }
        do {
            let progress = BuildProgress(started: started)
            let summary = try SiteBuilder(themesRoot: themes).build(
                content: content, results: results, output: output, progress: progress.update)
            progress.finish()
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

/// Progress of a long build on stderr. Nothing for the first second (short builds stay quiet);
/// then, on a terminal, one line updated in place (at most ten times a second), and elsewhere
/// (a log, CI) a plain line at every further 10 %. The summary line on stdout follows either way.
final class BuildProgress: @unchecked Sendable {
    private let lock = NSLock()
    private let started: ContinuousClock.Instant
    private let isTerminal = isatty(STDERR_FILENO) == 1
    private var lastDraw: ContinuousClock.Instant?
    private var lastTenth = 0
    private var drewLine = false

    init(started: ContinuousClock.Instant) {
        self.started = started
    }

    /// Called by the site builder after each file, from any thread.
    @Sendable func update(done: Int, total: Int) {
        lock.withLock {
            let now = ContinuousClock.now
            guard now - started >= .seconds(1), total > 0 else { return }
            let percent = done * 100 / total
            if isTerminal {
                if let lastDraw, now - lastDraw < .milliseconds(100), done < total { return }
                lastDraw = now
                drewLine = true
                FileHandle.standardError.write(Data("\r生成网站：\(done)/\(total) 个文件（\(percent)%）\u{1B}[K".utf8))
            } else if percent / 10 > lastTenth {
                lastTenth = percent / 10
                FileHandle.standardError.write(Data("生成网站：\(done)/\(total) 个文件（\(percent)%）\n".utf8))
            }
        }
    }

    /// Clears the updating line, so the summary starts on a clean line.
    func finish() {
        lock.withLock {
            if drewLine { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        }
    }
}
