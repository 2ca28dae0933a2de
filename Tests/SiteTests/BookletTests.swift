import Records
import Scoring
import Testing
@testable import Site

/// The meeting booklet's compact scorecard keeps to one A4 page: only items that lost points,
/// each with the records that cost them; the full scorecard keeps every line.
@Suite struct BookletTests {
    static let item = AssessmentItem.all[5]
    static let reasons = [
        Reason("督查 5 次，未开展巡逻 1 次"),
        Reason("2017-03-05 督查发现未开展巡逻", day: Day(parsing: "2017-03-05"), points: Points(-5)),
        Reason("评定 台账健全：是", points: Points(3)),
    ]

    @Test func compactKeepsOnlyTheRecordsThatCostPoints() throws {
        let score = ItemScore(item: Self.item, maximum: 24, points: 19, capped: false, reasons: Self.reasons)
        let full = try #require(ScorecardView.deduction(score))
        #expect(full.reasons.count == 3)
        let compact = try #require(ScorecardView.deduction(score, compact: true))
        // The date is printed once, as part of the scoring library's text.
        #expect(compact.reasons.map(\.text) == ["2017-03-05 督查发现未开展巡逻"])
    }

    @Test func aCappedItemWithNoLossIsLeftOutOfTheBooklet() {
        let score = ItemScore(item: AssessmentItem.all[3], maximum: 2, points: 2, capped: true, reasons: Self.reasons)
        #expect(ScorecardView.deduction(score) != nil)
        #expect(ScorecardView.deduction(score, compact: true) == nil)
    }
}

/// Links to pages whose names hold URL syntax still lead to the file.
@Suite struct SitePathLinkTests {
    @Test(arguments: [
        ("pages/about.html", "pages/about.html"),
        ("pages/关于 我们.html", "pages/关于%20我们.html"),
        ("pages/a#b?c%d.html", "pages/a%23b%3Fc%25d.html"),
        ("pages/a&b\"c.html", "pages/a%26b%22c.html"),
        // Every other character a link encodes, controls and DEL; other ASCII and letters stay.
        ("pages/x\u{7F}y\tz=+;'^`{|}<>\\~!$().html", "pages/x%7Fy%09z%3D%2B%3B%27%5E%60%7B%7C%7D%3C%3E%5C~!$().html"),
        ("2017/c/湖塘.html", "2017/c/湖塘.html"),
    ])
    func pageLinksArePercentEncoded(path: String, link: String) {
        #expect(SitePath("2017/c/x.html").link(to: SitePath(path)) == "../../" + link)
    }
}

/// No empty explanation: on the full scorecard and on the booklet's compact one, every item below
/// its 分值 lists at least one reason, for every community of the sample year (there, item 11
/// with no clue lost 8 points over an empty list on 13 of 44 scorecards).
@Suite struct LostPointsExplainedTests {
    @Test(arguments: [false, true])
    func everyLostItemListsAReason(compact: Bool) throws {
        let loaded = ContentLoader(fileSystem: .local).load(root: Fixture.repository.appendingPathComponent("content").path)
        let year = try #require(loaded.content?.years.first)
        let index = YearIndex(YearAssessment.score(year.records))
        var lost = 0
        for community in year.records.communities {
            let view = ScorecardView(community: community, index: index, page: .scorecards(2017), compact: compact)
            for deduction in view.deductions where deduction.summary.contains("失") {
                lost += 1
                #expect(!deduction.reasons.isEmpty, "\(community.slug) item \(deduction.number): \(deduction.summary)")
            }
        }
        #expect(lost > 100)
    }
}

/// Every assessed quarter of every community keeps its own explained scorecard
/// (`Y/c/SLUG/qN.html`) and every quarter its meeting booklet (`Y/scorecards-qN.html`), linked
/// from the scorecard's quarters table and from that quarter's ranking: what the office printed
/// for a quarter's meeting stays in the archive, with its vetoes and lost points explained.
@Suite struct QuarterScorecardTests {
    static func site() throws -> (YearResult, [String: String]) {
        let loaded = ContentLoader(fileSystem: .local).load(root: Fixture.repository.appendingPathComponent("content").path)
        let content = try #require(loaded.content)
        let results = content.years.map { YearAssessment.score($0.records) }
        let files = try Fixture.builder.render(content: content, results: results)
        return (results[0], Dictionary(uniqueKeysWithValues: files.map { ($0.path.value, $0.text) }))
    }

    @Test func eachQuarterHasItsExplainedScorecardAndBooklet() throws {
        let (result, pages) = try Self.site()
        #expect(result.quarters.count == 4)
        var vetoesSeen = 0
        for quarter in result.quarters {
            let q = quarter.quarter.rawValue
            let ranking = try #require(pages["2017/q\(q).html"])
            let booklet = try #require(pages["2017/scorecards-q\(q).html"])
            #expect(ranking.contains("href=\"../2017/scorecards-q\(q).html\""))
            #expect(booklet.components(separatedBy: "<article class=\"scorecard compact\"").count - 1 == quarter.standings.count)
            #expect(booklet.contains("2017年\(quarter.quarter.name)群防群治考核表"))
            for standing in quarter.standings {
                let slug = standing.score.slug
                let page = try #require(pages["2017/c/\(slug)/q\(q).html"], "2017/c/\(slug)/q\(q).html")
                #expect(page.contains("2017年\(quarter.quarter.name)考核"))
                #expect(page.contains("<strong>\(standing.score.total)</strong>"), "\(slug) q\(q)")
                // The archive of that quarter's meeting: later quarters show as not yet assessed.
                let later = String(repeating: "<td class=\"num\">未考核</td>", count: 4 - q)
                #expect(page.contains("<td class=\"num\">\(standing.score.total)</td>\(later)</tr>"), "\(slug) q\(q)")
                for veto in standing.score.vetoes {
                    vetoesSeen += 1
                    #expect(page.contains(veto.text), "\(slug) q\(q): \(veto.text)")
                }
                #expect(ranking.contains("href=\"../2017/c/\(slug)/q\(q).html\""))
                #expect(try #require(pages["2017/c/\(slug).html"]).contains("href=\"../../2017/c/\(slug)/q\(q).html\""))
            }
        }
        #expect(vetoesSeen > 0)
        // The latest assessed quarter's scorecard is also the community's page.
        let hutang = try #require(pages["2017/c/hutang.html"])
        let hutangQ4 = try #require(pages["2017/c/hutang/q4.html"])
        #expect(hutang.contains("年度总分") && hutangQ4.contains("年度总分"))
        #expect(!(try #require(pages["2017/c/hutang/q2.html"])).contains("年度总分"))
    }
}

/// The year page and each quarter page show the town at a glance, figures recomputed here from
/// the results by hand: communities assessed, the average total, the vetoed and the subsidy total.
@Suite struct TownSummaryPageTests {
    @Test func theSummaryOnThePagesIsTheResults() throws {
        let (result, pages) = try QuarterScorecardTests.site()
        for quarter in result.quarters {
            let page = try #require(pages["2017/q\(quarter.quarter.rawValue).html"])
            let totals = quarter.standings.map(\.score.total.tenths)
            let average = (totals.reduce(0, +) * 10 + totals.count / 2) / totals.count
            #expect(page.contains("<td>\(totals.count) 个</td>"))
            #expect(page.contains("<td>\(FixedPoint.formatFixed(average, decimals: 2)) 分</td>"), "q\(quarter.quarter.rawValue)")
            #expect(page.contains("<td>\(quarter.standings.filter(\.score.isVetoed).count) 个"))
        }
        let year = try #require(pages["2017/index.html"])
        let annual = try #require(result.annual)
        let total = annual.standings.map(\.subsidy.fen).reduce(0, +)
        #expect(year.contains("全镇概况（年度）"))
        #expect(year.contains("<td>\(Format.yuan(Money(fen: total))) 元</td>"))
    }
}
