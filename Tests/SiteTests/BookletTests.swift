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
    ])
    func pageLinksArePercentEncoded(path: String, link: String) {
        #expect(SitePath("2017/c/x.html").link(to: SitePath(path)) == "../../" + link)
    }
}
