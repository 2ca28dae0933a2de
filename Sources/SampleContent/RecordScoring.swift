import Parallel
import Records
import Scoring

/// Scores generated records with the real pipeline, so the generator carries no copy of the
/// rules of its own: the community files (without 自评) are loaded from memory by `ContentLoader`
/// and scored by `YearAssessment`, exactly as `qunfang score` would score them from disk.
///
/// Communities are scored in independent batches, each a small content folder of its own
/// (site.yaml, year.yaml, its communities and their police.yaml entries), loaded and scored on
/// all cores. A community's item scores depend only on its own records, the year's settings and
/// its police figures, so batching never changes a score; it only bounds the size of each
/// police.yaml (the loader's node limit) and spreads the work.
enum RecordScoring {
    /// The in-memory content folder's name, as diagnostics print it.
    static let root = "content"
    /// Communities per batch: small enough that the batches spread over both cores, and each
    /// batch's police.yaml (about 70 values a community) stays small.
    static let largestBatch = 500

    /// The item scores of each community at the last assessed quarter (Q4, the annual result,
    /// unless the year has a mid-year cut-off), in the order of `communities`.
    /// `file(i)` is the text of community `i`'s file as the loader should read it; it is asked
    /// for batch by batch, so only one batch of texts per core is held at a time.
    static func annualItems(of communities: [SampleCommunity], file: @Sendable (Int) -> String,
                            year: Int) throws -> [[ItemScore]] {
        try annualItems(of: communities, file: file, plan: .single(year))
    }

    static func annualItems(of communities: [SampleCommunity], file: @Sendable (Int) -> String,
                            plan: SampleYear) throws -> [[ItemScore]] {
        let batches = batchRanges(count: communities.count)
        let scored = ParallelMap.map(count: batches.count, serialBelow: 2) { batch in
            Result { try annualItems(of: communities, file: file, range: batches[batch], plan: plan) }
        }
        return try scored.flatMap { try $0.get() }
    }

    /// Consecutive index ranges covering `0..<count`: one for the town's 44, a few per core for more.
    static func batchRanges(count: Int) -> [Range<Int>] {
        let perCore = (count + 2 * ParallelMap.cores - 1) / (2 * ParallelMap.cores)
        let size = min(largestBatch, max(100, perCore))
        return stride(from: 0, to: count, by: size).map { $0..<min(count, $0 + size) }
    }

    static func annualItems(of communities: [SampleCommunity], file: (Int) -> String, range: Range<Int>,
                            year: Int) throws -> [[ItemScore]] {
        try annualItems(of: communities, file: file, range: range, plan: .single(year))
    }

    /// Loads and scores one batch; throws when the records do not load cleanly or no quarter is
    /// assessed (the last assessed one must be the one the cut-off says).
    static func annualItems(of communities: [SampleCommunity], file: (Int) -> String, range: Range<Int>,
                            plan: SampleYear) throws -> [[ItemScore]] {
        let year = plan.year
        let batch = Array(communities[range])
        var memory: [String: [UInt8]] = [
            "\(root)/site.yaml": Array(YearFiles.site().utf8),
            "\(root)/\(year)/year.yaml": Array(YearFiles.yearSettings(plan).utf8),
            "\(root)/\(year)/police.yaml": Array(YearFiles.police(batch, year: year).utf8),
        ]
        for index in range {
            memory["\(root)/\(year)/communities/\(communities[index].slug).yaml"] = Array(file(index).utf8)
        }
        let loaded = ContentLoader(fileSystem: .memory(memory)).load(root: root)
        guard let records = loaded.content?.year(year)?.records else {
            throw SampleContentError(diagnostics: loaded.diagnostics.filter(\.isError))
        }
        let quarters = YearAssessment.score(records).quarters
        guard let annual = quarters.last, quarters.count == plan.assessedQuarters else {
            throw SampleContentError(diagnostics: [], message: "\(year) 年没有已考核的季度，无法按实际得分填写自评")
        }
        let items = Dictionary(uniqueKeysWithValues: annual.standings.map { ($0.score.slug, $0.score.items) })
        return try batch.map { community in
            guard let scores = items[community.slug] else {
                throw SampleContentError(diagnostics: [], message: "社区“\(community.slug)”没有得分")
            }
            return scores
        }
    }
}

/// Generated content that the real loader refused: a bug in the generator, reported with the
/// loader's own diagnostics rather than a crash.
public struct SampleContentError: Error, CustomStringConvertible, Sendable {
    /// The loader's errors (at most the first 20 are printed).
    public var diagnostics: [Diagnostic]
    public var message: String

    init(diagnostics: [Diagnostic], message: String = "生成的记录未能通过检查（生成器的缺陷）") {
        self.diagnostics = diagnostics
        self.message = message
    }

    public var description: String {
        ([message] + diagnostics.prefix(20).map(\.description)).joined(separator: "\n")
    }
}
