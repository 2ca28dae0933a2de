import Foundation
import Records
import SampleContent
import Scoring
import Testing
@testable import Site
import TestSupport

/// A rebuild skips a page by the digests of what it is made of (`SiteRenderer.inputs(of:)`):
/// after each kind of edit on disk, the rebuilt site is byte for byte a fresh render of the
/// reloaded content, and only the pages the edit reaches are rendered again.
@Suite struct PageInputsTests {
    /// An edit of the files under `content/`.
    struct Edit: Sendable, CustomTestStringConvertible {
        let testDescription: String
        /// The SLUG of the one community an edit that changes no score reaches: only its
        /// scorecards and its booklet volume are rendered again, no other community's pages and
        /// none of the pages about the whole year. Nil for an edit that reaches further.
        let community: String?
        let apply: @Sendable (_ content: String) throws -> Void
    }

    static let edits: [Edit] = [
        Edit(testDescription: "一条评定改变（总分和名次随之变化）", community: nil) { content in
            try replace(in: content + "/2017/communities/c00002.yaml", "一把手负责: 是", with: "一把手负责: 否")
        },
        Edit(testDescription: "只改注释（文件字节变了，内容没变）", community: "c00003") { content in
            try append(to: content + "/2017/communities/c00003.yaml", "# 复核过\n")
        },
        Edit(testDescription: "改一名队员的姓名（只影响本社区）", community: "c00004") { content in
            try replaceFirst(in: content + "/2017/communities/c00004.yaml", "姓名: ", with: "姓名: 新")
        },
        Edit(testDescription: "改一条扣分记录的说明（分数不变，考核表汇编里可见）", community: "c00003") { content in
            try replace(in: content + "/2017/communities/c00003.yaml", "已当场指出并要求整改", with: "已当场指出")
        },
        Edit(testDescription: "改备注", community: "c00002") { content in
            try replace(in: content + "/2017/communities/c00002.yaml", "协助破案成效明显", with: "协助破案成效显著")
        },
        Edit(testDescription: "改一个社区的派出所（换册）", community: nil) { content in
            try replaceFirst(in: content + "/2017/communities/c00005.yaml", "派出所: ", with: "派出所: 另一")
        },
        Edit(testDescription: "改 police.yaml 的平台考核数", community: nil) { content in
            try replaceFirst(in: content + "/2017/police.yaml", "平台考核数: [", with: "平台考核数: [1")
        },
        Edit(testDescription: "改 year.yaml 的申请人", community: nil) { content in
            try append(to: content + "/2017/year.yaml", "")
            try replaceFirst(in: content + "/2017/year.yaml", "申请人: ", with: "申请人: 另")
        },
    ]

    /// With the booklet in volumes (`split`) or in one page.
    @Test(arguments: edits, [true, false])
    func aRebuildAfterAnEditIsAFreshRender(edit: Edit, split: Bool) throws {
        let (content, output) = try Self.writeContent()
        let first = try Self.build(content, into: output, split: split, checked: false)
        #expect(first.rendered > 0)
        let again = try Self.build(content, into: output, split: split, checked: false)
        #expect(again.rendered == 0, "nothing changed, yet pages were rendered")
        try edit.apply(content)
        let summary = try Self.build(content, into: output, split: split)
        #expect(summary.rendered > 0)
        // Its scorecard, one per assessed quarter, and the booklet that holds it: the volume when
        // split, else the year's booklet and each quarter's.
        let quarters = try #require(ContentLoader(fileSystem: .local).load(root: content).content?.years.first)
            .records.settings.assessedQuarters.count
        guard let slug = edit.community else { return }
        #expect(summary.rendered == (split ? 2 + quarters : 2 + 2 * quarters))
        // The booklets made again copy every other community's scorecard from their old files:
        // the volume's other members, or the other communities of the year's booklet and of
        // each quarter's.
        let year = try #require(ContentLoader(fileSystem: .local).load(root: content).content?.years.first).records
        let index = try #require(year.communities.firstIndex { $0.slug == slug })
        let volume = try #require(Volumes(threshold: 4, volumeSize: 3).split(year.communities.map(\.policeStation))
            .first { $0.entries.contains(index) })
        #expect(summary.copiedScorecards == (split ? volume.entries.count - 1 : (1 + quarters) * (year.communities.count - 1)))
    }

    /// Pages that compare years (a community's “历年考核”, the next year's comparison, the home
    /// page's trend) follow an edit of the earlier year: the rebuild is still a fresh render, and
    /// the later year's pages that show the edited community's 2017 figures are rendered again.
    @Test func anEditOfOneYearReachesThePagesThatCompareItWithTheNext() throws {
        let (content, output) = try Self.writeContent(years: [2017, 2018])
        _ = try Self.build(content, into: output, split: false, checked: false)
        let slugs = try #require(ContentLoader(fileSystem: .local).load(root: content).content).years
            .map { Set($0.records.communities.map(\.slug)) }
        let shared = try #require(slugs[0].intersection(slugs[1]).sorted().first)
        let before = try String(contentsOfFile: output + "/2018/c/\(shared).html", encoding: .utf8)
        try Self.replace(in: content + "/2017/communities/\(shared).yaml", "一把手负责: 是", with: "一把手负责: 否")
        let summary = try Self.build(content, into: output, split: false)
        #expect(summary.rendered > 0)
        let after = try String(contentsOfFile: output + "/2018/c/\(shared).html", encoding: .utf8)
        #expect(before != after, "the 2018 scorecard shows the community's 2017 total")
    }

    /// Another build of the tool may score or lay out differently: every page made from the
    /// records is rendered again (the home page and free pages fingerprint their views instead).
    @Test func anotherBuildOfTheToolRendersEveryPage() throws {
        let (content, output) = try Self.writeContent()
        let first = try Self.build(content, into: output)
        let other = try Self.build(content, into: output, tool: "另一个版本")
        let pages = ContentLoader(fileSystem: .local).load(root: content).content?.pages.count ?? 0
        #expect(other.rendered == first.rendered - 1 - pages)
    }

    // MARK: Helpers

    /// 6 generated communities on disk (in each of `years`), and where their site goes.
    static func writeContent(years: [Int] = [2017]) throws -> (content: String, output: String) {
        let folder = TemporaryFolder("site-tests").path
        for file in try SampleGenerator(communities: 6, years: years).files() {
            let path = folder + "/content/" + file.relativePath
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                    withIntermediateDirectories: true)
            try file.text.write(toFile: path, atomically: false, encoding: .utf8)
        }
        return (folder + "/content", folder + "/site")
    }

    /// Loads, scores and builds (with `split`, in volumes of 3), then (when `checked`) checks the
    /// site against a fresh render of the same content.
    static func build(_ content: String, into output: String, tool: String = "测试版本", split: Bool = true,
                      checked: Bool = true) throws -> BuildSummary {
        let loaded = ContentLoader(fileSystem: .local).load(root: content)
        let records = try #require(loaded.content, "\(loaded.diagnostics.filter(\.isError))")
        let results = records.years.map { YearAssessment.score($0.records) }
        var builder = Fixture.builder
        if split { builder.volumes = Volumes(threshold: 4, volumeSize: 3) }
        builder.toolVersion = tool
        builder.cacheFolder = IncrementalBuildTests.cacheFolder(besides: output)
        let summary = try builder.build(content: records, results: results, output: output)
        if checked { try IncrementalBuildTests.expectMatchesFreshRender(output, builder, records, results) }
        return summary
    }

    static func replace(in path: String, _ old: String, with new: String) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains(old), "\(path) has no “\(old)”")
        try text.replacingOccurrences(of: old, with: new).write(toFile: path, atomically: false, encoding: .utf8)
    }

    static func replaceFirst(in path: String, _ old: String, with new: String) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let range = try #require(text.range(of: old), "\(path) has no “\(old)”")
        try text.replacingCharacters(in: range, with: new).write(toFile: path, atomically: false, encoding: .utf8)
    }

    static func append(to path: String, _ line: String) throws {
        try (try String(contentsOfFile: path, encoding: .utf8) + line).write(toFile: path, atomically: false, encoding: .utf8)
    }
}
