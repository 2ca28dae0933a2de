import Foundation
import Testing
@testable import qunfang
import Site
import TestSupport

/// `build` keeps decoded records in the project's `.qunfang-cache/content.records`, beside the
/// content folder (never beside the output); a build that uses them must print and write exactly
/// what a build without them does.
@Suite struct RecordCacheBuildTests {
    /// Standard output without the elapsed time, which differs from run to run.
    static func withoutTime(_ text: String) -> String {
        text.replacingOccurrences(of: #"用时 [0-9.]+ 秒"#, with: "用时 … 秒", options: .regularExpression)
    }

    /// Standard error without the progress lines a build longer than a second prints.
    static func withoutProgress(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { line in !BuildStage.allCases.contains { line.hasPrefix($0.label + "：") } }
            .joined(separator: "\n")
    }

    @Test func aBuildWithTheCacheWritesAndPrintsWhatOneWithoutItDoes() async throws {
        let project = try ScratchProject()
        defer { project.remove() }
        let cache = project.url(".qunfang-cache/content.records").path
        let cold = try await project.run("build", "--output", "out/site")
        #expect(cold.status == 0, "\(cold.stderr)")
        #expect(cold.stderr.contains("警告"), "the sample content's warnings are part of what is compared")
        #expect(FileManager.default.fileExists(atPath: cache))
        #expect(FolderSnapshot.entries(project.url("out").path) == [".site.lock", "site"], "nothing beside the output but the lock")

        // A fresh output folder: every record comes from the project's cache.
        let warm = try await project.run("build", "--output", "fresh/site")
        #expect(warm.status == 0, "\(warm.stderr)")
        #expect(Self.withoutProgress(warm.stderr) == Self.withoutProgress(cold.stderr))
        #expect(Self.withoutTime(warm.stdout) == Self.withoutTime(cold.stdout).replacingOccurrences(of: "out/site/", with: "fresh/site/"))
        #expect(FolderSnapshot.of(project.url("fresh/site").path) == FolderSnapshot.of(project.url("out/site").path))

        // A rebuild into the kept folder, and after a damaged cache, changes nothing either.
        let again = try await project.run("build", "--output", "out/site")
        #expect(again.status == 0 && Self.withoutProgress(again.stderr) == Self.withoutProgress(cold.stderr))
        try Data("qunfang-record-cache 0".utf8).write(to: URL(fileURLWithPath: cache))
        let damaged = try await project.run("build", "--output", "out/site")
        #expect(damaged.status == 0 && Self.withoutProgress(damaged.stderr) == Self.withoutProgress(cold.stderr))
        #expect(FolderSnapshot.of(project.url("out/site").path) == FolderSnapshot.of(project.url("fresh/site").path))
        #expect((try? Data(contentsOf: URL(fileURLWithPath: cache)).count) ?? 0 > 1000, "rewritten after the build")
    }

    /// A cache an earlier version left beside the output (perhaps in a web server's folder) is
    /// removed by the next build; only files of its exact names.
    @Test func theCacheEarlierVersionsKeptBesideTheOutputIsRemoved() async throws {
        let project = try ScratchProject()
        defer { project.remove() }
        try project.write("www/.qunfang-cache/qunfang.records", "13700004725 湖塘新村33幢302室")
        try project.write("www/.qunfang-cache/qunfang.manifest", "qunfang-render-manifest 3\n")
        try project.write("www/notes.txt", "别人的文件")
        let result = try await project.run("build", "--output", "www/qunfang")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FolderSnapshot.entries(project.url("www").path) == [".qunfang.lock", "notes.txt", "qunfang"])
    }

    @Test func aFailedBuildLeavesTheCacheAlone() async throws {
        let project = try ScratchProject()
        defer { project.remove() }
        #expect(try await project.run("build").status == 0)
        let cache = project.url(".qunfang-cache/content.records")
        let before = try Data(contentsOf: cache)
        try project.write("content/2017/year.yaml", "年度: 2017\n截止日期: 2017-13-01\n")
        #expect(try await project.run("build").status == 1)
        #expect(try Data(contentsOf: cache) == before)
    }
}
