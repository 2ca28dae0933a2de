import Foundation
import Testing
import TestSupport

/// Input and output failures end the build with a clear Chinese message and exit status 1,
/// and the previous site stays exactly as it was.
@Suite struct IOFailureTests {
    /// Runs a build of `content` over a copy of site A and checks it failed cleanly.
    func expectCleanFailure(content: String, output: String = "out/site", themes: String = Harness.themes,
                            message: String, _ sites: SampleSites) throws {
        let folder = try sites.folderWithSiteA()
        let result = try Harness.run(["build", "--content", content, "--output", output, "--themes", themes], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("错误: "), "\(result.stderr)")
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(FolderSnapshot.of(folder + "/out/site") == sites.siteA)
        #expect(!FolderSnapshot.entries(folder + "/out").contains { $0.hasPrefix("site.") })
    }

    func copyOfContent(_ sites: SampleSites) throws -> String {
        let copy = TemporaryFolder("process").path + "/content"
        try FileManager.default.copyItem(atPath: sites.contentA, toPath: copy)
        return copy
    }

    /// A record that cannot be read. As root, permissions do not stop reads, so a record that is
    /// a dangling symbolic link stands in; as another user, a record with mode 000 as well.
    @Test func aDanglingRecord() throws {
        let sites = try #require(SampleSites.shared)
        let content = try copyOfContent(sites)
        try FileManager.default.createSymbolicLink(atPath: content + "/2017/communities/zz.yaml",
                                                   withDestinationPath: "/nonexistent/zz.yaml")
        try expectCleanFailure(content: content, message: "zz.yaml", sites)
    }

    @Test(.enabled(if: getuid() != 0, "root reads files whatever their mode"))
    func anUnreadableRecord() throws {
        let sites = try #require(SampleSites.shared)
        let content = try copyOfContent(sites)
        let record = try #require(FileManager.default.contentsOfDirectory(atPath: content + "/2017/communities").sorted().first)
        chmod(content + "/2017/communities/" + record, 0)
        try expectCleanFailure(content: content, message: "没有读取权限", sites)
    }

    /// An output whose parent cannot be created or written, even by root (/proc, /sys).
    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/proc/version")),
          arguments: [("/proc/qunfang-test/site", "无法建立输出文件夹的上级"), ("/proc/version/site", "不是文件夹")])
    func anOutputThatCannotBeWritten(output: String, message: String) throws {
        let sites = try #require(SampleSites.shared)
        let folder = TemporaryFolder("process").path
        let result = try Harness.run(Harness.buildArguments(content: sites.contentA, output: output), in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }

    @Test(.enabled(if: getuid() != 0, "root may write anywhere"))
    func aReadOnlyParent() throws {
        let sites = try #require(SampleSites.shared)
        let folder = try sites.folderWithSiteA()
        chmod(folder + "/out", 0o555)
        defer { chmod(folder + "/out", 0o755) }
        let result = try Harness.run(Harness.buildArguments(content: sites.contentB, output: "out/site"), in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("原有网站未改动"), "\(result.stderr)")
        #expect(FolderSnapshot.of(folder + "/out/site") == sites.siteA)
    }

    /// A theme missing a partial is refused, naming the file.
    @Test func aThemeMissingAPartial() throws {
        let sites = try #require(SampleSites.shared)
        let themes = TemporaryFolder("process").path + "/themes"
        try FileManager.default.copyItem(atPath: Harness.themes, toPath: themes)
        try FileManager.default.removeItem(atPath: themes + "/default/templates/partials/form.mustache")
        try expectCleanFailure(content: sites.contentA, themes: themes, message: "缺少模板 partials/form.mustache", sites)
    }

    /// A template deleted while the build runs changes nothing: the theme is read once, whole,
    /// before rendering, so the site is complete.
    @Test func aTemplateDeletedMidway() throws {
        let sites = try #require(SampleSites.shared)
        let folder = try sites.folderWithSiteA()
        let themes = TemporaryFolder("process").path + "/themes"
        try FileManager.default.copyItem(atPath: Harness.themes, toPath: themes)
        let child = try ChildProcess(Harness.qunfang,
                                      ["build", "--content", sites.contentB, "--output", "out/site", "--themes", themes],
                                      in: folder, environment: ["QUNFANG_TEST_PAUSE_AT": "lock", "QUNFANG_TEST_PAUSE_SECONDS": "0.2"])
        #expect(child.waitForError("qunfang-test-pause: lock"))
        try FileManager.default.removeItem(atPath: themes + "/default/templates/scorecard.mustache")
        #expect(child.finish() == 0, "\(child.stderr)")
        #expect(FolderSnapshot.of(folder + "/out/site") == sites.siteB)
    }

    /// Invalid content: nothing is written at all.
    @Test func invalidContent() throws {
        let sites = try #require(SampleSites.shared)
        let content = try copyOfContent(sites)
        try "标题: [未闭合".write(toFile: content + "/site.yaml", atomically: true, encoding: .utf8)
        try expectCleanFailure(content: content, message: "site.yaml", sites)
    }
}
