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
    @discardableResult
    public func write(to folder: URL) throws -> (written: Int, removed: Int) {
        let manager = FileManager.default
        var created: Set<String> = []
        let generated = try files()
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
        let manager = FileManager.default
        let relativeFolder = "\(year)/communities"
        let communities = folder.appendingPathComponent(relativeFolder, isDirectory: true)
        var removed = 0
        for name in try manager.contentsOfDirectory(atPath: communities.path).sorted()
        where name.hasSuffix(".yaml") && !keeping.contains("\(relativeFolder)/\(name)") {
            let url = communities.appendingPathComponent(name)
            let kind = try manager.attributesOfItem(atPath: url.path)[.type] as? FileAttributeType
            guard kind == .typeRegular else { continue }
            try manager.removeItem(at: url)
            removed += 1
        }
        return removed
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
