import Foundation
import Parallel

/// Generates a complete, realistic `content/` folder: the town's 44 communities for the
/// sample year, or any number of them for benchmarks, over one year or several consecutive
/// ones. Deterministic: the same arguments give the same bytes on every run and every machine
/// (own PRNG, no clock).
///
/// The first year is always made exactly as a one-year run makes it. Each later year keeps
/// most SLUGs (a few communities leave, a few new ones join: `CommunityRoll`), carries each
/// remaining community's roster and its 本年 cases (as 上年) over, and draws the year's events
/// afresh (`LaterYearBuilder`); unless `changesRules` is false its 细则 carries one changed
/// parameter (`SampleRuleChange`). The last year may have a mid-year cut-off.
public struct SampleGenerator: Sendable {
    public var communities: Int
    /// The generated years, consecutive and ascending.
    public var years: [Int]
    public var seed: UInt64
    /// The last year's 截止日期, or nil for 12-31.
    public var cutoff: SampleCutoff?
    /// Whether the years after the first change one 细则 parameter.
    public var changesRules: Bool

    /// The first generated year.
    public var year: Int { years[0] }

    public init(communities: Int = 44, year: Int = 2017, seed: UInt64 = 2017) {
        self.init(communities: communities, years: [year], seed: seed)
    }

    public init(communities: Int = 44, years: [Int], seed: UInt64 = 2017, cutoff: SampleCutoff? = nil,
                changesRules: Bool = true) {
        precondition(communities >= 1 && communities <= 99_999, "communities must be 1…99999")
        precondition(!years.isEmpty && years.allSatisfy { $0 >= 1000 && $0 <= 9998 }, "years must have four digits")
        precondition(zip(years, years.dropFirst()).allSatisfy { $0 + 1 == $1 }, "years must be consecutive")
        precondition(cutoff.map { $0.year == years.last && $0.assessesAQuarter } ?? true,
                     "the cut-off must fall in the last year, on or after 31 March")
        self.communities = communities
        self.years = years
        self.seed = seed
        self.cutoff = cutoff
        self.changesRules = changesRules
    }

    /// The committed sample of `content/`, as `make sample` writes it: the town's 44
    /// communities in 2017 and 2018, 2018 cut off on 30 June with one changed 细则 parameter.
    public static let townSample = SampleGenerator(communities: 44, years: [2017, 2018], seed: 2017,
                                                   cutoff: SampleCutoff("2018-06-30"), changesRules: true)

    /// What each generated year is.
    var plans: [SampleYear] {
        years.enumerated().map { offset, year in
            SampleYear(year: year, offset: offset, cutoff: year == years.last ? cutoff?.sampleDay : nil,
                       changesRules: changesRules && offset > 0, firstYear: years[0])
        }
    }

    /// Every generated file with its path relative to the content folder, sorted by path.
    ///
    /// The pipeline, year by year: build each community's records (from its designed profile,
    /// and in later years from its records of the year before), render them without 自评, load
    /// and score them with the real loader and scorer (`RecordScoring`), then write each 自评
    /// from the actual item scores of the last assessed quarter. Throws `SampleContentError`
    /// only if the real loader refuses the generated records (a generator bug).
    public func files() throws -> [(relativePath: String, text: String)] {
        var files: [(relativePath: String, text: String)] = [
            ("site.yaml", YearFiles.site()),
            ("pages/about.md", YearFiles.about()),
        ]
        for year in try generatedYears() {
            let name = String(year.plan.year)
            files += [
                ("\(name)/year.yaml", YearFiles.yearSettings(year.plan)),
                ("\(name)/police.yaml", YearFiles.police(year.records, year: year.plan.year)),
                ("\(name)/index.md", YearFiles.index(year.records, plan: year.plan, left: year.left, joined: year.joined)),
            ]
            files.reserveCapacity(files.count + year.records.count)
            for (community, text) in zip(year.records, year.texts) {
                files.append(("\(name)/communities/\(community.slug).yaml", text))
            }
        }
        return files.sorted { Array($0.relativePath.utf8).lexicographicallyPrecedes(Array($1.relativePath.utf8)) }
    }

    /// One generated year: its communities with their 自评, each one's file text, and the
    /// communities that left and joined against the year before.
    struct GeneratedYear {
        let plan: SampleYear
        let entries: [CommunityEntry]
        let records: [SampleCommunity]
        let texts: [String]
        let left: [CommunityEntry]
        let joined: [CommunityEntry]
    }

    /// Every year of the run, in order.
    func generatedYears() throws -> [GeneratedYear] {
        var result: [GeneratedYear] = []
        var joinedSoFar = 0
        for plan in plans {
            guard let previous = result.last else {
                let entries = CommunityRoll.first(count: communities)
                var built = communityRecords()
                if plan.cutoff != nil {
                    built = built.indices.map { LaterYearBuilder.cutOff(built[$0], profile: DesignedProfiles.profile(index: $0), plan: plan) }
                }
                let (records, texts) = try assessedCommunities(built, plan: plan)
                result.append(GeneratedYear(plan: plan, entries: entries, records: records, texts: texts, left: [], joined: []))
                continue
            }
            let roll = CommunityRoll.next(after: previous.entries, count: communities, offset: plan.offset,
                                          seed: seed, joinedBefore: joinedSoFar)
            joinedSoFar += roll.joined.count
            var before: [String: SampleCommunity] = [:]
            for community in previous.records { before[community.slug] = community }
            let carried = roll.entries.map { before[$0.slug] }
            let entries = roll.entries
            let builder = LaterYearBuilder(plan: plan, seed: seed)
            let built = ParallelMap.map(count: entries.count, serialBelow: 65) { builder.community(entries[$0], previous: carried[$0]) }
            let (records, texts) = try assessedCommunities(built, plan: plan, profiles: entries.map(\.profileIndex))
            result.append(GeneratedYear(plan: plan, entries: entries, records: records, texts: texts,
                                        left: roll.left, joined: roll.joined))
        }
        return result
    }

    /// The first year's communities with their 自评 written from the real scores, and each one's file text.
    func assessedCommunities() throws -> (records: [SampleCommunity], texts: [String]) {
        try assessedCommunities(communityRecords(), plan: .single(year))
    }

    /// `communities` of `plan` with their 自评 written from the real scores of the last assessed
    /// quarter, and each one's file text; `profiles` are their designed profiles' indices
    /// (nil: the community's own position, as in the first year).
    func assessedCommunities(_ communities: [SampleCommunity], plan: SampleYear,
                             profiles: [Int]? = nil) throws -> (records: [SampleCommunity], texts: [String]) {
        let year = plan.year
        var communities = communities
        let unassessed = communities
        let sections = ParallelMap.map(count: unassessed.count, serialBelow: 65) { CommunityRenderer.records(unassessed[$0], year: year) }
        let annual = try RecordScoring.annualItems(of: unassessed, file: {
            CommunityRenderer.withoutSelfAssessment(records: sections[$0], unassessed[$0])
        }, plan: plan)
        for index in communities.indices {
            let profile = DesignedProfiles.profile(index: profiles?[index] ?? index)
            communities[index].selfAssessment = SelfAssessmentWriter.selfAssessment(
                communities[index], profile: profile, annual: annual[index], span: plan.span)
        }
        let assessed = communities
        let texts = ParallelMap.map(count: assessed.count, serialBelow: 65) { CommunityRenderer.render(records: sections[$0], assessed[$0]) }
        return (assessed, texts)
    }

    /// Writes every generated file under `folder`, creating folders as needed and overwriting
    /// generated files in place. Community files of the generated years that this run does not
    /// generate (`Y/communities/*.yaml` left from a run with more communities or another seed's
    /// SLUGs) are removed, so the folder holds exactly the generated communities; every other
    /// file is left alone. Returns the number of files written and removed.
    ///
    /// Without `force`, nothing is written when a file the run would overwrite or remove is not
    /// what the generator makes (a clerk's new community, an edited police.yaml): it throws
    /// `SampleGenerator.WouldReplace` naming them instead. Files already as generated are fine.
    @discardableResult
    public func write(to folder: URL, force: Bool = true) throws -> (written: Int, removed: Int) {
        let manager = FileManager.default
        var created: Set<String> = []
        let generated = try files()
        if !force {
            let changed = generated.filter { file in
                let path = folder.appendingPathComponent(file.relativePath).path
                guard let bytes = manager.contents(atPath: path) else { return false }
                return bytes != Data(file.text.utf8)
            }.map(\.relativePath)
            let stale = try staleCommunities(in: folder, keeping: Set(generated.map(\.relativePath)))
            if !(changed + stale).isEmpty { throw WouldReplace(changed: changed, removed: stale) }
        }
        for file in generated {
            let url = folder.appendingPathComponent(file.relativePath)
            let parent = url.deletingLastPathComponent()
            if created.insert(parent.path).inserted {
                try manager.createDirectory(at: parent, withIntermediateDirectories: true)
            }
            try SampleGenerator.writeFile(file.text, to: url.path)
        }
        let removed = try removeStaleCommunities(in: folder, keeping: Set(generated.map(\.relativePath)))
        return (generated.count, removed)
    }

    /// Removes the regular `*.yaml` files directly in each generated `folder/Y/communities/` that are not in
    /// `keeping` (paths relative to `folder`); sub-folders and other files are never touched.
    private func removeStaleCommunities(in folder: URL, keeping: Set<String>) throws -> Int {
        let stale = try staleCommunities(in: folder, keeping: keeping)
        for relative in stale { try FileManager.default.removeItem(at: folder.appendingPathComponent(relative)) }
        return stale.count
    }

    /// The regular `*.yaml` files directly in `folder/Y/communities/`, for each generated year
    /// Y, that are not in `keeping`.
    private func staleCommunities(in folder: URL, keeping: Set<String>) throws -> [String] {
        let manager = FileManager.default
        return try years.flatMap { year -> [String] in
            let relativeFolder = "\(year)/communities"
            let communities = folder.appendingPathComponent(relativeFolder, isDirectory: true)
            let names = (try? manager.contentsOfDirectory(atPath: communities.path)) ?? []
            return try names.sorted().filter { name in
                guard name.hasSuffix(".yaml"), !keeping.contains("\(relativeFolder)/\(name)") else { return false }
                let kind = try manager.attributesOfItem(atPath: communities.appendingPathComponent(name).path)[.type] as? FileAttributeType
                return kind == .typeRegular
            }.map { "\(relativeFolder)/\($0)" }
        }
    }

    /// Files a run without `force` would have overwritten (they differ from what it makes) or
    /// removed: nothing was written.
    public struct WouldReplace: Error, CustomStringConvertible {
        public let changed: [String]
        public let removed: [String]

        public var description: String {
            var lines = ["错误: 以下文件与生成器生成的内容不同，重新生成会改掉或删除它们，因此什么都没有写："]
            lines += changed.map { "  会被覆盖：\($0)" } + removed.map { "  会被删除：\($0)" }
            lines.append("提示：先备份或移走这些文件；确认要覆盖，请加 --force。")
            return lines.joined(separator: "\n")
        }
    }

    /// Writes `text` as UTF-8, replacing the file's contents in place (no temporary file:
    /// rewriting in place is what keeps repeated benchmark runs fast on ext4).
    static func writeFile(_ text: String, to path: String) throws {
        guard let handle = fopen(path, "wb") else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
        }
        var text = text
        let written = text.withUTF8 { fwrite($0.baseAddress, 1, $0.count, handle) }
        let closed = fclose(handle)
        guard written == text.utf8.count, closed == 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
        }
    }

    /// The first year's communities in the office's order, before their 自评 is written.
    func communityRecords() -> [SampleCommunity] {
        let builder = CommunityBuilder(year: year, seed: seed, count: communities)
        return ParallelMap.map(count: communities, serialBelow: 65, builder.community(index:))
    }
}
