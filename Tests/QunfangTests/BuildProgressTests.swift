import Foundation
import Testing
@testable import qunfang
import Site

/// A long build says where it is, stage by stage (records read, communities scored, files
/// written): one updating line on a terminal, a plain line per 10 % elsewhere, nothing during
/// the first second.
@Suite struct BuildProgressTests {
    /// What a progress reporter wrote, in order.
    final class Output: @unchecked Sendable {
        private let lock = NSLock()
        private var written: [String] = []
        func add(_ text: String) { lock.withLock { written.append(text) } }
        var text: [String] { lock.withLock { written } }
    }

    static func feed(_ progress: BuildProgress, _ stage: BuildStage, total: Int) {
        for done in 1...total { progress.update(stage, done: done, total: total) }
    }

    @Test func plainLinesAtEveryTenPercentOfEachStage() {
        let output = Output()
        let progress = BuildProgress(started: .now, quietFor: .zero, isTerminal: false, write: output.add)
        Self.feed(progress, .loading, total: 20)
        Self.feed(progress, .scoring, total: 4)
        Self.feed(progress, .writing, total: 3)
        progress.finish()
        #expect(output.text.count == 10 + 4 + 3)
        #expect(output.text.first == "读取记录：2/20 份（10%）\n")
        #expect(output.text[9] == "读取记录：20/20 份（100%）\n")
        #expect(Array(output.text[10...13]) == ["评分：1/4 个社区（25%）\n", "评分：2/4 个社区（50%）\n",
                                                "评分：3/4 个社区（75%）\n", "评分：4/4 个社区（100%）\n"])
        #expect(output.text.last == "生成网站：3/3 个文件（100%）\n")
    }

    @Test func aShortBuildStaysQuiet() {
        let output = Output()
        let progress = BuildProgress(started: .now, quietFor: .seconds(3600), isTerminal: true, write: output.add)
        Self.feed(progress, .loading, total: 50)
        Self.feed(progress, .writing, total: 50)
        progress.finish()
        #expect(output.text.isEmpty)
    }

    /// On a terminal each stage's first and last counts are drawn however fast they come, and
    /// the line is cleared before the summary.
    @Test func oneUpdatingLineOnATerminal() {
        let output = Output()
        let progress = BuildProgress(started: .now, quietFor: .zero, isTerminal: true, write: output.add)
        Self.feed(progress, .loading, total: 1000)
        Self.feed(progress, .writing, total: 1000)
        progress.finish()
        let lines = output.text
        #expect(lines.allSatisfy { $0.hasPrefix("\r") })
        #expect(lines.contains("\r读取记录：1/1000 份（0%）\u{1B}[K"))
        #expect(lines.contains("\r读取记录：1000/1000 份（100%）\u{1B}[K"))
        #expect(lines.contains("\r生成网站：1/1000 个文件（0%）\u{1B}[K"))
        #expect(lines.contains("\r生成网站：1000/1000 个文件（100%）\u{1B}[K"))
        #expect(lines.count < 200, "redrawn at most ten times a second, \(lines.count) times")
        #expect(lines.last == "\r\u{1B}[K")
    }

    /// The build pipeline reports every stage, in order, to the end: reading and scoring once
    /// for each year folder (the sample has 2017 with 44 communities and 2018 with 45), in
    /// year order, then writing the site.
    @Test func theBuildReportsEveryStage() throws {
        let project = try ScratchProject()
        defer { project.remove() }
        let manager = FileManager.default
        let years = try manager.contentsOfDirectory(atPath: project.url("content").path)
            .filter { $0.count == 4 && Int($0) != nil }.sorted()
        let counts = try years.map { year in
            try manager.contentsOfDirectory(atPath: project.url("content/\(year)/communities").path).filter { $0.hasSuffix(".yaml") }.count
        }
        #expect(counts == [44, 45])
        let seen = Output()
        let pipeline = SitePipeline(content: project.url("content").path, output: project.url("site").path,
                                    themes: project.url("themes").path)
        let outcome = pipeline.run { stage, done, total in
            if done == total { seen.add("\(stage.label) \(total)") }
        }
        guard case .built(let summary, _) = outcome else { Issue.record("the build failed: \(outcome)"); return }
        #expect(seen.text == counts.map { "读取记录 \($0)" } + counts.map { "评分 \($0)" } + ["生成网站 \(summary.total)"])
    }
}
