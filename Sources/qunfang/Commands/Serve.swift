import ArgumentParser
import Dispatch
import Foundation
import Preview
import Scoring
import Site

/// `qunfang serve`: build, serve the output folder on 127.0.0.1, rebuild when a record or a
/// theme file changes, and reload the open page. A broken record keeps the last good site
/// served, with its diagnostics in the terminal and on the page.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "生成网站并在本机预览（只监听 127.0.0.1）；记录或主题改动后自动重新生成并刷新页面。",
        discussion: """
        用浏览器打开显示的地址即可预览。修改 content/ 或 themes/ 中的文件后，网站会自动重新生成，
        已打开的页面会自动刷新。记录有错误时，终端和页面上都会列出错误，页面仍显示上一次成功生成的网站。
        按 Ctrl-C 停止。
        """
    )

    @Option(help: ArgumentHelp("监听的端口（只在 127.0.0.1 上，其他电脑无法访问）。", valueName: "端口"))
    var port: Int = 8000

    @OptionGroup var site: SiteOptions

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("端口必须在 0 到 65535 之间（0 表示由系统挑一个空闲端口）。") }
    }

    func run() async throws {
        let pipeline = site.pipeline
        let output = pipeline.output
        let state = PreviewState()
        do {
            try pipeline.checkOutput()
        } catch let error as SiteError {
            DiagnosticPrinter.print(error.diagnostics)
            throw ExitCode(1)
        }
        // Stop on Ctrl-C from here on, even while the first build runs.
        let interrupts = Self.interrupts()

        let server: PreviewServer
        do {
            server = try await PreviewServer(port: UInt16(port), folder: SiteFolder(root: output), state: state)
        } catch let error as PreviewServer.StartError {
            DiagnosticPrinter.printError(error.description)
            throw ExitCode(1)
        }
        // Bound first, so a port in use is reported at once; the page reloads when this build ends.
        // The snapshot is taken before the build, so an edit made while it runs is not missed.
        let watcher = ChangeWatcher(roots: [pipeline.content, pipeline.themes])
        let initial = FolderSnapshot.take(watcher.roots)
        let ledger = WarningLedger()
        await state.rebuild { await Self.buildAndReport(pipeline, ledger: ledger) }
        Self.say("预览地址：\(server.url)")
        Self.say("正在监视 \(pipeline.content)/ 和 \(pipeline.themes)/，改动后自动重新生成并刷新页面；按 Ctrl-C 停止。")

        let watching = Task {
            await watcher.run(from: initial) { changed in
                Self.say("检测到改动：\(Self.describe(changed))，重新生成……")
                await state.rebuild { await Self.buildAndReport(pipeline, ledger: ledger) }
            }
        }

        for await _ in interrupts { break }
        watching.cancel()
        await watching.value
        await server.stop()
        Self.say("\n预览已停止。\(output)/ 中是最后一次成功生成的网站。")
    }

    /// Runs the pipeline off the cooperative pool (it blocks on file I/O) and prints its outcome
    /// the way `build` and `check` do.
    /// Warnings already shown by an earlier rebuild are not listed again, only counted.
    static func buildAndReport(_ pipeline: SitePipeline, ledger: WarningLedger) async -> BuildOutcome {
        let started = ContinuousClock.now
        let outcome = await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: pipeline.run()) }
        }
        switch outcome {
        case .built(let summary, let warnings):
            let (new, repeated) = ledger.sift(warnings)
            DiagnosticPrinter.print(new)
            if repeated > 0 { say("另有 \(repeated) 个警告与上次相同，不再重复列出。") }
            let message = pipeline.summaryLine(summary, since: started)
            say(message)
            return .built(message)
        case .failed(let diagnostics):
            DiagnosticPrinter.print(diagnostics)
            DiagnosticPrinter.printSummary(diagnostics)
            DiagnosticPrinter.printError("网站未更新：预览继续提供 \(pipeline.output)/ 中上一次成功生成的网站，改正后会自动重新生成。")
            return .failed(diagnostics)
        }
    }

    /// Writes a line to standard output at once (`print` is block-buffered when piped, `| tee log`).
    static func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    /// "content/2017/communities/hutang.yaml" or "content/… 等 3 个文件", relative to the current folder.
    static func describe(_ paths: [String]) -> String {
        let current = FileManager.default.currentDirectoryPath + "/"
        let shown = paths.map { $0.hasPrefix(current) ? String($0.dropFirst(current.count)) : $0 }
        guard let first = shown.first else { return "文件" }
        return shown.count == 1 ? first : "\(first) 等 \(shown.count) 个文件"
    }

    /// Ctrl-C (SIGINT) and SIGTERM as a stream, so the command can stop the server cleanly
    /// instead of being killed mid-build.
    static func interrupts() -> AsyncStream<Int32> {
        AsyncStream { continuation in
            let sources = [SIGINT, SIGTERM].map { number in
                signal(number, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
                source.setEventHandler { continuation.yield(number) }
                source.resume()
                return source
            }
            let retained = SignalSources(sources)
            continuation.onTermination = { _ in retained.cancel() }
        }
    }
}

/// Keeps the signal sources alive for as long as the stream is listened to.
private final class SignalSources: @unchecked Sendable {
    private let sources: [any DispatchSourceSignal]
    init(_ sources: [any DispatchSourceSignal]) { self.sources = sources }
    func cancel() { sources.forEach { $0.cancel() } }
}

/// The warnings of `serve`'s last build, so each rebuild lists only what changed: an edit that
/// leaves the other 19 warnings as they were prints none of them again (a warning that went away
/// and came back is new again).
final class WarningLedger: @unchecked Sendable {
    private let lock = NSLock()
    private var last: Set<Diagnostic> = []

    /// The warnings the last build did not have, and how many it had too; remembers these.
    func sift(_ warnings: [Diagnostic]) -> (new: [Diagnostic], repeated: Int) {
        lock.withLock {
            let new = warnings.filter { !last.contains($0) }
            last = Set(warnings)
            return (new, warnings.count - new.count)
        }
    }
}
