import Foundation
import Testing
import TestSupport

/// A rebuild decodes unchanged records only as far as their community's identity and takes
/// their scores from the record cache, decoding in full only what a page to be made again prints
/// (docs/performance.md, “How a rebuild avoids work”). Whatever is edited, the site and what the
/// build prints must be exactly those of a build without any cache.
@Suite struct DeferredRebuildTests {
    /// Builds the project's content into `out/site` (kept, with the caches), then a copy of the
    /// same content in a project of its own with no cache at all, and compares the two.
    static func expectSameAsWithoutCache(_ project: ScratchProject, _ step: String) async throws {
        let kept = try await project.run("build", "--output", "out/site")
        #expect(kept.status == 0, "\(step): \(kept.stderr)")
        let reference = project.url("reference")
        try? FileManager.default.removeItem(at: reference)
        try FileManager.default.createDirectory(at: reference, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: project.url("content"), to: reference.appendingPathComponent("content"))
        let cold = try await CommandRunner.run(["build", "--themes", project.url("themes").path, "--output", "site"], in: reference)
        #expect(cold.status == 0, "\(step): \(cold.stderr)")
        #expect(RecordCacheBuildTests.withoutProgress(kept.stderr) == RecordCacheBuildTests.withoutProgress(cold.stderr), "\(step)")
        let built = FolderSnapshot.of(project.url("out/site").path)
        let expected = FolderSnapshot.of(reference.appendingPathComponent("site").path)
        let differing = Set(built.keys).union(expected.keys).filter { built[$0] != expected[$0] }.sorted()
        #expect(differing.isEmpty, "\(step): these files differ from a build without the cache: \(differing.prefix(10))")
    }

    static func replace(_ project: ScratchProject, _ path: String, _ old: String, _ new: String) throws {
        let text = try project.read(path)
        #expect(text.contains(old), "\(path) has no “\(old)”")
        try project.write(path, text.replacingOccurrences(of: old, with: new))
    }

    /// A cache entry whose identity reads but whose full record is damaged is found only when
    /// the record is needed in full: the build then loads everything again, without deferring.
    @Test func aRecordDamagedInTheCacheIsFoundLateAndTheBuildStillWhole() async throws {
        let project = try ScratchProject()
        defer { project.remove() }
        for step in ["cold", "warm"] { try await Self.expectSameAsWithoutCache(project, step) }
        // The last community file's full record ends where police.yaml's entry (its path's
        // length, then its path) begins.
        let cache = project.url(".qunfang-cache/content.records")
        var bytes = [UInt8](try Data(contentsOf: cache))
        let police = Array("content/2018/police.yaml".utf8)
        let start = try #require((0...(bytes.count - police.count)).first { Array(bytes[$0..<$0 + police.count]) == police })
        bytes[start - 8 - 20] ^= 0x01
        try Data(bytes).write(to: cache)
        // A new output folder: every scorecard must be made, so every record is needed in full.
        try FileManager.default.removeItem(at: project.url("out"))
        try await Self.expectSameAsWithoutCache(project, "a damaged record in the cache")
    }

    @Test func everyEditGivesTheSiteABuildWithoutTheCacheGives() async throws {
        let project = try ScratchProject()
        defer { project.remove() }
        let original = FolderSnapshot.of(project.url("content").path)
        // Cold, then with the scores kept, then with a kept site as the stage.
        for step in ["cold", "warm", "kept site"] { try await Self.expectSameAsWithoutCache(project, step) }
        let community = "content/2017/communities/baota.yaml"
        try Self.replace(project, community, "备注: |\n", "备注: |\n  补充说明一句。\n")
        try await Self.expectSameAsWithoutCache(project, "a note edited (no score moves)")
        try Self.replace(project, "content/2017/communities/hutang.yaml", "一把手负责: 是", "一把手负责: 否")
        try await Self.expectSameAsWithoutCache(project, "a judgment flipped (a total moves)")
        try Self.replace(project, "content/2017/police.yaml", "平台考核数: [92, 98.5, 90.5, 88.5]", "平台考核数: [92, 98.5, 90.5, 99.5]")
        try await Self.expectSameAsWithoutCache(project, "a police figure changed")
        try Self.replace(project, "content/2017/year.yaml", "申请人: 某某", "申请人: 另一人")
        try await Self.expectSameAsWithoutCache(project, "year.yaml changed")
        try FileManager.default.removeItem(at: project.url("content/2018/communities/binhu.yaml"))
        try Self.replace(project, "content/2018/police.yaml", "\nbinhu:", "\nbinhu-gone:")
        let removed = try await project.run("build", "--output", "out/site")
        #expect(removed.status == 1, "police.yaml names a community without a file")
        // Every edit undone: the original content, and the original site.
        try FileManager.default.removeItem(at: project.url("content"))
        try FileManager.default.copyItem(at: CommandRunner.packageRoot.appendingPathComponent("content"), to: project.url("content"))
        #expect(FolderSnapshot.of(project.url("content").path) == original)
        try await Self.expectSameAsWithoutCache(project, "every edit undone")
        try await Self.expectSameAsWithoutCache(project, "again")
    }
}
