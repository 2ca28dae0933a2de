import Foundation
import Parallel

/// Generates a complete, realistic `content/` folder: the town's 44 communities for the
/// sample year, or any number of them for benchmarks. Deterministic: the same arguments give
/// the same bytes on every run and every machine (own PRNG, no clock).
public struct SampleGenerator: Sendable {
    public var communities: Int
    public var year: Int
    public var seed: UInt64

    public init(communities: Int = 44, year: Int = 2017, seed: UInt64 = 2017) {
        precondition(communities >= 1 && communities <= 99_999, "communities must be 1…99999")
        precondition(year >= 1000 && year <= 9998, "year must have four digits")
        self.communities = communities
        self.year = year
        self.seed = seed
    }

    /// Every generated file with its path relative to the content folder, sorted by path.
    ///
    /// The pipeline: build each community's records from its designed profile, render them
    /// without 自评, load and score them with the real loader and scorer (`RecordScoring`),
    /// then write each 自评 from the actual annual item scores. Throws `SampleContentError`
    /// only if the real loader refuses the generated records (a generator bug).
    public func files() throws -> [(relativePath: String, text: String)] {
        let (records, texts) = try assessedCommunities()
        var files: [(relativePath: String, text: String)] = [
            ("site.yaml", YearFiles.site()),
            ("pages/about.md", YearFiles.about()),
            ("\(year)/year.yaml", YearFiles.yearSettings(year: year)),
            ("\(year)/police.yaml", YearFiles.police(records, year: year)),
            ("\(year)/index.md", YearFiles.index(records, year: year)),
        ]
        files.reserveCapacity(records.count + files.count)
        for (community, text) in zip(records, texts) {
            files.append(("\(year)/communities/\(community.slug).yaml", text))
        }
        return files.sorted { Array($0.relativePath.utf8).lexicographicallyPrecedes(Array($1.relativePath.utf8)) }
    }

    /// The communities with their 自评 written from the real scores, and each one's file text.
    func assessedCommunities() throws -> (records: [SampleCommunity], texts: [String]) {
        let year = self.year
        var communities = communityRecords()
        let unassessed = communities
        let sections = ParallelMap.map(count: unassessed.count, serialBelow: 65) { CommunityRenderer.records(unassessed[$0], year: year) }
        let annual = try RecordScoring.annualItems(of: unassessed, file: {
            CommunityRenderer.withoutSelfAssessment(records: sections[$0], unassessed[$0])
        }, year: year)
        for index in communities.indices {
            communities[index].selfAssessment = SelfAssessmentWriter.selfAssessment(
                communities[index], profile: DesignedProfiles.profile(index: index), annual: annual[index])
        }
        let assessed = communities
        let texts = ParallelMap.map(count: assessed.count, serialBelow: 65) { CommunityRenderer.render(records: sections[$0], assessed[$0]) }
        return (assessed, texts)
    }

    /// Writes every generated file under `folder`, creating folders as needed and overwriting
    /// generated files in place. Community files of the generated year that this run does not
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

    /// Removes the regular `*.yaml` files directly in `folder/Y/communities/` that are not in
    /// `keeping` (paths relative to `folder`); sub-folders and other files are never touched.
    private func removeStaleCommunities(in folder: URL, keeping: Set<String>) throws -> Int {
        let stale = try staleCommunities(in: folder, keeping: keeping)
        for relative in stale { try FileManager.default.removeItem(at: folder.appendingPathComponent(relative)) }
        return stale.count
    }

    /// The regular `*.yaml` files directly in `folder/Y/communities/` that are not in `keeping`.
    private func staleCommunities(in folder: URL, keeping: Set<String>) throws -> [String] {
        let manager = FileManager.default
        let relativeFolder = "\(year)/communities"
        let communities = folder.appendingPathComponent(relativeFolder, isDirectory: true)
        let names = (try? manager.contentsOfDirectory(atPath: communities.path)) ?? []
        return try names.sorted().filter { name in
            guard name.hasSuffix(".yaml"), !keeping.contains("\(relativeFolder)/\(name)") else { return false }
            let kind = try manager.attributesOfItem(atPath: communities.appendingPathComponent(name).path)[.type] as? FileAttributeType
            return kind == .typeRegular
        }.map { "\(relativeFolder)/\($0)" }
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

    /// The generated communities in the office's order, before their 自评 is written.
    func communityRecords() -> [SampleCommunity] {
        let builder = CommunityBuilder(year: year, seed: seed, count: communities)
        return ParallelMap.map(count: communities, serialBelow: 65, builder.community(index:))
    }
}
