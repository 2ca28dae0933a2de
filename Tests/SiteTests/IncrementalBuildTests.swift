import Foundation
import Records
import Testing
@testable import Scoring
@testable import Site
import TestSupport

/// Rebuilds into a kept folder give exactly what a fresh render gives, whatever changed (a
/// record, year.yaml, police data, the theme); unchanged pages are linked, not rewritten.
@Suite struct IncrementalBuildTests {
    /// The built site must be byte for byte what `render` gives for the same input.
    static func expectMatchesFreshRender(_ output: String, _ builder: SiteBuilder, _ content: Content,
                                         _ results: [YearResult]) throws {
        let expected = try builder.render(content: content, results: results)
        // The marker is written by the writer, not rendered (docs/safety.md).
        let built = try Fixture.snapshot(output).filter { $0.key != ".qunfang-site" }
        #expect(Set(built.keys) == Set(expected.map(\.path.value)))
        for file in expected {
            #expect(built[file.path.value] == Data(file.bytes), "\(file.path) 与重新生成的不一致")
        }
    }

    /// The cache folder of a project whose content lies beside `output` (`T/content`, `T/site`).
    static func cacheFolder(besides output: String) -> CacheFolder {
        CacheFolder(content: (output as NSString).deletingLastPathComponent + "/content")
    }

    /// Builds with the render manifest kept in the project's cache folder, as the CLI does.
    @discardableResult
    static func build(_ content: Content, _ results: [YearResult], into output: String,
                      with builder: SiteBuilder = Fixture.builder) throws -> BuildSummary {
        var builder = builder
        builder.cacheFolder = cacheFolder(besides: output)
        let summary = try builder.build(content: content, results: results, output: output)
        try expectMatchesFreshRender(output, builder, content, results)
        return summary
    }

    static func fresh() -> (output: String, content: Content, results: [YearResult]) {
        let (content, results) = Fixture.content()
        return (TemporaryFolder("site-tests").path + "/site", content, results)
    }

    @Test func aRebuildWithNoChangeRewritesNothingAndKeepsTheManifestInTheProject() throws {
        let (output, content, results) = Self.fresh()
        let first = try Self.build(content, results, into: output)
        #expect(first.unchanged == 0)
        let second = try Self.build(content, results, into: output)
        #expect(second.written == 0 && second.unchanged == first.total)
        let folder = Self.cacheFolder(besides: output)
        #expect(FileManager.default.fileExists(atPath: folder.manifestFile(forOutput: OutputPath.resolve(output))))
        #expect(!(try Fixture.snapshot(output).keys.contains { $0.contains("manifest") }))
    }

    @Test func aChangedRecordRewritesItsPagesOnly() throws {
        let (output, content, results) = Self.fresh()
        try Self.build(content, results, into: output)
        var changed = content
        changed.years[0].records.communities[1].officer = "李某"
        let summary = try Self.build(changed, results, into: output)
        // Its scorecard (2016/c/xiacheng.html) and the 2016 booklet show the officer, and so do
        // its scorecard and the booklet of each assessed quarter.
        let quarters = results[0].quarters.count
        #expect(quarters > 0)
        #expect(summary.written == 2 + 2 * quarters)
    }

    @Test func aChangeToYearSettingsIsSeen() throws {
        let (output, content, results) = Self.fresh()
        try Self.build(content, results, into: output)
        var changedResults = results
        changedResults[0].settings.approvalForm.applicant = "另一人"
        var changedContent = content
        changedContent.years[0].records.settings = changedResults[0].settings
        let summary = try Self.build(changedContent, changedResults, into: output)
        #expect(summary.written >= 1)
    }

    @Test func aChangeToPoliceFiguresIsSeen() throws {
        let (output, content, results) = Self.fresh()
        try Self.build(content, results, into: output)
        var changedResults = results
        changedResults[1].quarters[0].standings[0].score.platformScore = Points(tenths: 555)
        changedResults[1].quarters[0].policeOrder[2].score.platformScore = Points(tenths: 555)
        let summary = try Self.build(content, changedResults, into: output)
        #expect(summary.written >= 1)
    }

    @Test func aChangedThemeRendersEveryPageAgain() throws {
        let (output, content, results) = Self.fresh()
        try Self.build(content, results, into: output)
        let themes = try ThemeTests.brokenThemes { templates in
            let layout = templates + "/layout.mustache"
            let text = try String(contentsOfFile: layout, encoding: .utf8)
            try text.replacingOccurrences(of: "<main>", with: "<main class=\"changed\">")
                .write(toFile: layout, atomically: true, encoding: .utf8)
        }
        let changed = SiteBuilder(themesRoot: themes, resultFiles: Fixture.resultFiles)
        let summary = try Self.build(content, results, into: output, with: changed)
        let pages = try Fixture.snapshot(output).keys.filter { $0.hasSuffix(".html") }
        #expect(summary.written == pages.count)
    }

    @Test func aFileEditedByHandIsRenderedAgain() throws {
        let (output, content, results) = Self.fresh()
        try Self.build(content, results, into: output)
        try "被改过".write(toFile: output + "/2017/index.html", atomically: false, encoding: .utf8)
        let summary = try Self.build(content, results, into: output)
        #expect(summary.written == 1)
    }

    @Test func aLostManifestOnlyCostsTheShortcut() throws {
        let (output, content, results) = Self.fresh()
        try Self.build(content, results, into: output)
        try FileManager.default.removeItem(atPath: Self.cacheFolder(besides: output).path)
        let summary = try Self.build(content, results, into: output)
        #expect(summary.written == 0)
    }

    @Test func progressCountsEveryFile() throws {
        let (output, content, results) = Self.fresh()
        let seen = ProgressLog()
        let summary = try Fixture.builder.build(content: content, results: results, output: output, progress: seen.add)
        #expect(seen.calls.count == summary.total)
        #expect(Set(seen.calls.map(\.total)) == [summary.total])
        #expect(seen.calls.map(\.done).sorted() == Array(1...summary.total))
    }
}

/// Records progress calls from the build's workers.
final class ProgressLog: @unchecked Sendable {
    private let lock = NSLock()
    private var log: [(done: Int, total: Int)] = []

    @Sendable func add(done: Int, total: Int) { lock.withLock { log.append((done, total)) } }
    var calls: [(done: Int, total: Int)] { lock.withLock { log } }
}
