import Parallel
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
    /// Whether what a run held is freed when it ends; false leaves it to the process's exit
    /// (`LeftToExit`), for a process that exits right after its one run (`qunfang build`).
    public var freesMemory = true

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
        switch run(deferring: true, progress: progress) {
        case .finished(let outcome): return outcome
        // A damaged entry of the record cache found late: load everything again, in full.
        case .retryInFull:
            guard case .finished(let outcome) = run(deferring: false, progress: progress) else {
                return .failed([.error(.start(of: content), "记录缓存无法使用；请删除 .qunfang-cache 后重新生成")])
            }
            return outcome
        }
    }

    /// How one run ended: with an outcome, or on a deferred record that turned out not to be
    /// decodable (never without deferring).
    private enum Attempt {
        case finished(Outcome)
        case retryInFull
    }

    /// One run.
    ///
    /// `deferring`: a record unchanged since the last build is decoded only as far as its
    /// community's identity, and its scores are taken from the cache (`ScoreSummary`) when its
    /// police figures are unchanged too; the site builder decodes in full the few that a page
    /// to be made again prints (`DeferredRecords`).
    private func run(deferring: Bool, progress: (@Sendable (_ stage: BuildStage, _ done: Int, _ total: Int) -> Void)?) -> Attempt {
        let cacheFolder = self.cacheFolder
        let tool = RecordCache.runningToolVersion
        let cache = RecordCache.load(from: cacheFolder.recordsFile, toolVersion: tool)
        /// `progress` for one stage.
        func reporting(_ stage: BuildStage) -> (@Sendable (_ done: Int, _ total: Int) -> Void)? {
            guard let progress else { return nil }
            return { done, total in progress(stage, done, total) }
        }
        let loaded = ContentLoader(fileSystem: .local).load(root: content, cache: cache, deferring: deferring,
                                                            progress: reporting(.loading))
        guard var records = loaded.content, !loaded.hasErrors else { return .finished(.failed(loaded.diagnostics.sorted())) }
        let scoring = YearAssessment.onEveryCore(reporting: reporting(.scoring))
        var results: [YearResult] = []
        for y in records.years.indices {
            guard let known = KnownScores(&records.years[y]) else { return .retryInFull }
            let result = YearAssessment.score(records.years[y].records, map: scoring, known: known.lookup)
            known.keep(result, of: records.years[y], in: cache)
            results.append(result)
        }
        do {
            var builder = SiteBuilder(themesRoot: themes)
            builder.toolVersion = tool
            builder.cacheFolder = cacheFolder
            builder.hooks = hooks
            builder.freesMemory = freesMemory
            builder.afterCommit = { if !cache.isUnchanged { cache.save(in: cacheFolder) } }
            let summary = try builder.build(content: records, results: results, output: output, progress: reporting(.writing))
            if !freesMemory { LeftToExit.leave((records, results, cache, loaded)) }
            return .finished(.built(summary, warnings: loaded.diagnostics.sorted()))
        } catch is DeferredRecords.Unavailable {
            return .retryInFull
        } catch let error as SiteError {
            return .finished(.failed((loaded.diagnostics + error.diagnostics).sorted()))
        } catch {
            return .finished(.failed(loaded.diagnostics + [.error(.start(of: output), "生成网站失败：\(error)")]))
        }
    }
}

/// The scores of a year's deferred communities kept from an earlier build for their current
/// police figures, by community index; a deferred community without them is decoded in full
/// first, to be scored.
private struct KnownScores: Sendable {
    let scores: [Int: [CommunityScore]]

    /// Nil when a deferred record cannot be decoded. The kept scores are decoded on every core.
    init?(_ year: inout YearContent) {
        let (communities, deferred, police) = (year.records.communities, year.deferred, year.records.police)
        let kept = ParallelMap.map(count: communities.count, serialBelow: 256) { index -> [CommunityScore]? in
            let slug = communities[index].slug
            return deferred[slug]?.scores(police: ScoreSummary.digest(of: police[slug]))
        }
        var scores: [Int: [CommunityScore]] = [:]
        for (index, community) in communities.enumerated() {
            guard let deferred = year.deferred[community.slug] else { continue }
            if let kept = kept[index] {
                scores[index] = kept
            } else {
                guard let full = deferred.community() else { return nil }
                year.records.communities[index] = full
                year.deferred[community.slug] = nil
            }
        }
        self.scores = scores
    }

    var lookup: @Sendable (Int) -> [CommunityScore]? { { [scores] in scores[$0] } }

    /// Keeps the scores of every community scored now (not known) for the next build.
    func keep(_ result: YearResult, of year: YearContent, in cache: RecordCache) {
        // Only the communities scored now are gathered (after an edit, one of 10,000).
        let scored = Set(year.records.communities.indices.filter { scores[$0] == nil }.map { year.records.communities[$0].slug })
        guard !scored.isEmpty else { return }
        var byCommunity: [String: [CommunityScore]] = [:]
        for quarter in result.quarters {
            for standing in quarter.standings where scored.contains(standing.score.slug) {
                byCommunity[standing.score.slug, default: []].append(standing.score)
            }
        }
        for (index, community) in year.records.communities.enumerated() where scores[index] == nil {
            guard let file = year.recordFiles[community.slug], let computed = byCommunity[community.slug] else { continue }
            let police = ScoreSummary.digest(of: year.records.police[community.slug])
            cache.record(ScoreSummary(police: police, scores: computed), forFile: file)
        }
    }
}
