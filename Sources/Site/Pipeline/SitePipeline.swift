import Records
import Scoring

/// The whole `build` pipeline as one call, load → validate → score → render → write, shared by
/// `qunfang build` and `qunfang serve` (which only parse arguments and report). Prints nothing:
/// the caller decides how to report, and passes the write's notices and checkpoints (`hooks`).
public struct SitePipeline: Sendable {
    public var content: String
    public var output: String
    public var themes: String
    public var hooks: BuildHooks

    public init(content: String, output: String, themes: String, hooks: BuildHooks = .silent) {
        self.content = content
        self.output = output
        self.themes = themes
        self.hooks = hooks
    }

    /// How a run ended.
    public enum Outcome: Sendable {
        /// The site was written; `warnings` did not stop it.
        case built(BuildSummary, warnings: [Diagnostic])
        /// Nothing was written (the previous site is untouched); every diagnostic, sorted.
        case failed([Diagnostic])
    }

    /// Refuses a dangerous output folder (the records, the themes, a project root, a folder that
    /// is not a previous qunfang site) before anything is read or touched: docs/safety.md.
    public func checkOutput() throws {
        try OutputGuard(protecting: [
            .init(path: content, role: "记录文件夹"), .init(path: themes, role: "主题文件夹"),
            .init(path: cacheFolder.path, role: "缓存文件夹"),
        ]).check(output: output)
    }

    /// The project's `.qunfang-cache/`, beside the content folder: never beside the output
    /// (docs/safety.md §7).
    public var cacheFolder: CacheFolder { CacheFolder(content: content) }

    /// The one summary line every build ends with: "已生成 site/：…，用时 1.23 秒。"
    public func summaryLine(_ summary: BuildSummary, since started: ContinuousClock.Instant) -> String {
        let elapsed = ContinuousClock.now - started
        let milliseconds = Int(elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000)
        return "已生成 \(output)/：\(summary)，用时 \(FixedPoint.formatFixed(milliseconds / 10, decimals: 2)) 秒。"
    }

    /// `progress` is told (from any thread) after each file of the site is written.
    ///
    /// Community files unchanged since the last successful build are not decoded again: their
    /// outcomes come from the record cache in the project's `.qunfang-cache/` (`CacheFolder`),
    /// which is rewritten only after the site was committed.
    public func run(progress: (@Sendable (_ stage: BuildStage, _ done: Int, _ total: Int) -> Void)? = nil) -> Outcome {
        let cacheFolder = self.cacheFolder
        let tool = RecordCache.runningToolVersion
        let cache = RecordCache.load(from: cacheFolder.recordsFile, toolVersion: tool)
        /// `progress` for one stage.
        func reporting(_ stage: BuildStage) -> (@Sendable (_ done: Int, _ total: Int) -> Void)? {
            guard let progress else { return nil }
            return { done, total in progress(stage, done, total) }
        }
        let loaded = ContentLoader(fileSystem: .local).load(root: content, cache: cache, progress: reporting(.loading))
        guard let records = loaded.content, !loaded.hasErrors else { return .failed(loaded.diagnostics.sorted()) }
        let scoring = YearAssessment.onEveryCore(reporting: reporting(.scoring))
        let results = records.years.map { YearAssessment.score($0.records, map: scoring) }
        do {
            var builder = SiteBuilder(themesRoot: themes)
            builder.toolVersion = tool
            builder.cacheFolder = cacheFolder
            builder.hooks = hooks
            let summary = try builder.build(content: records, results: results, output: output, progress: reporting(.writing))
            if !cache.isUnchanged { cache.save(in: cacheFolder) }
            return .built(summary, warnings: loaded.diagnostics.sorted())
        } catch let error as SiteError {
            return .failed((loaded.diagnostics + error.diagnostics).sorted())
        } catch {
            return .failed(loaded.diagnostics + [.error(.start(of: output), "生成网站失败：\(error)")])
        }
    }
}
