import Foundation
import Testing
import TestSupport

/// A build killed (SIGKILL) at any moment leaves the previous site whole, and the next build
/// succeeds and removes what the killed one left (docs/safety.md).
@Suite struct KilledBuildTests {
    /// After the kill the site is exactly site A or exactly site B, never a mixture; then a
    /// normal build of B succeeds and leaves nothing but `site` and its lock file.
    func expectWholeSiteThenRecovery(_ folder: String, _ sites: SampleSites, allowNew: Bool) throws {
        let output = folder + "/out/site"
        let after = FolderSnapshot.of(output)
        #expect(after == sites.siteA || (allowNew && after == sites.siteB), "site is neither the old nor the new one")
        let home = try String(contentsOfFile: output + "/index.html", encoding: .utf8)
        #expect(home.contains("</html>"))

        let next = try Harness.run(Harness.buildArguments(content: sites.contentB, output: output), in: folder)
        #expect(next.status == 0, "\(next.stderr)")
        #expect(FolderSnapshot.of(output) == sites.siteB)
        #expect(FolderSnapshot.entries(folder + "/out") == [".site.lock", "site"])
    }

    @Test(arguments: [5, 20, 50, 100, 200])
    func killedAfter(milliseconds: Int) throws {
        let sites = try #require(SampleSites.shared)
        let folder = try sites.folderWithSiteA()
        let child = try ChildProcess(Harness.qunfang,
                                      Harness.buildArguments(content: sites.contentB, output: "out/site"), in: folder)
        usleep(UInt32(milliseconds * 1000))
        child.kill()
        try expectWholeSiteThenRecovery(folder, sites, allowNew: true)
    }

    /// Killed while paused at each named point of the writer (QUNFANG_TEST_PAUSE_AT).
    @Test(arguments: [("lock", false), ("stage", false), ("swap", false), ("cleanup", true)])
    func killedAt(point: String, swapped: Bool) throws {
        let sites = try #require(SampleSites.shared)
        let folder = try sites.folderWithSiteA()
        let child = try ChildProcess(Harness.qunfang,
                                      Harness.buildArguments(content: sites.contentB, output: "out/site"), in: folder,
                                      environment: ["QUNFANG_TEST_PAUSE_AT": point, "QUNFANG_TEST_PAUSE_SECONDS": "10"])
        #expect(child.waitForError("qunfang-test-pause: \(point)"), "\(child.stderr)")
        child.kill()
        let output = folder + "/out/site"
        #expect(FolderSnapshot.of(output) == (swapped ? sites.siteB : sites.siteA))
        if point != "lock" {
            // The killed build left a stage (or the old site under the stage's name) behind.
            #expect(FolderSnapshot.entries(folder + "/out").contains { $0.hasPrefix("site.tmp-") })
        }
        try expectWholeSiteThenRecovery(folder, sites, allowNew: swapped)
    }

    /// Killed while updating the site kept from the build before last (its stage): the live
    /// site is untouched, and the next builds, of B and back to A, are whole.
    @Test func killedWhileUpdatingTheKeptSite() throws {
        let sites = try #require(SampleSites.shared)
        let folder = try sites.folderWithSiteA()
        for _ in 0..<2 {
            let again = try Harness.run(Harness.buildArguments(content: sites.contentA, output: "out/site"), in: folder)
            #expect(again.status == 0, "\(again.stderr)")
        }
        let child = try ChildProcess(Harness.qunfang,
                                      Harness.buildArguments(content: sites.contentB, output: "out/site"), in: folder,
                                      environment: ["QUNFANG_TEST_PAUSE_AT": "stage", "QUNFANG_TEST_PAUSE_SECONDS": "10"])
        #expect(child.waitForError("qunfang-test-pause: stage"), "\(child.stderr)")
        child.kill()
        try expectWholeSiteThenRecovery(folder, sites, allowNew: false)
        let back = try Harness.run(Harness.buildArguments(content: sites.contentA, output: "out/site"), in: folder)
        #expect(back.status == 0, "\(back.stderr)")
        #expect(FolderSnapshot.of(folder + "/out/site") == sites.siteA)
    }

    /// Leftovers that are not provably a build's (no marker, not empty) are never deleted.
    @Test func foreignLookalikesAreKept() throws {
        let sites = try #require(SampleSites.shared)
        let folder = try sites.folderWithSiteA()
        let lookalike = folder + "/out/site.tmp-ABCDEF"
        try FileManager.default.createDirectory(atPath: lookalike, withIntermediateDirectories: true)
        try "mine".write(toFile: lookalike + "/notes.txt", atomically: true, encoding: .utf8)
        let emptyStage = folder + "/out/site.tmp-GHIJKL"
        try FileManager.default.createDirectory(atPath: emptyStage, withIntermediateDirectories: true)
        let result = try Harness.run(Harness.buildArguments(content: sites.contentB, output: "out/site"), in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try String(contentsOfFile: lookalike + "/notes.txt", encoding: .utf8) == "mine")
        #expect(!FileManager.default.fileExists(atPath: emptyStage))
    }

    /// Where folders cannot be exchanged in one step, a build killed between its two renames
    /// leaves `site.old-*` and no `site`; the next build puts the old site back first.
    @Test func aMovedAsideSiteIsPutBack() throws {
        let sites = try #require(SampleSites.shared)
        let folder = try sites.folderWithSiteA()
        try FileManager.default.moveItem(atPath: folder + "/out/site", toPath: folder + "/out/site.old-QWERTY")
        // Killed once its cleanup is done: by then the old site must be back in place.
        let child = try ChildProcess(Harness.qunfang,
                                      Harness.buildArguments(content: sites.contentB, output: "out/site"), in: folder,
                                      environment: ["QUNFANG_TEST_PAUSE_AT": "stage", "QUNFANG_TEST_PAUSE_SECONDS": "10"])
        #expect(child.waitForError("qunfang-test-pause: stage"), "\(child.stderr)")
        child.kill()
        #expect(FolderSnapshot.of(folder + "/out/site") == sites.siteA)
        #expect(!FolderSnapshot.entries(folder + "/out").contains { $0.hasPrefix("site.old-") })
        try expectWholeSiteThenRecovery(folder, sites, allowNew: false)
    }
}
