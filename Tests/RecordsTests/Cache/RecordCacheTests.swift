import Foundation
@testable import Records
import RecordsFixture
import SampleContent
import Scoring
import TestSupport
import Testing

/// A load through a warm cache must give exactly what decoding gives, and a cache that does not
/// match (changed bytes, changed year, damaged file) must only cost the shortcut.
@Suite struct RecordCacheTests {
    static let tool = "test-tool 1"
    static let second = "content/2017/communities/xinan.yaml"

    /// police.yaml with figures for the second community too.
    static let police: String = {
        let text = Fixtures.files[Fixtures.police]!
        return text + "\n" + text.replacingOccurrences(of: "hutang:", with: "xinan:")
    }()

    /// The fixture plus a second community with warnings (a record after the cut-off).
    static let withWarnings = Fixtures.content([
        second: Fixtures.communityHead + "培训:\n  - {日期: 2017-08-01, 主题: 晚于截止日期}\n",
        Fixtures.police: police,
    ])

    /// The same with an error in the second community (the content is then nil).
    static let withError = Fixtures.content([second: Fixtures.communityHead + "培训: 不是列表\n",
                                             Fixtures.police: police])

    /// police.yaml naming a community with no file, and a figure with too many decimals: its
    /// own diagnostic (kept with its outcome) and its cross-check (made again each time).
    static let withPoliceErrors: [String: [UInt8]] = {
        let base = Fixtures.files[Fixtures.police]!
        let xinan = base.replacingOccurrences(of: "hutang:", with: "xinan:").replacingOccurrences(of: "[92.5,", with: "[92.55,")
        return Fixtures.content([second: Fixtures.communityHead,
                                 Fixtures.police: base + "\n" + xinan + "\n" + base.replacingOccurrences(of: "hutang:", with: "ghost:")])
    }()

    static let contents = ["valid": Fixtures.content(), "warnings": withWarnings, "error": withError,
                           "police errors": withPoliceErrors]

    /// Loads `files` through `cache` (from the bytes a previous cache saved, if given).
    static func load(_ files: [String: [UInt8]], cache: RecordCache) -> LoadResult {
        ContentLoader(fileSystem: .memory(files)).load(root: "content", cache: cache)
    }

    /// The cache a cold load of `files` leaves, as the next build reads it back.
    static func warmCache(after files: [String: [UInt8]]) -> RecordCache {
        let cold = RecordCache(toolVersion: tool)
        _ = load(files, cache: cold)
        return RecordCache(bytes: cold.encoded(), toolVersion: tool)
    }

    /// Both results hold the same content (every record, setting and page) and diagnostics.
    static func expectSame(_ cached: LoadResult, _ decoded: LoadResult) {
        #expect(cached.diagnostics == decoded.diagnostics)
        #expect(cached.diagnostics.map(\.description) == decoded.diagnostics.map(\.description))
        #expect((cached.content == nil) == (decoded.content == nil))
        guard let cached = cached.content, let decoded = decoded.content else { return }
        #expect(cached.site == decoded.site)
        #expect(cached.pages == decoded.pages)
        #expect(cached.years.map(\.records) == decoded.years.map(\.records))
        #expect(cached.years.map(\.indexMarkdown) == decoded.years.map(\.indexMarkdown))
    }

    @Test(arguments: ["valid", "warnings", "error", "police errors"])
    func warmCacheGivesWhatDecodingGives(content: String) throws {
        let files = try #require(Self.contents[content])
        let communities = files.keys.filter { $0.contains("/communities/") }.count
        let warm = Self.warmCache(after: files)
        let result = Self.load(files, cache: warm)
        #expect(warm.hits == communities)
        #expect(warm.misses == 0)
        Self.expectSame(result, Fixtures.load(files))
        if content == "police errors" {
            let messages = result.diagnostics.filter { $0.location.file.hasSuffix("police.yaml") }.map(\.message)
            #expect(messages.contains { $0.contains("ghost") } && messages.contains { $0.contains("92.55") }, "\(messages)")
        }
    }

    @Test func warningsAndScoresSurviveTheCache() {
        #expect(Fixtures.load(Self.withWarnings).content != nil)
        #expect(Fixtures.load(Self.withError).content == nil)
        let result = Self.load(Self.withWarnings, cache: Self.warmCache(after: Self.withWarnings))
        #expect(result.diagnostics.contains { !$0.isError && $0.location.file == Self.second })
        let community = result.content?.years.first?.records.communities.first { $0.slug == "hutang" }
        #expect(community?.selfAssessment[6]?.points == Points(tenths: 235))
        #expect(community?.judgments[.q1]?[.braveryReported]?.value == false)
        #expect(community?.location.file == Fixtures.community)
    }

    @Test func aChangedFileOfTheSameSizeIsDecodedAgain() throws {
        let warm = Self.warmCache(after: Self.withWarnings)
        var changed = Self.withWarnings
        let text = try #require(Fixtures.files[Fixtures.community])
        let edited = text.replacingOccurrences(of: "得分: 23.5", with: "得分: 21.5")
        #expect(edited.utf8.count == text.utf8.count && edited != text)
        changed[Fixtures.community] = Array(edited.utf8)
        let result = Self.load(changed, cache: warm)
        #expect(warm.misses == 1)
        #expect(warm.hits == 1)
        Self.expectSame(result, Fixtures.load(changed))
        let community = result.content?.years.first?.records.communities.first { $0.slug == "hutang" }
        #expect(community?.selfAssessment[6]?.points == Points(tenths: 215))
    }

    @Test func aChangedYearInvalidatesEveryEntry() throws {
        let warm = Self.warmCache(after: Self.withWarnings)
        var changed = Self.withWarnings
        let text = try #require(Fixtures.files[Fixtures.year])
        changed[Fixtures.year] = Array(text.replacingOccurrences(of: "截止日期: 2017-06-30", with: "截止日期: 2017-09-30").utf8)
        let result = Self.load(changed, cache: warm)
        #expect(warm.hits == 0)
        #expect(warm.misses == 2)
        Self.expectSame(result, Fixtures.load(changed))
        // The training of 2017-08-01 is no longer after the cut-off.
        let afterCutoff = { (result: LoadResult) in
            result.diagnostics.contains { $0.location.file == Self.second && $0.message.contains("截止日期") }
        }
        #expect(afterCutoff(Fixtures.load(Self.withWarnings)) && !afterCutoff(result))
    }

    /// Only the files of this load are kept: a removed community leaves the cache.
    @Test func entriesOfRemovedFilesAreDropped() {
        let first = RecordCache(toolVersion: Self.tool)
        _ = Self.load(Self.withWarnings, cache: first)
        var fewer = Self.withWarnings
        fewer[Self.second] = nil
        let next = RecordCache(bytes: first.encoded(), toolVersion: Self.tool)
        _ = Self.load(fewer, cache: next)
        let after = RecordCache(bytes: next.encoded(), toolVersion: Self.tool)
        _ = Self.load(Self.withWarnings, cache: after)
        #expect((after.hits, after.misses) == (1, 1))
    }

    /// The whole sample content (44 communities: members with and without 电话, 加入 and 退出,
    /// duty slots with and without 区域, every kind of record) comes back from the cache exactly:
    /// the hand-written archiving of members and slots drops no field. The cache holds only
    /// masked phones: no full number and no 住址 of the records is among its bytes.
    @Test func theSampleContentRoundTripsThroughTheCache() throws {
        var files: [String: [UInt8]] = [:]
        for file in try SampleGenerator().files() { files["content/" + file.relativePath] = Array(file.text.utf8) }
        let warm = Self.warmCache(after: files)
        let result = Self.load(files, cache: warm)
        #expect(warm.hits == 44 && warm.misses == 0)
        Self.expectSame(result, ContentLoader(fileSystem: .memory(files)).load(root: "content"))
        let members = result.content?.years.first?.records.communities.flatMap { $0.teams.flatMap(\.members) } ?? []
        #expect(members.contains { $0.maskedPhone != nil } && members.contains { $0.maskedPhone == nil }
            && members.contains { $0.left != nil } && members.contains { $0.joined != nil })
        let texts = files.values.map { String(decoding: $0, as: UTF8.self) }
        let personal = PersonalData(records: texts)
        #expect(personal.phones.count > 100 && personal.addresses.count > 100)
        let bytes = warm.encoded()
        #expect(personal.leaks(in: bytes).isEmpty, "\(personal.leaks(in: bytes).prefix(5))")
    }

    /// A cache file written again whole is written from slices of the file it read, and the
    /// edited file's entry encoded afresh: byte for byte what encoding every entry from its
    /// fields would write, in a few pieces (the header, the entries before the edited one, it,
    /// those after it, police.yaml's among them), and it reads back whole.
    @Test func aCacheSavedFromTheFileItReadIsTheCacheEncodedAfresh() throws {
        var files: [String: [UInt8]] = [:]
        for file in try SampleGenerator().files() { files["content/" + file.relativePath] = Array(file.text.utf8) }
        let warm = Self.warmCache(after: files)
        let edited = try #require(files.keys.filter { $0.contains("/communities/") }.sorted().dropFirst(10).first)
        files[edited]! += Array("# 复核过\n".utf8)
        _ = Self.load(files, cache: warm)
        #expect(warm.misses == 1)
        #expect(warm.encodedPieces().count == 4)
        let reference = warm.encoded(reusingStored: false)
        #expect(warm.encoded() == reference)
        let next = RecordCache(bytes: reference, toolVersion: Self.tool)
        _ = Self.load(files, cache: next)
        #expect((next.hits, next.misses) == (44, 0))
    }

    /// After a few edits only the changed entries are written, beside the cache file, which is
    /// left as it was; the next build finds every file in the two. After many, the cache file
    /// is written whole again and the changes file removed.
    @Test func fewChangesAreSavedBesideTheCacheFile() throws {
        var files: [String: [UInt8]] = [:]
        for file in try SampleGenerator().files() { files["content/" + file.relativePath] = Array(file.text.utf8) }
        let scratch = TemporaryFolder("cache")
        defer { scratch.remove() }
        let folder = CacheFolder(content: scratch.path + "/content")
        let changes = RecordCache.changesFile(of: folder.recordsFile)
        func read(_ path: String) -> [UInt8]? { FileManager.default.contents(atPath: path).map { [UInt8]($0) } }
        let cold = RecordCache(toolVersion: Self.tool)
        _ = Self.load(files, cache: cold)
        cold.save(in: folder)
        let whole = try #require(read(folder.recordsFile))
        #expect(read(changes) == nil)

        let communities = files.keys.filter { $0.contains("/communities/") }.sorted()
        files[communities[3]]! += Array("# 复核过\n".utf8)
        let warm = RecordCache.load(from: folder.recordsFile, toolVersion: Self.tool)
        _ = Self.load(files, cache: warm)
        #expect(warm.misses == 1 && warm.keepsSource)
        warm.save(in: folder)
        #expect(read(folder.recordsFile) == whole)
        let changed = try #require(read(changes))
        #expect(changed.count < whole.count / 20)

        // A second edit: the changes file holds both edited files' entries.
        files[communities[7]]! += Array("# 复核过\n".utf8)
        let second = RecordCache.load(from: folder.recordsFile, toolVersion: Self.tool)
        _ = Self.load(files, cache: second)
        #expect((second.hits, second.misses) == (43, 1))
        second.save(in: folder)
        #expect(read(folder.recordsFile) == whole)
        let third = RecordCache.load(from: folder.recordsFile, toolVersion: Self.tool)
        Self.expectSame(Self.load(files, cache: third), Fixtures.load(files))
        #expect((third.hits, third.misses) == (44, 0) && third.isUnchanged)

        // Many edits: the cache file is written again, whole, and holds every entry itself.
        for community in communities.prefix(20) { files[community]! += Array("# 再次复核\n".utf8) }
        let many = RecordCache.load(from: folder.recordsFile, toolVersion: Self.tool)
        _ = Self.load(files, cache: many)
        #expect(!many.keepsSource)
        many.save(in: folder)
        #expect(read(changes) == nil)
        #expect(read(folder.recordsFile) == many.encoded(reusingStored: false))
        let after = RecordCache.load(from: folder.recordsFile, toolVersion: Self.tool)
        _ = Self.load(files, cache: after)
        #expect((after.hits, after.misses) == (44, 0))
    }

    /// A changes file that is damaged, or older than the cache file, or from another build of
    /// the tool, costs at most the decoding of the files it names: the results never change.
    @Test func aDamagedOrOutdatedChangesFileOnlyCostsDecoding() throws {
        let cold = RecordCache(toolVersion: Self.tool)
        _ = Self.load(Self.withWarnings, cache: cold)
        let whole = cold.encoded()
        var edited = Self.withWarnings
        edited[Self.second]! += Array("# 复核过\n".utf8)
        let warm = RecordCache(bytes: whole, toolVersion: Self.tool)
        _ = Self.load(edited, cache: warm)
        let changes = warm.encodedChanges()
        #expect(!changes.isEmpty)
        // Read with the edit: the changed entry is used.
        let fresh = RecordCache(bytes: whole, toolVersion: Self.tool, changes: changes)
        Self.expectSame(Self.load(edited, cache: fresh), Fixtures.load(edited))
        #expect(fresh.misses == 0)
        // The edit undone: the cache file's entry is used, the outdated change ignored.
        let undone = RecordCache(bytes: whole, toolVersion: Self.tool, changes: changes)
        Self.expectSame(Self.load(Self.withWarnings, cache: undone), Fixtures.load(Self.withWarnings))
        #expect(undone.misses == 0)
        // Damaged or foreign: ignored alone; the edited file is decoded, the others still come
        // from the cache file.
        var flipped = changes
        flipped[flipped.count / 2] ^= 0x01
        for bad in [Array(changes.dropLast()), flipped, [1, 2, 3]] {
            let cache = RecordCache(bytes: whole, toolVersion: Self.tool, changes: bad)
            Self.expectSame(Self.load(edited, cache: cache), Fixtures.load(edited))
            #expect(cache.misses <= 1 && cache.hits >= 1)
        }
        let otherTool = RecordCache(toolVersion: "test-tool 2")
        _ = Self.load(edited, cache: otherTool)
        let foreign = RecordCache(bytes: whole, toolVersion: Self.tool, changes: otherTool.encoded())
        _ = Self.load(edited, cache: foreign)
        #expect(foreign.misses == 1)
    }

    /// A cache that this load used whole, and nothing more, need not be written again.
    @Test func aLoadThatUsedEveryEntryAndNothingElseLeavesTheCacheUnchanged() {
        let cold = RecordCache(toolVersion: Self.tool)
        _ = Self.load(Self.withWarnings, cache: cold)
        #expect(!cold.isUnchanged, "a cold load decoded every file")
        let warm = Self.warmCache(after: Self.withWarnings)
        _ = Self.load(Self.withWarnings, cache: warm)
        #expect(warm.isUnchanged)
        var fewer = Self.withWarnings
        fewer[Self.second] = nil
        let shrunk = Self.warmCache(after: Self.withWarnings)
        _ = Self.load(fewer, cache: shrunk)
        #expect(!shrunk.isUnchanged, "a removed file must leave the cache")
    }

    enum Damage: String, CaseIterable {
        case empty, truncatedHalf, lastByteMissing, extraByte, flippedPayloadByte, headerGarbage, otherTool
    }

    @Test(arguments: Damage.allCases)
    func aDamagedCacheIsIgnored(damage: Damage) throws {
        let cold = RecordCache(toolVersion: Self.tool)
        _ = Self.load(Self.withWarnings, cache: cold)
        var bytes = cold.encoded()
        var tool = Self.tool
        switch damage {
        case .empty: bytes = []
        case .truncatedHalf: bytes.removeLast(bytes.count / 2)
        case .lastByteMissing: bytes.removeLast()
        case .extraByte: bytes.append(0)
        case .flippedPayloadByte:
            // Inside the payload of the last community file's entry, which ends where the entry
            // of police.yaml (its path's length, then its path) begins.
            let police = Array("content/2017/police.yaml".utf8)
            let start = try #require((0...(bytes.count - police.count)).first { Array(bytes[$0..<$0 + police.count]) == police })
            bytes[start - 8 - 20] ^= 0x01
        case .headerGarbage: bytes[3] = 0xFF
        case .otherTool: tool = "test-tool 2"
        }
        let cache = RecordCache(bytes: bytes, toolVersion: tool)
        let result = Self.load(Self.withWarnings, cache: cache)
        // A flipped byte inside one entry's payload costs that entry only.
        #expect(cache.hits == (damage == .flippedPayloadByte ? 1 : 0))
        Self.expectSame(result, Fixtures.load(Self.withWarnings))
    }

    /// Deferring, each cached community comes as its identity only, with every diagnostic, and
    /// gives its full record when asked.
    @Test func aDeferredLoadGivesIdentitiesAndTheFullRecordOnRequest() throws {
        let warm = Self.warmCache(after: Self.withWarnings)
        let deferred = ContentLoader(fileSystem: .memory(Self.withWarnings)).load(root: "content", cache: warm, deferring: true)
        let full = Fixtures.load(Self.withWarnings)
        #expect(deferred.diagnostics == full.diagnostics)
        let year = try #require(deferred.content?.years.first)
        let fullYear = try #require(full.content?.years.first)
        #expect(!fullYear.records.communities.isEmpty)
        #expect(year.deferred.count == fullYear.records.communities.count)
        #expect(year.recordFiles.count == fullYear.records.communities.count)
        for (identity, community) in zip(year.records.communities, fullYear.records.communities) {
            #expect(identity == community.identity)
            #expect(identity.teams.isEmpty && !community.teams.isEmpty)
            #expect(year.deferred[community.slug]?.community() == community)
        }
        // A cold cache has nothing to defer.
        let cold = ContentLoader(fileSystem: .memory(Self.withWarnings))
            .load(root: "content", cache: RecordCache(toolVersion: Self.tool), deferring: true)
        #expect(cold.content?.years.first?.deferred.isEmpty == true)
    }

    /// Scores kept beside a record come back without their reasons, and only for the police
    /// figures they were computed with.
    @Test func keptScoresComeBackOnlyForTheSamePoliceFigures() throws {
        let cold = RecordCache(toolVersion: Self.tool)
        let first = try #require(Self.load(Self.withWarnings, cache: cold).content?.years.first)
        let result = YearAssessment.score(first.records)
        let slug = try #require(first.records.communities.first?.slug)
        let scores = result.quarters.compactMap { $0.standing(of: slug)?.score }
        #expect(!scores.isEmpty && scores.contains { $0.items.contains { !$0.reasons.isEmpty } })
        let police = ScoreSummary.digest(of: first.records.police[slug])
        cold.record(ScoreSummary(police: police, scores: scores), forFile: try #require(first.recordFiles[slug]))
        let warm = RecordCache(bytes: cold.encoded(), toolVersion: Self.tool)
        let second = ContentLoader(fileSystem: .memory(Self.withWarnings)).load(root: "content", cache: warm, deferring: true)
        let later = try #require(second.content?.years.first?.deferred[slug])
        #expect(later.scores(police: police) == scores.map(\.withoutReasons))
        #expect(later.scores(police: police)?.map(\.total) == scores.map(\.total))
        var other = police
        other.add(1)
        #expect(later.scores(police: other) == nil)
    }

    @Test func aLoadWithoutCacheIsUnchanged() {
        Self.expectSame(ContentLoader(fileSystem: .memory(Self.withWarnings)).load(root: "content", cache: nil),
                        Fixtures.load(Self.withWarnings))
    }

    /// In the project: beside the content folder, named after it, whatever the output.
    @Test(arguments: [("content", "/.qunfang-cache/content.records"), ("records/2017/../content/", "/records/.qunfang-cache/content.records"),
                      ("/tmp/x/content", "/tmp/x/.qunfang-cache/content.records"), ("/srv/q/数据", "/srv/q/.qunfang-cache/数据.records")])
    func livesBesideTheContent(content: String, expected: String) {
        let file = CacheFolder(content: content).recordsFile
        #expect(file.hasSuffix(expected) && file.hasPrefix("/"))
        if !content.hasPrefix("/") { #expect(file == FileManager.default.currentDirectoryPath + expected) }
    }

    /// Written whole and private: the folder 0700 (also when an earlier version made it 0755),
    /// the file 0600; a cache folder that is a symbolic link is not written into.
    @Test func theCacheIsPrivateToTheUser() throws {
        let scratch = TemporaryFolder("cache")
        defer { scratch.remove() }
        let project = scratch.path
        let folder = CacheFolder(content: project + "/content")
        let cold = RecordCache(toolVersion: Self.tool)
        _ = Self.load(Self.withWarnings, cache: cold)
        cold.save(in: folder)
        func mode(_ path: String) -> mode_t {
            var info = stat()
            return lstat(path, &info) == 0 ? info.st_mode & 0o777 : 0
        }
        #expect(mode(folder.path) == 0o700 && mode(folder.recordsFile) == 0o600)
        #expect(FileManager.default.contents(atPath: folder.recordsFile).map { [UInt8]($0) } == cold.encoded())
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["content.records"])
        chmod(folder.path, 0o755)
        chmod(folder.recordsFile, 0o644)
        cold.save(in: folder)
        #expect(mode(folder.path) == 0o700 && mode(folder.recordsFile) == 0o600)

        try FileManager.default.removeItem(atPath: folder.path)
        try FileManager.default.createDirectory(atPath: project + "/elsewhere", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder.path, withDestinationPath: project + "/elsewhere")
        #expect(!folder.write([1, 2, 3], to: folder.recordsFile))
        #expect(try FileManager.default.contentsOfDirectory(atPath: project + "/elsewhere").isEmpty)
    }
}
