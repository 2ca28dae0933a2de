import Foundation
import Testing
import TestSupport

/// Two builds on one output never interleave: the second waits for the first's lock, says so,
/// and then writes its own whole site.
@Suite struct ConcurrentBuildTests {
    @Test func theSecondBuildWaitsAndWinsWhole() throws {
        let sites = try #require(SampleSites.shared)
        let folder = try sites.folderWithSiteA()
        let resume = folder + "/resume"
        let first = try ChildProcess(Harness.qunfang,
                                      Harness.buildArguments(content: sites.contentB, output: "out/site"), in: folder,
                                      environment: ["QUNFANG_TEST_PAUSE_AT": "lock", "QUNFANG_TEST_PAUSE_SECONDS": "10",
                                                    "QUNFANG_TEST_RESUME_FILE": resume])
        #expect(first.waitForError("qunfang-test-pause: lock"))
        let second = try ChildProcess(Harness.qunfang,
                                       Harness.buildArguments(content: sites.contentA, output: "out/site"), in: folder)
        // The second build reaches the lock while the first holds it, then the first goes on.
        #expect(second.waitForError("等待它完成"), "\(second.stderr)")
        _ = FileManager.default.createFile(atPath: resume, contents: nil)
        #expect(first.finish() == 0, "\(first.stderr)")
        #expect(second.finish() == 0, "\(second.stderr)")
        #expect(second.stderr.contains("另一个 qunfang build 正在写入 out/site，等待它完成"))
        #expect(!first.stderr.contains("等待它完成"))
        // The second build ran after the first: its site, whole.
        #expect(FolderSnapshot.of(folder + "/out/site") == sites.siteA)
        #expect(FolderSnapshot.entries(folder + "/out") == [".site.lock", "site"])
    }

    /// Started together without any hook: both succeed, the site is exactly one of the two, and
    /// neither prints anything but its summary, warnings of the content and the waiting notice.
    @Test func twoBuildsStartedTogether() throws {
        let sites = try #require(SampleSites.shared)
        let folder = try sites.folderWithSiteA()
        let builds = try [sites.contentA, sites.contentB].map {
            try ChildProcess(Harness.qunfang, Harness.buildArguments(content: $0, output: "out/site"), in: folder)
        }
        for build in builds {
            #expect(build.finish() == 0, "\(build.stderr)")
            let unexpected = build.stderr.split(separator: "\n")
                .filter { !$0.contains("警告") && !$0.contains("等待它完成") }
                // A build slowed past a second (a busy machine) reports its stages' progress.
                .filter { line in !["读取记录：", "评分：", "生成网站："].contains { line.hasPrefix($0) } }
            #expect(unexpected.isEmpty, "\(unexpected)")
        }
        let site = FolderSnapshot.of(folder + "/out/site")
        #expect(site == sites.siteA || site == sites.siteB)
        #expect(FolderSnapshot.entries(folder + "/out") == [".site.lock", "site"])
    }
}
