import Foundation
import Testing
@testable import Scoring
@testable import Site

/// A large year's booklet and forms are split by 派出所 into volumes with an index; its charts
/// show the top of the ranking only, with a note.
@Suite struct VolumesTests {
    @Test func volumesFollowStationsInNameOrderWithUnassignedLast() {
        let rule = Volumes(threshold: 3, volumeSize: 2)
        let volumes = rule.split(["乙所", nil, "甲所", "乙所", "乙所", "甲所"])
        #expect(volumes.map(\.number) == [1, 2, 3, 4])
        // Byte order of the names decides (乙 U+4E59 before 甲 U+7532); entries keep the list's
        // order within a station.
        #expect(volumes.map(\.station) == ["乙所", "乙所", "甲所", Volumes.unassigned])
        let byName = volumes.filter { $0.station == "乙所" }
        #expect(byName.map(\.entries) == [[0, 3], [4]])
        #expect(byName.map(\.label) == ["乙所（第1册，共2册）", "乙所（第2册，共2册）"])
        #expect(volumes.last?.entries == [1])
    }

    @Test(arguments: [(300, false), (301, true)])
    func onlyYearsOverTheThresholdAreSplit(communities: Int, split: Bool) {
        #expect(Volumes().splits(communities) == split)
    }

    @Test func aSplitYearHasAnIndexAndVolumesHoldingEveryScorecardAndForm() throws {
        let (content, results) = Fixture.content()
        var builder = Fixture.builder
        builder.volumes = Volumes(threshold: 2, volumeSize: 2)
        let files = try builder.render(content: content, results: results)
        func page(_ path: String) -> String? { files.first { $0.path.value == path }?.text }
        let index = try #require(page("2016/scorecards.html"))
        #expect(index.contains("href=\"../2016/scorecards/1.html\"") && index.contains("href=\"../2016/scorecards/2.html\""))
        #expect(!index.contains("<article class=\"scorecard"))
        let volumes = [page("2016/scorecards/1.html"), page("2016/scorecards/2.html")].compactMap { $0 }
        #expect(volumes.count == 2)
        for slug in ["hutang", "xiacheng", "yanzheng"] {
            #expect(volumes.filter { $0.contains("id=\"\(slug)\"") }.count == 1, "\(slug)")
        }
        #expect(volumes.allSatisfy { $0.contains("href=\"../../2016/c/") })
        let forms = try #require(page("2016/forms.html"))
        #expect(forms.contains("href=\"../2016/forms/1.html\""))
        let formPages = files.filter { $0.path.value.hasPrefix("2016/forms/") }.map(\.text)
        #expect(formPages.map { $0.components(separatedBy: "class=\"approval-form\"").count - 1 }.reduce(0, +)
            == results[0].annual!.standings.filter { $0.subsidy > .zero }.count)
    }

    @Test func aSmallYearKeepsOneBookletAndOneFormsPage() throws {
        let (content, results) = Fixture.content()
        let files = try Fixture.builder.render(content: content, results: results)
        #expect(!files.contains { $0.path.value.contains("/scorecards/") || $0.path.value.contains("/forms/") })
        let booklet = try #require(files.first { $0.path.value == "2016/scorecards.html" }).text
        #expect(booklet.components(separatedBy: "<article class=\"scorecard compact\"").count - 1 == 3)
    }

    @Test(arguments: [(44, 44, false), (100, 100, false), (101, 100, true), (10_000, 100, true)])
    func theBarChartDrawsTheTopOfLargeRankings(entries: Int, bars: Int, note: Bool) {
        let chart = BarChartView(title: "总分",
                                 entries: (0..<entries).map { ("社区\($0)", Points(tenths: 1000 - $0 % 1000), false) },
                                 maximum: Points(tenths: 1000))
        #expect(chart.bars.count == bars)
        #expect(chart.hasNote == note)
        #expect(chart.bars.first?.label == "社区0")
        if note { #expect(chart.note.contains("前\(bars)名") && chart.note.contains("共\(entries)个")) }
    }
}
