import Foundation
import Records
import Testing
@testable import Scoring
@testable import Site
import TestSupport

/// The site a build replaces is kept in the project's cache and becomes the next build's stage
/// (README, “网站”): every build still gives exactly a fresh render and swaps it in whole, but
/// touches only the files that changed, even after hand edits or a lost manifest.
@Suite struct KeptSiteTests {
    typealias Build = IncrementalBuildTests

    static func kept(_ output: String) -> KeptSite {
        KeptSite(cache: Build.cacheFolder(besides: output), output: OutputPath.resolve(output))
    }

    /// A fresh project's site built twice, so its output has a kept site.
    static func withKeptSite() throws -> (output: String, content: Content, results: [YearResult], kept: KeptSite) {
        let (output, content, results) = Build.fresh()
        try Build.build(content, results, into: output)
        try Build.build(content, results, into: output)
        let kept = kept(output)
        #expect(SiteMarker.isMarked(kept.folder))
        return (output, content, results, kept)
    }

    static func inode(_ path: String) -> UInt64? {
        RenderManifest.Stamp(path: path)?.inode
    }

    static func mode(_ path: String) -> mode_t {
        var info = stat()
        return lstat(path, &info) == 0 ? info.st_mode & 0o777 : 0
    }

    @Test func theReplacedSiteIsKeptPrivatelyAndUpdatedInPlaceByTheNextBuild() throws {
        let (output, content, results) = Build.fresh()
        try Build.build(content, results, into: output)
        #expect(!FileManager.default.fileExists(atPath: Self.kept(output).folder))
        try Build.build(content, results, into: output)
        let kept = Self.kept(output)
        #expect(SiteMarker.isMarked(kept.folder))
        #expect(Self.mode(kept.folder) == 0o700)
        #expect(Self.mode(kept.manifestFile) == 0o600)
        // An unchanged page is one file in the live and the kept site, never copied.
        let page = "/2017/rules.html"
        #expect(Self.inode(output + page) != nil && Self.inode(output + page) == Self.inode(kept.folder + page))

        var changed = content
        changed.years[0].records.communities[1].officer = "李某"
        let summary = try Build.build(changed, results, into: output)
        #expect(summary.written == 2 + 2 * results[0].quarters.count)
        #expect(Self.inode(output + page) == Self.inode(kept.folder + page))
        // Back again: the kept site (the edited one's predecessor) is brought up to date.
        try Build.build(content, results, into: output)
        try Build.build(changed, results, into: output)
        try Build.build(changed, results, into: output)
        // Beside the output only its lock (this project's cache is there because its content is).
        let parent = (output as NSString).deletingLastPathComponent
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent).sorted() == [".qunfang-cache", ".site.lock", "site"])
    }

    @Test func pagesNoLongerMadeLeaveTheKeptSiteToo() throws {
        let (output, content, results, _) = try Self.withKeptSite()
        var smaller = content
        smaller.pages = []
        for _ in 0..<3 {
            try Build.build(smaller, results, into: output)
            #expect(!FileManager.default.fileExists(atPath: output + "/pages/about.html"))
        }
        #expect(!FileManager.default.fileExists(atPath: Self.kept(output).folder + "/pages"))
        try Build.build(content, results, into: output)
        #expect(FileManager.default.fileExists(atPath: output + "/pages/about.html"))
    }

    @Test func aKeptSiteChangedByHandIsRepaired() throws {
        let (output, content, results, kept) = try Self.withKeptSite()
        // One file edited in place (its stamp changes), another removed.
        try "被改过".write(toFile: kept.folder + "/2017/index.html", atomically: false, encoding: .utf8)
        try FileManager.default.removeItem(atPath: kept.folder + "/2017/rules.html")
        // Each build checks the site it swaps in against a fresh render (`Build.build`).
        try Build.build(content, results, into: output)
        try Build.build(content, results, into: output)
        try Build.build(content, results, into: output)
    }

    @Test func aKeptSiteWithoutItsManifestIsDeletedAndMadeAgain() throws {
        let (output, content, results, kept) = try Self.withKeptSite()
        try "陌生文件".write(toFile: kept.folder + "/stray.html", atomically: false, encoding: .utf8)
        try FileManager.default.removeItem(atPath: kept.manifestFile)
        try Build.build(content, results, into: output)
        #expect(!FileManager.default.fileExists(atPath: output + "/stray.html"))
        #expect(!FileManager.default.fileExists(atPath: kept.folder + "/stray.html"))
        try Build.build(content, results, into: output)
        #expect(!FileManager.default.fileExists(atPath: output + "/stray.html"))
    }

    @Test func theKeptSiteOfAnOutputSinceDeletedIsRemoved() throws {
        let (output, content, results, kept) = try Self.withKeptSite()
        #expect(FileManager.default.fileExists(atPath: kept.folder))
        try FileManager.default.removeItem(atPath: output)
        // Another output of the same project.
        let other = (output as NSString).deletingLastPathComponent + "/site2"
        var builder = Fixture.builder
        builder.cacheFolder = Build.cacheFolder(besides: output)
        try builder.build(content: content, results: results, output: other)
        #expect(!FileManager.default.fileExists(atPath: kept.folder))
        #expect(!FileManager.default.fileExists(atPath: kept.manifestFile))
    }

    @Test func aFailedBuildLeavesTheLiveSiteAndTheNextBuildIsWhole() throws {
        let (output, content, results, _) = try Self.withKeptSite()
        let before = try Fixture.snapshot(output)
        let themes = try ThemeTests.brokenThemes { templates in
            try "{{#rows}}".write(toFile: templates + "/year.mustache", atomically: true, encoding: .utf8)
        }
        var broken = SiteBuilder(themesRoot: themes, resultFiles: Fixture.resultFiles)
        broken.cacheFolder = Build.cacheFolder(besides: output)
        #expect(throws: SiteError.self) { try broken.build(content: content, results: results, output: output) }
        #expect(try Fixture.snapshot(output) == before)
        // The next good build starts from an empty stage and is whole again.
        try Build.build(content, results, into: output)
        try Build.build(content, results, into: output)
    }
}
