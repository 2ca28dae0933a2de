import Foundation
import Records
import Scoring
import Testing
@testable import Site

/// docs/评分口径.md is the rules page of the sample year as Markdown (`RulesView.markdown`): the
/// committed document must be what the code makes, so the repository's account of the rules
/// cannot drift from the site's. `QUNFANG_UPDATE_DOCS=1` rewrites it instead of failing.
@Suite struct RulesDocumentTests {
    static let document = Fixture.repository.appendingPathComponent("docs/评分口径.md")

    @Test func theCommittedDocumentIsWhatTheRulesPageSays() throws {
        let loaded = ContentLoader(fileSystem: .local).load(root: Fixture.repository.appendingPathComponent("content").path)
        let year = try #require(loaded.content?.years.first { $0.records.settings.year == 2017 })
        let made = RulesView(result: YearAssessment.score(year.records)).markdown
        if ProcessInfo.processInfo.environment["QUNFANG_UPDATE_DOCS"] == "1" {
            try made.write(to: Self.document, atomically: true, encoding: .utf8)
        }
        let committed = try String(contentsOf: Self.document, encoding: .utf8)
        #expect(committed == made, "docs/评分口径.md is stale: run QUNFANG_UPDATE_DOCS=1 swift test --filter RulesDocumentTests")
        // The document states every item, every veto and every parameter.
        for number in 1...14 { #expect(made.contains("### 第\(number)项 ")) }
        for parameter in RulebookParameter.all { #expect(made.contains("`\(parameter.name)`")) }
        // The readings of the original rulebook a reader must see, on the page and here.
        for reading in ["一次报备即涵盖本社区所有队伍", "分别应累计培训0、1、1、2次", "本年有案件得0分",
                        "零发案的20分同样扣减", "退出日期不晚于加入日期的记录报错", "25日当天报备算按时"] {
            #expect(made.contains(reading), "\(reading)")
        }
    }
}
