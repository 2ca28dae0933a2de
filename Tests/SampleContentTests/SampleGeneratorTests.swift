import Foundation
@testable import SampleContent
import TestSupport
import Testing

/// The generator's output: deterministic, complete, well-formed, and identical to the
/// committed `content/` folder.
@Suite struct SampleGeneratorTests {
    /// The sample; a generator that throws fails every test that uses it (`try!` would stop the run).
    static let generated = Result { try SampleGenerator().files() }
    static func sample() throws -> [(relativePath: String, text: String)] { try generated.get() }

    @Test func twoRunsGiveIdenticalFiles() throws {
        let again = try SampleGenerator().files()
        #expect(!again.isEmpty)
        #expect(try again.map(\.relativePath) == Self.sample().map(\.relativePath))
        #expect(try again.map(\.text) == Self.sample().map(\.text))
    }

    @Test func anotherSeedGivesOtherDetails() throws {
        let other = try SampleGenerator(seed: 7).files()
        #expect(try other.map(\.relativePath) == Self.sample().map(\.relativePath))
        #expect(try other.map(\.text) != Self.sample().map(\.text))
    }

    @Test func filesAreSortedAndComplete() throws {
        let paths = try Self.sample().map(\.relativePath)
        #expect(paths == paths.sorted())
        for required in ["site.yaml", "pages/about.md", "2017/year.yaml", "2017/police.yaml", "2017/index.md"] {
            #expect(paths.contains(required))
        }
        #expect(paths.filter { $0.hasPrefix("2017/communities/") && $0.hasSuffix(".yaml") }.count == 44)
    }

    @Test func fortyFourCommunitiesWithUniqueValidSlugs() throws {
        let slugs = SampleGenerator().communityRecords().map(\.slug)
        #expect(slugs.count == 44)
        #expect(Set(slugs).count == 44)
        #expect(Set(SampleGenerator().communityRecords().map(\.name)).count == 44)
        for slug in slugs { #expect(Self.isValidSlug(slug), "\(slug)") }
    }

    @Test(arguments: [1, 45, 150])
    func anyCountGivesOneFileAndOnePoliceEntryPerCommunity(count: Int) throws {
        let files = try SampleGenerator(communities: count).files()
        let communityFiles = files.filter { $0.relativePath.hasPrefix("2017/communities/") }
        #expect(communityFiles.count == count)
        let slugs = communityFiles.map { String($0.relativePath.dropFirst("2017/communities/".count).dropLast(".yaml".count)) }
        #expect(Set(slugs).count == count)
        for slug in slugs { #expect(Self.isValidSlug(slug)) }
        let police = try #require(files.first { $0.relativePath == "2017/police.yaml" }).text
        let entries = police.split(separator: "\n").filter { !$0.hasPrefix(" ") && !$0.hasPrefix("#") }.map { String($0.dropLast()) }
        #expect(entries.sorted() == slugs.sorted())
    }

    @Test func everyDateIsValidAndInsideTheYearUnlessMembership() throws {
        var keys: Set<String> = [], count = 0
        for file in try Self.sample() {
            for (date, key) in Self.dates(in: file.text) {
                keys.insert(key)
                count += 1
                let parts = date.split(separator: "-").compactMap { Int($0) }
                #expect(parts.count == 3 && SampleDay.isValid(parts[0], parts[1], parts[2]), "\(file.relativePath): \(date)")
                if key != "加入" && key != "退出" {
                    #expect(parts.first == 2017, "\(file.relativePath): \(key) \(date)")
                }
            }
        }
        #expect(count > 2000)
        #expect(keys.isSuperset(of: ["日期", "报备日期", "加入", "退出", "截止日期"]))
    }

    @Test func phoneNumbersAndTimesAreQuoted() throws {
        for file in try Self.sample() where file.relativePath.hasPrefix("2017/communities/") {
            #expect(!file.text.contains("电话: 1"))
            #expect(!file.text.contains("时段: 0") && !file.text.contains("时段: 1"))
            #expect(!file.text.contains("\t"))
            #expect(!file.text.contains("："), "full-width colon in \(file.relativePath)")
        }
    }

    /// content/ is exactly what `make sample` writes: `SampleGenerator.townSample` (2017, and
    /// 2018 cut off on 30 June), whose 2017 is this suite's one-year sample.
    @Test func committedContentMatchesTheGenerator() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("content")
        let enumerator = try #require(FileManager.default.enumerator(atPath: root.path))
        var committed: [String: [UInt8]] = [:]
        while let path = enumerator.nextObject() as? String {
            var isFolder: ObjCBool = false
            let url = root.appendingPathComponent(path)
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue {
                committed[path] = [UInt8](try Data(contentsOf: url))
            }
        }
        let sample = try SampleGenerator.townSample.files()
        #expect(committed.keys.sorted() == sample.map(\.relativePath),
                "content/ differs: run `make sample` (with --force to replace edited files)")
        #expect(sample.map(\.relativePath).contains("2018/year.yaml"))
        for file in sample {
            let identical = committed[file.relativePath] == Array(file.text.utf8)
            #expect(identical, "content/\(file.relativePath) differs from the generator's output")
        }
    }

    /// Without `--force`, regenerating over the folder it wrote is fine, but a file that is not as
    /// generated (a clerk's new community, an edited police.yaml) stops it, named, before anything
    /// is written; `make sample` once deleted such files without asking.
    @Test func regeneratingRefusesToReplaceEditedFiles() throws {
        let scratch = TemporaryFolder("sample-refuse")
        defer { scratch.remove() }
        let generator = SampleGenerator(communities: 3)
        #expect(try generator.write(to: scratch.url, force: false).written == 8)
        #expect(try generator.write(to: scratch.url, force: false).written == 8)
        try scratch.write("2017/communities/xinan.yaml", "社区: 新安社区\n")
        let police = try scratch.read("2017/police.yaml") + "# 派出所补充\n"
        try scratch.write("2017/police.yaml", police)
        #expect(throws: SampleGenerator.WouldReplace.self) { try generator.write(to: scratch.url, force: false) }
        do {
            try generator.write(to: scratch.url, force: false)
        } catch let error as SampleGenerator.WouldReplace {
            #expect(error.changed == ["2017/police.yaml"] && error.removed == ["2017/communities/xinan.yaml"])
            #expect(error.description.contains("会被删除：2017/communities/xinan.yaml"))
        }
        #expect(try scratch.read("2017/police.yaml") == police)
        #expect(try scratch.read("2017/communities/xinan.yaml") == "社区: 新安社区\n")
        #expect(try generator.write(to: scratch.url, force: true).removed == 1)
    }

    /// `--force` over an earlier run: community files this run does not generate are removed;
    /// other files, sub-folders and other years are left alone.
    @Test func writingRemovesStaleCommunityFilesOnly() throws {
        let manager = FileManager.default
        let scratch = TemporaryFolder("sample")
        defer { scratch.remove() }
        let folder = scratch.url
        let communities = folder.appendingPathComponent("2017/communities")
        #expect(try SampleGenerator(communities: 3).write(to: folder) == (8, 0))
        try manager.createDirectory(at: communities.appendingPathComponent("old.yaml"), withIntermediateDirectories: true)
        for kept in ["2017/communities/notes.txt", "2017/communities/draft.yml", "2016/communities/c00009.yaml", "2017/extra.md"] {
            let url = folder.appendingPathComponent(kept)
            try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("x".utf8).write(to: url)
        }
        try Data("x".utf8).write(to: communities.appendingPathComponent("hand-made.yaml"))

        #expect(try SampleGenerator(communities: 2).write(to: folder) == (7, 2))
        let left = try manager.contentsOfDirectory(atPath: communities.path).sorted()
        #expect(left == ["c00001.yaml", "c00002.yaml", "draft.yml", "notes.txt", "old.yaml"])
        for kept in ["2016/communities/c00009.yaml", "2017/extra.md"] {
            #expect(manager.fileExists(atPath: folder.appendingPathComponent(kept).path))
        }
    }

    static func isValidSlug(_ slug: String) -> Bool {
        guard let first = slug.unicodeScalars.first, Self.slugStart(first) else { return false }
        return slug.unicodeScalars.allSatisfy { Self.slugStart($0) || $0 == "-" }
    }

    private static func slugStart(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
    }

    /// Every `YYYY-MM-DD` in `text`, with the key it follows (`日期: 2017-03-05` → 日期).
    static func dates(in text: String) -> [(date: String, key: String)] {
        var found: [(String, String)] = []
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index + 10 <= scalars.count {
            let candidate = String(String.UnicodeScalarView(scalars[index..<(index + 10)]))
            let isDigit = { (i: Int) in ("0"..."9").contains(scalars[i]) }
            let shape = (0..<10).allSatisfy { [4, 7].contains($0) ? scalars[index + $0] == "-" : isDigit(index + $0) }
            if shape && (index + 10 == scalars.count || !isDigit(index + 10)) && (index == 0 || !isDigit(index - 1)) {
                var keyEnd = index - 1
                while keyEnd >= 0 && (scalars[keyEnd] == " " || scalars[keyEnd] == ":") { keyEnd -= 1 }
                var keyStart = keyEnd
                while keyStart > 0 && ![" ", "{", ",", "\n", "-"].contains(scalars[keyStart - 1]) { keyStart -= 1 }
                let key = keyEnd >= keyStart && keyStart >= 0 ? String(String.UnicodeScalarView(scalars[keyStart...keyEnd])) : ""
                found.append((candidate, key))
                index += 10
            } else {
                index += 1
            }
        }
        return found
    }
}
