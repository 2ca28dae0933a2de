import Foundation
import Parallel
import Records
import Scoring

/// The site stage: scored content in, a static site out (`render`), written atomically (`build`).
///
///     let builder = SiteBuilder(themesRoot: "themes")
///     let summary = try builder.build(content: content, results: results, output: "site")
///
/// Throws `SiteError` (located Chinese diagnostics) for a missing or broken theme, a year with
/// no result, or a failed write; nothing is replaced then. Pages are rendered on every core and
/// `build` streams each one to disk as it is done, so the whole site is never held in memory.
public struct SiteBuilder: Sendable {
    /// The folder holding theme folders (`themes`); the theme is `content.site.theme`.
    public var themesRoot: String
    public var resultFiles: ResultFiles
    /// When a year's booklet and forms are split into volumes (tests use small numbers).
    var volumes = Volumes()
    /// The build of the tool (its executable's path, size and time): with it, a rebuild tells
    /// an unchanged page from the digests of the files it is made of, without building its
    /// view (`SiteRenderer.inputs(of:)`). Empty: every page's view is fingerprinted.
    public var toolVersion = ""
    /// Where the render manifest and the replaced site (`KeptSite`) are kept: the project's
    /// `.qunfang-cache/` (never beside the output, docs/safety.md §7). Nil keeps none: every page is rendered each time (a file
    /// whose bytes did not change is still linked, not rewritten).
    public var cacheFolder: CacheFolder?
    /// Notices and checkpoints of the write (silent by default).
    public var hooks = BuildHooks.silent
    /// Whether what a build held is freed when it ends; false leaves it to the process's exit
    /// (`LeftToExit`).
    public var freesMemory = true
    /// Done once the new site is in place, on another core while the render manifest is
    /// written (the pipeline saves the record cache there: both are large files written whole,
    /// each on one core).
    public var afterCommit: (@Sendable () -> Void)?

    public init(themesRoot: String, resultFiles: ResultFiles = .reports) {
        self.themesRoot = themesRoot
        self.resultFiles = resultFiles
    }

    /// Renders and writes the whole site into `output`, replacing the previous site only on
    /// success. `progress` is called (from any thread) after each file with (done, total).
    @discardableResult
    public func build(content: Content, results: [YearResult], output: String,
                      progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil) throws -> BuildSummary {
        let theme = try Theme.load(root: themesRoot, name: content.site.theme, requestedAt: content.site.location)
        let pairs = try pair(content: content, results: results)
        let writer = SiteWriter(output: output, hooks: hooks)
        let stage = try writer.begin(keepingIn: cacheFolder)
        let output = stage.output.path
        let previous = stage.previousListing
        let incremental: IncrementalWriter
        let files: [SiteRenderer.File]
        do {
            (incremental, files) = try incrementalWriter(content: content, pairs: pairs, theme: theme, stage: stage,
                                                         previous: previous)
        } catch {
            stage.abandon()
            throw error
        }
        incremental.manifest.record(at: IncrementalWriter.markerPosition, SiteMarker.fileName,
                                    fingerprint: RenderManifest.unfingerprinted,
                                    stamp: stage.stamp(of: SiteMarker.fileName))
        let failure = FirstError()
        let counter = ProgressCounter(total: files.count, report: progress)
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            guard !failure.happened else { return }
            do {
                try incremental.place(index, of: files)
                counter.advance()
            } catch {
                failure.record(error)
            }
        }
        if let error = failure.error {
            stage.abandon()
            throw SiteWriter.located(error, output: output)
        }
        // The old manifest describes the old site: set it aside before the swap (it becomes the
        // kept site's), write the new one after.
        if stage.previous != nil {
            stage.kept?.setAsideManifest()
        } else if let cacheFolder {
            RenderManifest.remove(from: cacheFolder, output: output)
        }
        var summary = try stage.commit(previousListing: previous, placed: incremental.manifest.placed)
        summary.rendered = incremental.made.value
        summary.copiedScorecards = incremental.copied.value
        let cacheFolder = self.cacheFolder, afterCommit = self.afterCommit
        _ = ParallelMap.both({
            if let cacheFolder {
                var manifest = incremental.manifest.result
                manifest.output = output
                manifest.write(to: cacheFolder, output: output)
            }
        }, { afterCommit?() })
        // Earlier versions kept their caches beside the output, perhaps in a web server's folder.
        CacheFolder.removeOldCaches(besideOutput: output)
        if !freesMemory { LeftToExit.leave((theme, pairs, stage, previous, incremental, files)) }
        return summary
    }

    /// The writer of the stage and the files of the site (listed once), with every community
    /// that a page to be made again prints in full (`DeferredRecords`) when some were loaded
    /// with their identity only.
    private func incrementalWriter(content: Content, pairs: [(content: YearContent, result: YearResult)], theme: Theme,
                                   stage: StagedSite, previous: RenderManifest) throws
        -> (IncrementalWriter, [SiteRenderer.File]) {
        let renderer = renderer(content: content, pairs: pairs, theme: theme)
        let files = renderer.files
        var writer = IncrementalWriter(renderer: renderer, stage: stage, previous: previous, count: files.count)
        guard pairs.contains(where: { !$0.content.deferred.isEmpty }) else { return (writer, files) }
        let (needed, checks) = DeferredRecords.needed(by: files, writer: writer)
        if !needed.isEmpty {
            // The same files with the same inputs: completing adds reasons and record details,
            // which no fingerprint is made of, and keeps what the files are listed from.
            let completed = try DeferredRecords.complete(needed, in: pairs)
            writer = IncrementalWriter(renderer: renderer.completing(completed, changed: Set(needed.keys)),
                                       stage: stage, previous: previous, count: files.count)
        }
        writer.known = checks
        return (writer, files)
    }

    /// Every file of the site, in memory, sorted by path. Pure apart from reading the theme.
    public func render(content: Content, results: [YearResult]) throws -> [SiteFile] {
        let renderer = try renderer(content: content, results: results)
        let files = renderer.files
        return ParallelMap.map(count: files.count) { renderer.render(files[$0]) }.sorted { $0.path < $1.path }
    }

    func renderer(content: Content, results: [YearResult]) throws -> SiteRenderer {
        let theme = try Theme.load(root: themesRoot, name: content.site.theme, requestedAt: content.site.location)
        return renderer(content: content, pairs: try pair(content: content, results: results), theme: theme)
    }

    func renderer(content: Content, pairs: [(content: YearContent, result: YearResult)], theme: Theme) -> SiteRenderer {
        SiteRenderer(content: content, pairs: pairs, theme: theme, resultFiles: resultFiles, volumes: volumes,
                     toolVersion: toolVersion)
    }

    /// Each year folder with its result, oldest first; every year needs exactly its own result,
    /// and page names must be safe file names.
    func pair(content: Content, results: [YearResult]) throws -> [(content: YearContent, result: YearResult)] {
        var problems: [Diagnostic] = []
        var pairs: [(content: YearContent, result: YearResult)] = []
        for year in content.years.sorted(by: { $0.records.settings.year < $1.records.settings.year }) {
            let settings = year.records.settings
            if let result = results.first(where: { $0.year == settings.year }) {
                pairs.append((year, result))
            } else {
                problems.append(.error(settings.location, "\(settings.year)年度没有评分结果，无法生成网站"))
            }
        }
        // The loader's rule, for content built in memory without it.
        for free in content.pages {
            if let problem = SitePathName.problem(of: free.name) ?? (free.name.hasPrefix(".") ? "不能以“.”开头" : nil) {
                problems.append(.error(free.location, "页面文件名“\(free.name)”不能用作网址：\(problem)"))
            }
        }
        guard problems.isEmpty else { throw SiteError(problems) }
        return pairs
    }
}
