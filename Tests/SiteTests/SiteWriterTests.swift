import Foundation
import Testing
@testable import Site
import TestSupport

/// Writing is atomic, deterministic, and keeps unchanged files (README, “网站”).
@Suite struct SiteWriterTests {
    @Test func buildingTwiceGivesTheSameBytesAndKeepsUnchangedFiles() throws {
        let folder = TemporaryFolder("site-tests").path
        let output = folder + "/site"
        let (content, results) = Fixture.content(hostile: true)
        let first = try Fixture.builder.build(content: content, results: results, output: output)
        let before = try Fixture.snapshot(output)
        // Every file but the site marker, which the summary does not count as a page.
        let pages = before.keys.filter { $0 != ".qunfang-site" }.count
        #expect(first.written == pages && first.unchanged == 0)
        let second = try Fixture.builder.build(content: content, results: results, output: output)
        #expect(try Fixture.snapshot(output) == before)
        #expect(second.written == 0 && second.unchanged == pages && second.removed == 0)
        // Nothing left beside the site but its lock (caches live in the project: CacheFolder).
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == [".site.lock", "site"])
    }

    /// The library prints nothing and reads no environment: what a build tells besides writing
    /// the site goes through the hooks it is given, at each point of the write in order.
    @Test func theWriteReportsItsCheckpointsThroughTheInjectedHooks() throws {
        let output = TemporaryFolder("site-tests").path + "/site"
        let (content, results) = Fixture.content()
        let seen = Locked<[String]>([])
        var builder = Fixture.builder
        builder.hooks = BuildHooks(notice: { note in seen.update { $0.append("notice: " + note) } },
                                   checkpoint: { point in seen.update { $0.append(point) } })
        try builder.build(content: content, results: results, output: output)
        #expect(seen.value == ["lock", "stage", "swap"])
        try builder.build(content: content, results: results, output: output)
        #expect(seen.value == ["lock", "stage", "swap", "lock", "stage", "swap", "cleanup"])
    }

    @Test func aFailedBuildLeavesThePreviousSiteUntouched() throws {
        let folder = TemporaryFolder("site-tests").path
        let output = folder + "/site"
        let (content, results) = Fixture.content()
        try Fixture.builder.build(content: content, results: results, output: output)
        let before = try Fixture.snapshot(output)
        let themes = try ThemeTests.brokenThemes { templates in
            try "{{#rows}}".write(toFile: templates + "/year.mustache", atomically: true, encoding: .utf8)
        }
        let broken = SiteBuilder(themesRoot: themes, resultFiles: Fixture.resultFiles)
        #expect(throws: SiteError.self) { try broken.build(content: content, results: results, output: output) }
        #expect(try Fixture.snapshot(output) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == [".site.lock", "site"])
    }

    @Test func changedAndRemovedFilesAreCounted() throws {
        let folder = TemporaryFolder("site-tests").path
        let output = folder + "/site"
        let (content, results) = Fixture.content()
        try Fixture.builder.build(content: content, results: results, output: output)
        var smaller = content
        smaller.pages = []
        let summary = try Fixture.builder.build(content: smaller, results: results, output: output)
        #expect(summary.removed == 1)
        #expect(summary.written == 1)   // the home page lost its link to the page
        #expect(!FileManager.default.fileExists(atPath: output + "/pages/about.html"))
    }

    @Test func aFolderThatIsNotASiteIsNeverReplaced() throws {
        let folder = TemporaryFolder("site-tests").path
        try "重要".write(toFile: folder + "/year.yaml", atomically: true, encoding: .utf8)
        let (content, results) = Fixture.content()
        let error = try #require(throws: SiteError.self) {
            try Fixture.builder.build(content: content, results: results, output: folder)
        }
        #expect(error.description.contains("拒绝覆盖"))
        #expect(try String(contentsOfFile: folder + "/year.yaml", encoding: .utf8) == "重要")
    }

    @Test func aMissingThemeFailsTheBuildWithADiagnostic() throws {
        let (content, results) = Fixture.content(theme: "nosuch")
        let error = try #require(throws: SiteError.self) {
            try Fixture.builder.build(content: content, results: results, output: TemporaryFolder("site-tests").path + "/site")
        }
        #expect(error.description.hasPrefix("content/site.yaml:1:1: 错误: 找不到主题“nosuch”"))
    }

    @Test func aYearWithoutAResultIsAnError() throws {
        let (content, results) = Fixture.content()
        let error = try #require(throws: SiteError.self) {
            try Fixture.builder.render(content: content, results: Array(results.prefix(1)))
        }
        #expect(error.description == "content/2017/year.yaml:1:1: 错误: 2017年度没有评分结果，无法生成网站")
    }

    /// The folder a staged file's parent is made as, and the folders emptied when it goes.
    @Test(arguments: [("/srv/site.tmp-1/2017/c/湖塘.html", "/srv/site.tmp-1/2017/c"), ("2017/c/x/q1.html", "2017/c/x"),
                      ("2017/c", "2017"), ("index.html", ""), ("", "")])
    func aStagedFilesFolderIsWhatComesBeforeItsLastSlash(path: String, folder: String) {
        #expect(StagedSite.folder(of: path) == folder)
        #expect(StagedSite.folder(of: path) == (path as NSString).deletingLastPathComponent)
    }

    @Test(arguments: [("index.html", ""), ("2017/q1.html", "../"), ("2017/c/hutang.html", "../../"),
                      ("2017/c/湖塘/q1.html", "../../../"), ("pages/关于 我们.html", "../")])
    func linksClimbToTheRoot(page: String, root: String) {
        let path = SitePath(page)
        #expect(path.root == root)
        #expect(path.link(to: .rules(2017)) == root + "2017/rules.html")
    }
}

/// `scripts/print-check.sh` builds the fixture site through this test: set
/// `QUNFANG_FIXTURE_SITE=/tmp/folder` and run it alone.
@Suite struct FixtureSiteWriter {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["QUNFANG_FIXTURE_SITE"] != nil))
    func writeFixtureSite() throws {
        let output = try #require(ProcessInfo.processInfo.environment["QUNFANG_FIXTURE_SITE"])
        let (content, results) = Fixture.content()
        try Fixture.builder.build(content: content, results: results, output: output)
    }
}

/// A value shared by the hooks, which may be called from any thread.
final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value

    init(_ value: Value) { stored = value }

    var value: Value { lock.withLock { stored } }

    func update(_ body: (inout Value) -> Void) { lock.withLock { body(&stored) } }
}
