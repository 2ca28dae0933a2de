import Foundation
import Testing
@testable import qunfang

/// `build` keeps decoded records in `.qunfang-cache/NAME.records` beside the output; a build that
/// uses them must print and write exactly what a build without them does.
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
        let cache = project.url("out/.qunfang-cache/site.records").path
        let cold = try await project.run("build", "--output", "out/site")
        #expect(cold.status == 0, "\(cold.stderr)")
        #expect(cold.stderr.contains("警告"), "the sample content's warnings are part of what is compared")
        #expect(FileManager.default.fileExists(atPath: cache))

        // A fresh output folder with the first build's cache: every record comes from the cache.
        try FileManager.default.createDirectory(at: project.url("fresh/.qunfang-cache"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: cache, toPath: project.url("fresh/.qunfang-cache/site.records").path)
        let warm = try await project.run("build", "--output", "fresh/site")
        #expect(warm.status == 0, "\(warm.stderr)")
        #expect(Self.withoutProgress(warm.stderr) == Self.withoutProgress(cold.stderr))
        #expect(Self.withoutTime(warm.stdout) == Self.withoutTime(cold.stdout).replacingOccurrences(of: "out/site/", with: "fresh/site/"))
        #expect(Harness.snapshot(project.url("fresh/site").path) == Harness.snapshot(project.url("out/site").path))

        // A rebuild into the kept folder, and after a damaged cache, changes nothing either.
        let again = try await project.run("build", "--output", "out/site")
        #expect(again.status == 0 && Self.withoutProgress(again.stderr) == Self.withoutProgress(cold.stderr))
        try Data("qunfang-record-cache 0".utf8).write(to: URL(fileURLWithPath: cache))
        let damaged = try await project.run("build", "--output", "out/site")
        #expect(damaged.status == 0 && Self.withoutProgress(damaged.stderr) == Self.withoutProgress(cold.stderr))
        #expect(Harness.snapshot(project.url("out/site").path) == Harness.snapshot(project.url("fresh/site").path))
        #expect((try? Data(contentsOf: URL(fileURLWithPath: cache)).count) ?? 0 > 1000, "rewritten after the build")
    }

    @Test func aFailedBuildLeavesTheCacheAlone() async throws {
        let project = try ScratchProject()
        defer { project.remove() }
        #expect(try await project.run("build").status == 0)
        let cache = project.url(".qunfang-cache/site.records")
        let before = try Data(contentsOf: cache)
        try project.write("content/2017/year.yaml", "年度: 2017\n截止日期: 2017-13-01\n")
        #expect(try await project.run("build").status == 1)
        #expect(try Data(contentsOf: cache) == before)
    }
}
