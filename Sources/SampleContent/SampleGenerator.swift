import Foundation

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
    public func files() -> [(relativePath: String, text: String)] {
        let records = communityRecords()
        var files: [(relativePath: String, text: String)] = [
            ("site.yaml", YearFiles.site()),
            ("pages/about.md", YearFiles.about()),
            ("\(year)/year.yaml", YearFiles.yearSettings(year: year)),
            ("\(year)/police.yaml", YearFiles.police(records, year: year)),
            ("\(year)/index.md", YearFiles.index(records, year: year)),
        ]
        files.reserveCapacity(records.count + files.count)
        let year = self.year
        files += ParallelMap.map(count: records.count) { index in
            ("\(year)/communities/\(records[index].slug).yaml", CommunityRenderer.render(records[index], year: year))
        }
        return files.sorted { Array($0.relativePath.utf8).lexicographicallyPrecedes(Array($1.relativePath.utf8)) }
    }

    /// Writes every generated file under `folder`, creating folders as needed and overwriting
    /// generated files in place (other files are left alone). Returns the number of files written.
    @discardableResult
    public func write(to folder: URL) throws -> Int {
        let manager = FileManager.default
        var created: Set<String> = []
        let generated = files()
        for file in generated {
            let url = folder.appendingPathComponent(file.relativePath)
            let parent = url.deletingLastPathComponent()
            if created.insert(parent.path).inserted {
                try manager.createDirectory(at: parent, withIntermediateDirectories: true)
            }
            try SampleGenerator.writeFile(file.text, to: url.path)
        }
        return generated.count
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

    /// The generated communities in the office's order (internal: for tests and the overview).
    func communityRecords() -> [SampleCommunity] {
        let builder = CommunityBuilder(year: year, seed: seed, count: communities)
        return ParallelMap.map(count: communities, builder.community(index:))
    }
}
