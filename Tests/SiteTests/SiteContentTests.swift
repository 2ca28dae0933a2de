import Foundation
import Records
import SampleContent
import Scoring
import Testing
@testable import Site

/// The rendered site's guarantees (README, “网站”): escaping, privacy, links, determinism, all years.
@Suite struct SiteContentTests {
    /// Rendered once per kind and shared: rendering is the slow part of these tests.
    static let plainSite = Result { try renderFresh(hostile: false) }
    static let hostileSite = Result { try renderFresh(hostile: true) }

    static func render(hostile: Bool = false) throws -> [SiteFile] {
        try (hostile ? hostileSite : plainSite).get()
    }

    static func renderFresh(hostile: Bool) throws -> [SiteFile] {
        let (content, results) = Fixture.content(hostile: hostile)
        return try Fixture.builder.render(content: content, results: results)
    }

    static func html(_ files: [SiteFile]) -> [SiteFile] { files.filter { $0.path.value.hasSuffix(".html") } }

    @Test func everyPageOfEveryYearIsWritten() throws {
        let paths = Set(try Self.render().map(\.path.value))
        var expected = ["index.html", "pages/about.html", "assets/site.css", "assets/print.css"]
        let (_, results) = Fixture.content()
        for year in [2016, 2017] {
            expected += ["index", "q1", "q2", "q3", "q4", "subsidy", "forms", "scorecards", "rules"].map { "\(year)/\($0).html" }
            expected += ["hutang", "xiacheng", "yanzheng"].map { "\(year)/c/\($0).html" }
            expected += ["\(year)/results.csv", "\(year)/results.json"]
            // Each assessed quarter: its booklet and each community's scorecard as assessed then.
            let assessed = try #require(results.first { $0.year == year }).quarters.map(\.quarter.rawValue)
            #expect(!assessed.isEmpty)
            for quarter in assessed {
                expected.append("\(year)/scorecards-q\(quarter).html")
                expected += ["hutang", "xiacheng", "yanzheng"].map { "\(year)/c/\($0)/q\(quarter).html" }
            }
        }
        #expect(paths == Set(expected))
    }

    @Test(arguments: Fixture.hostileFields)
    func userTextIsEscaped(field: String) throws {
        let files = Self.html(try Self.render(hostile: true))
        let text = Fixture.hostile(field)
        #expect(files.contains { $0.text.contains(Fixture.escaped(text)) }, "“\(field)”没有出现在任何页面上")
        for file in files {
            #expect(!file.text.contains(text), "\(file.path) 含未转义的“\(field)”")
        }
    }

    @Test func noScriptReachesAnyPage() throws {
        for file in Self.html(try Self.render(hostile: true)) {
            let lower = file.text.lowercased()
            #expect(!lower.contains("<script"), "\(file.path)")
            #expect(!lower.contains("javascript:"), "\(file.path)")
            #expect(!lower.contains("onerror="), "\(file.path)")
            #expect(!lower.contains("<div>raw</div>"), "\(file.path)")
        }
    }

    /// The roster shows each member's phone as the model holds it, masked (the loader masks it:
    /// `PublishedPrivacyTests` checks real records end to end).
    @Test func maskedPhonesAreShown() throws {
        let files = try Self.render()
        let all = files.map(\.text).joined()
        #expect(all.contains("139****0001"))
        #expect(all.contains("*********1234"))
    }

    @Test(arguments: [false, true])
    func addressAndAgeNeverAppear(hostile: Bool) throws {
        for file in try Self.render(hostile: hostile) {
            #expect(!file.text.contains("住址"), "\(file.path)")
            #expect(!file.text.contains("年龄"), "\(file.path)")
        }
    }

    @Test func everyLinkIsRelativeAndResolves() throws {
        let files = try Self.render()
        let paths = Set(files.map(\.path.value))
        var checked = 0
        for file in Self.html(files) {
            for link in Self.links(in: file.text) {
                #expect(!link.contains("://") && !link.hasPrefix("/") && !link.hasPrefix("mailto:"),
                        "\(file.path) 链接 \(link) 不是相对链接")
                let target = link.split(separator: "#", omittingEmptySubsequences: false).first.map(String.init) ?? ""
                if target.isEmpty { continue }
                let resolved = Self.resolve(target, from: file.path.value)
                #expect(resolved.map(paths.contains) == true, "\(file.path) 链接 \(link) 指向不存在的文件")
                checked += 1
            }
        }
        #expect(checked > 100)
    }

    @Test func sameInputGivesIdenticalBytes() throws {
        let first = try Self.renderFresh(hostile: true)
        let second = try Self.renderFresh(hostile: true)
        #expect(first == second)
    }

    @Test func quartersAfterTheCutoffShowAsNotAssessed() throws {
        let files = try Self.render()
        let q3 = try #require(files.first { $0.path.value == "2017/q3.html" })
        #expect(q3.text.contains("未考核"))
        let q1 = try #require(files.first { $0.path.value == "2017/q1.html" })
        #expect(q1.text.contains("治安状况排序"))
        #expect(q1.text.contains("夏城社区"))
    }

    @Test func scorecardShowsSelfAssessmentDifferencesAndReasons() throws {
        let files = try Self.render()
        let card = try #require(files.first { $0.path.value == "2016/c/xiacheng.html" })
        #expect(card.text.contains("class=\"differs\""))          // 自评 24 for item 6, actual 19
        #expect(card.text.contains("督查发现未开展巡逻"))
        #expect(card.text.contains("2016-03-05"))
        #expect(card.text.contains("（封顶）"))
        #expect(card.text.contains("■队长"))
        #expect(card.text.contains("<strong>重点</strong>"))
        #expect(card.text.contains("<svg"))
    }

    /// docs/记录格式.md, year.yaml: a year without 补贴 pays no subsidy and prints no approval form.
    @Test func aYearWithoutSubsidyRulesHasNoForms() throws {
        var files: [String: [UInt8]] = [:]
        for file in try SampleGenerator(communities: 3).files() {
            var text = file.text
            if file.relativePath.hasSuffix("year.yaml") {
                let start = try #require(text.range(of: "补贴:"))
                let end = try #require(text.range(of: "用款审批:"))
                text.removeSubrange(start.lowerBound..<end.lowerBound)
            }
            files["content/" + file.relativePath] = Array(text.utf8)
        }
        let loaded = ContentLoader(fileSystem: .memory(files)).load(root: "content")
        let content = try #require(loaded.content, "\(loaded.diagnostics.filter(\.isError))")
        let results = content.years.map { YearAssessment.score($0.records) }
        let annual = try #require(results.first?.annual)
        #expect(annual.standings.allSatisfy { $0.subsidy == .zero } && annual.standings.contains { !$0.vetoed })
        let site = try Fixture.builder.render(content: content, results: results)
        let forms = try #require(site.first { $0.path.value == "2017/forms.html" })
        #expect(!forms.text.contains("class=\"approval-form\""))
    }

    /// Every text that states a rule states the year's own numbers: with 未巡逻扣分 8 and item 10
    /// worth 26, every scorecard (and the booklet) prints 扣 8分 and never the default's 扣 5分,
    /// the rules page says the maximum is 106, and loading warns about it.
    @Test func overriddenRulesArePrintedAsApplied() throws {
        var files: [String: [UInt8]] = [:]
        for file in try SampleGenerator(communities: 3).files() {
            var text = file.text
            if file.relativePath.hasSuffix("year.yaml") {
                text = text.replacingOccurrences(of: "细则: {}", with: "细则:\n  巡逻防范日常化.未巡逻扣分: 8\n  案件防范.分值: 26")
            }
            files["content/" + file.relativePath] = Array(text.utf8)
        }
        let loaded = ContentLoader(fileSystem: .memory(files)).load(root: "content")
        let content = try #require(loaded.content, "\(loaded.diagnostics.filter(\.isError))")
        #expect(loaded.diagnostics.contains { !$0.isError && $0.message.contains("改写后 14 项分值合计 106 分，不是 100 分") })
        let site = try Fixture.builder.render(content: content, results: content.years.map { YearAssessment.score($0.records) })
        let scorecards = site.filter { $0.path.value.hasPrefix("2017/c/") }
        #expect(scorecards.count == 3 * 5)   // each community's page and its four quarters' pages
        for page in scorecards {
            #expect(page.text.contains("每发现1次没有开展巡逻的扣 8分"), "\(page.path)")
            #expect(!page.text.contains("扣 5分"), "\(page.path)")
            #expect(page.text.contains("合计总分（满分106分）"), "\(page.path)")
        }
        let rules = try #require(site.first { $0.path.value == "2017/rules.html" })
        #expect(rules.text.contains("14项合计106分，不是100分"))
        #expect(rules.text.contains("扣8分") && !rules.text.contains("扣5分"))
    }

    /// Pages print money with thousands separators; the results files keep plain numbers.
    @Test func moneyOnPagesHasThousandsSeparators() throws {
        let files = try Self.render()
        let forms = try #require(files.first { $0.path.value == "2016/forms.html" })
        #expect(forms.text.contains("¥20,000.00元"))
        let subsidy = try #require(files.first { $0.path.value == "2016/subsidy.html" })
        #expect(subsidy.text.contains(">20,000.00<") && !subsidy.text.contains(">20000.00<"))
    }

    /// The year page's quarters table follows the latest ranking; lost-point headings read
    /// "…平稳下降：得…" without a "。：" run.
    @Test func theYearsTableIsInRankOrderAndHeadingsReadCleanly() throws {
        let (content, results) = Fixture.content()
        let files = try Fixture.builder.render(content: content, results: results)
        let year = try #require(files.first { $0.path.value == "2016/index.html" }).text
        let order = try #require(results.first { $0.year == 2016 }?.quarters.last).standings.map(\.score.name)
        let table = try #require(year.range(of: "class=\"quarters\"")).upperBound
        let positions = order.compactMap { year.range(of: ">\($0)</a>", range: table..<year.endIndex)?.lowerBound }
        #expect(positions.count == order.count && positions == positions.sorted())
        #expect(!files.contains { $0.text.contains("。：") })
    }

    @Test func formsOnlyForNonZeroSubsidies() throws {
        let files = try Self.render()
        let forms = try #require(files.first { $0.path.value == "2016/forms.html" })
        #expect(forms.text.components(separatedBy: "class=\"approval-form\"").count - 1 == 2)   // one community is vetoed
        #expect(forms.text.contains("贰万元整"))
        let pending = try #require(files.first { $0.path.value == "2017/forms.html" })
        #expect(!pending.text.contains("class=\"approval-form\""))
    }

    @Test func theBookletHasOneCompactScorecardPerCommunity() throws {
        let files = try Self.render()
        let booklet = try #require(files.first { $0.path.value == "2016/scorecards.html" })
        #expect(booklet.text.components(separatedBy: "<article class=\"scorecard compact\"").count - 1 == 3)
        #expect(!booklet.text.contains("评分标准"))
        #expect(!booklet.text.contains("花名册"))
        let single = try #require(files.first { $0.path.value == "2016/c/hutang.html" })
        #expect(single.text.contains("评分标准") && single.text.contains("花名册") && single.text.contains("执勤排班表"))
    }

    // MARK: - Link helpers

    static func links(in html: String) -> [String] {
        var links: [String] = []
        for attribute in ["href=\"", "src=\""] {
            var rest = html[...]
            while let start = rest.range(of: attribute) {
                rest = rest[start.upperBound...]
                guard let end = rest.firstIndex(of: "\"") else { break }
                links.append(String(rest[..<end]).replacingOccurrences(of: "&amp;", with: "&"))
                rest = rest[end...]
            }
        }
        return links
    }

    static func resolve(_ link: String, from page: String) -> String? {
        var parts = page.split(separator: "/").dropLast().map(String.init)
        for component in link.split(separator: "/", omittingEmptySubsequences: false) {
            switch component {
            case "..": guard !parts.isEmpty else { return nil }; parts.removeLast()
            case ".", "": continue
            default: parts.append(String(component))
            }
        }
        return parts.joined(separator: "/")
    }
}
