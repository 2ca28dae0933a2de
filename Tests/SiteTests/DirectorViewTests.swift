import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Records
@testable import Scoring
@testable import Site
import Testing

/// The director's view on the sample site (content/, two years): every figure of the town's
/// overviews is recomputed here by hand from the scores and looked for on the pages, and every
/// chart is well-formed SVG with a text alternative.
@Suite struct DirectorViewTests {
    struct Site: Sendable {
        let content: Content
        let results: [YearResult]
        let pages: [String: String]
    }

    /// Built once for the suite: loading, scoring and rendering the sample takes seconds.
    static let built = Result { try load() }

    static func sample() throws -> Site { try built.get() }

    static func load() throws -> Site {
        let loaded = ContentLoader(fileSystem: .local).load(root: Fixture.repository.appendingPathComponent("content").path)
        let content = try #require(loaded.content)
        let results = content.years.map { YearAssessment.score($0.records) }
        let files = try Fixture.builder.render(content: content, results: results)
        return Site(content: content, results: results,
                    pages: Dictionary(uniqueKeysWithValues: files.map { ($0.path.value, $0.text) }))
    }

    static func hundredths(_ value: Int) -> String { FixedPoint.formatFixed(value, decimals: 2) }

    /// Sum × 10 / count, rounded half up: an average in hundredths.
    static func average(_ tenths: [Int]) -> Int { (tenths.reduce(0, +) * 10 * 2 + tenths.count) / (2 * tenths.count) }

    @Test func theSampleHasTwoYearsOneOfThemMidYearWithChangedRules() throws {
        let site = try Self.sample()
        #expect(site.results.count >= 2)
        let latest = try #require(site.results.last)
        #expect(latest.annual == nil && !latest.quarters.isEmpty, "the latest sample year stops mid-year")
        #expect(latest.settings.rulebook != site.results[site.results.count - 2].settings.rulebook)
        let slugs = site.results.map { Set($0.quarters.last!.standings.map(\.score.slug)) }
        #expect(!slugs[slugs.count - 2].subtracting(slugs.last!).isEmpty, "some community leaves")
        #expect(!slugs.last!.subtracting(slugs[slugs.count - 2]).isEmpty, "some community joins")
    }

    @Test func everyQuarterPageShowsWhereThePointsAreLost() throws {
        let site = try Self.sample()
        for result in site.results {
            for quarter in result.quarters {
                let page = try #require(site.pages["\(result.year)/q\(quarter.quarter.rawValue).html"])
                let scores = quarter.standings.map(\.score)
                for number in 1...scores[0].items.count {
                    let losses = scores.map { $0.items[number - 1].maximum.tenths - $0.items[number - 1].points.tenths }
                    let item = scores[0].items[number - 1]
                    let row = "<th scope=\"row\">\(number) \(item.item.shortTitle)</th><td class=\"num\">\(item.maximum)</td>"
                        + "<td class=\"num\">\(Points(tenths: losses.reduce(0, +)))</td>"
                        + "<td class=\"num\">\(Self.hundredths(Self.average(losses)))</td>"
                        + "<td class=\"num\">\(losses.filter { $0 > 0 }.count)/\(scores.count)</td>"
                    #expect(page.contains(row), "\(result.year) \(quarter.quarter.name) item \(number)")
                    // The community that lost most on the item is linked from its row.
                    if let worst = zip(scores, losses).filter({ $0.1 > 0 })
                        .max(by: { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0.slug > $1.0.slug }) {
                        #expect(page.contains("c/\(worst.0.slug)/q\(quarter.quarter.rawValue).html\">\(worst.0.name)（−\(Points(tenths: worst.1))）"))
                    }
                }
                #expect(page.contains("<table class=\"heat-map\">"))
            }
        }
    }

    @Test func quarterPagesShowTheChangeInTotalAndTheBiggestMoves() throws {
        let site = try Self.sample()
        var risersSeen = 0
        for result in site.results {
            for (previous, quarter) in zip(result.quarters, result.quarters.dropFirst()) {
                let page = try #require(site.pages["\(result.year)/q\(quarter.quarter.rawValue).html"])
                let before = Dictionary(uniqueKeysWithValues: previous.standings.map { ($0.score.slug, $0.score) })
                #expect(page.contains("本季度变化（与\(previous.quarter.name)比较"))
                let changes = quarter.standings.compactMap { standing in
                    before[standing.score.slug].map { (standing.score, standing.score.total.tenths - $0.total.tenths) }
                }
                if let top = changes.filter({ $0.1 > 0 }).max(by: { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0.slug > $1.0.slug }) {
                    risersSeen += 1
                    let was = before[top.0.slug]!.total
                    #expect(page.contains(">\(top.0.name)</a>：总分 \(was) → \(top.0.total)（+\(Points(tenths: top.1))）"))
                }
                for standing in quarter.standings where before[standing.score.slug]?.isVetoed == false && standing.score.isVetoed {
                    #expect(page.contains("本季度新增一票否决"))
                }
                // Each ranking row carries the change in total beside the change in rank.
                for (score, change) in changes.prefix(5) {
                    let text = change == 0 ? "±0" : Format.signed(Points(tenths: change))
                    #expect(page.contains("<td class=\"num change\">\(text)</td><td class=\"name\"><a href=\"../\(result.year)/c/\(score.slug)/q\(quarter.quarter.rawValue).html\">"))
                }
            }
        }
        #expect(risersSeen > 0)
    }

    @Test func theMidYearPageEstimatesTheSubsidyFromTheLatestStanding() throws {
        let site = try Self.sample()
        let result = try #require(site.results.last { $0.annual == nil && !$0.quarters.isEmpty })
        let latest = try #require(result.quarters.last)
        let page = try #require(site.pages["\(result.year)/index.html"])
        #expect(page.contains("全镇概况：截至\(latest.quarter.name)（非年度结果）"))
        #expect(page.contains("截至\(latest.quarter.name)排名与按当前得分预估补贴（非年度结果）"))
        var total = 0
        for standing in latest.standings {
            var fen = 0
            if !standing.score.isVetoed, case .bands(let bands)? = result.settings.subsidy,
               let band = bands.first(where: { $0.minimum <= standing.score.total }) {
                fen = band.amount.fen
            }
            total += fen
            #expect(page.contains(">\(standing.score.name)</a></td><td class=\"num total\">\(standing.score.total)</td><td class=\"num\">\(Format.yuan(Money(fen: fen)))</td>"))
        }
        #expect(page.contains("预估补贴合计（非年度结果）</th><td class=\"num\">\(Format.yuan(Money(fen: total)))</td>"))
    }

    @Test func eachYearIsComparedWithThePreviousOneOverTheSamePeriod() throws {
        let site = try Self.sample()
        for (previous, result) in zip(site.results, site.results.dropFirst()) {
            let latest = try #require(result.quarters.last)
            let then = try #require(previous.quarters.first { $0.quarter == latest.quarter })
            let page = try #require(site.pages["\(result.year)/index.html"])
            #expect(page.contains("与\(previous.year)年度比较"))
            if result.settings.rulebook != previous.settings.rulebook { #expect(page.contains("两个年度的考核细则不同")) }
            let averages = [then, latest].map { Self.average($0.standings.map(\.score.total.tenths)) }
            #expect(page.contains("<th scope=\"row\">平均总分</th><td class=\"num\">\(Self.hundredths(averages[0]))</td><td class=\"num\">\(Self.hundredths(averages[1]))</td>"))
            let before = Dictionary(uniqueKeysWithValues: then.standings.map { ($0.score.slug, $0.score) })
            for standing in latest.standings {
                let old = before[standing.score.slug]
                let change = old.map { standing.score.total.tenths - $0.total.tenths }
                let changeText = change.map { $0 == 0 ? "±0" : Format.signed(Points(tenths: $0)) } ?? "—"
                #expect(page.contains(">\(standing.score.name)</a></td><td class=\"num\">\(old.map { "\($0.total)" } ?? "—")</td>"
                    + "<td class=\"num\">\(standing.score.total)</td><td class=\"num\">\(changeText)</td>"), "\(standing.score.slug)")
            }
            for left in then.standings where !latest.standings.contains(where: { $0.score.slug == left.score.slug }) {
                #expect(page.contains(">\(left.score.name)</a></td><td class=\"num\">\(left.score.total)</td><td class=\"num\">—</td>"))
            }
        }
    }

    @Test func aCommunityOfSeveralYearsShowsItsYearsAndTheHomePageTheTownsTrend() throws {
        let site = try Self.sample()
        let standings = site.results.map { result in
            (result, Dictionary(uniqueKeysWithValues: (result.quarters.last?.standings ?? []).map { ($0.score.slug, $0) }))
        }
        var seen = 0
        for (result, bySlug) in standings {
            for slug in bySlug.keys {
                let years = standings.filter { $0.1[slug] != nil }
                let page = try #require(site.pages["\(result.year)/c/\(slug).html"])
                guard years.count > 1 else {
                    #expect(!page.contains("<h2>历年考核</h2>"))
                    continue
                }
                seen += 1
                #expect(page.contains("<h2>历年考核</h2>"))
                for (other, others) in years {
                    let standing = others[slug]!
                    #expect(page.contains("\(other.year)/c/\(slug).html\">\(other.year)年度</a>"))
                    let rank = standing.rank.map { "第\($0)名" } ?? "一票否决"
                    #expect(page.contains("<td class=\"num total\">\(standing.score.total)</td><td class=\"num\">\(rank)</td>"), "\(slug) \(other.year)")
                }
            }
        }
        #expect(seen > 0)
        let home = try #require(site.pages["index.html"])
        #expect(home.contains("<h2>全镇历年概况</h2>"))
        for (result, bySlug) in standings where !bySlug.isEmpty {
            let average = Self.average(bySlug.values.map(\.score.total.tenths))
            #expect(home.contains("\(result.year)年度</a></td>") && home.contains("<td class=\"num\">\(Self.hundredths(average))</td>"))
        }
    }

    /// Every chart parses as XML, names itself for screen readers and has a caption.
    @Test func everyChartIsWellFormedSVGWithATextAlternative() throws {
        let site = try Self.sample()
        var charts = 0
        for (path, page) in site.pages where path.hasSuffix(".html") {
            var rest = page[...]
            while let start = rest.range(of: "<svg "), let end = rest[start.lowerBound...].range(of: "</svg>") {
                let svg = String(rest[start.lowerBound..<end.upperBound])
                charts += 1
                let parser = XMLParser(data: Data(svg.utf8))
                #expect(parser.parse(), "\(path): \(parser.parserError.map { "\($0)" } ?? "")")
                #expect(svg.contains("role=\"img\"") && !svg.contains("aria-label=\"\""), "\(path)")
                #expect(rest[end.upperBound...].hasPrefix("\n<figcaption>"), "\(path)")
                rest = rest[end.upperBound...]
            }
        }
        #expect(charts > 0)
    }
}
