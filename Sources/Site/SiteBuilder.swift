import Records
import Scoring

/// The site stage: scored content in, a static site out (`render`), written atomically (`build`).
///
///     let builder = SiteBuilder(themesRoot: "themes")
///     let summary = try builder.build(content: content, results: results, output: "site")
///
/// Throws `SiteError` (located Chinese diagnostics) for a missing or broken theme, a year with
/// no result, or a failed write; nothing is replaced then.
public struct SiteBuilder: Sendable {
    /// The folder holding theme folders (`themes`); the theme is `content.site.theme`.
    public var themesRoot: String
    public var resultFiles: ResultFiles

    public init(themesRoot: String, resultFiles: ResultFiles = .reports) {
        self.themesRoot = themesRoot
        self.resultFiles = resultFiles
    }

    /// Renders and writes the whole site into `output`, replacing the previous site only on success.
    @discardableResult
    public func build(content: Content, results: [YearResult], output: String) throws -> BuildSummary {
        let files = try render(content: content, results: results)
        return try SiteWriter(output: output).write(files)
    }

    /// Every file of the site, in memory, sorted by path. Pure apart from reading the theme.
    public func render(content: Content, results: [YearResult]) throws -> [SiteFile] {
        let theme = try Theme.load(root: themesRoot, name: content.site.theme, requestedAt: content.site.location)
        let pairs = try pair(content: content, results: results)
        let layouts = LayoutBuilder(siteTitle: content.site.title, organization: content.site.organization,
                                    years: pairs.map(\.result.year))
        var files: [SiteFile] = theme.assets.map { SiteFile(path: SitePath("assets/" + $0.path), bytes: $0.bytes) }

        func page(_ path: SitePath, _ template: String, title: String, year: Int? = nil, _ view: Any) {
            let context = PageContext(layout: layouts.layout(for: path, title: title, year: year), page: view)
            files.append(SiteFile(path: path, text: theme.render(context, template: template)))
        }

        page(.home, "home", title: content.site.title,
             HomeView(content: content, results: pairs.map(\.result), page: .home))
        for free in content.pages {
            page(.page(free.name), "page", title: free.title,
                 FreePageView(title: free.title, html: Markdown.html(free.markdown)))
        }
        for (yearContent, result) in pairs {
            let year = result.year
            page(.year(year), "year", title: "\(year)年度群防群治考核", year: year,
                 YearView(content: yearContent, result: result, page: .year(year)))
            for quarter in Quarter.allCases {
                let path = SitePath.quarter(quarter.rawValue, of: year)
                let view = QuarterView(quarter: quarter, result: result, page: path)
                page(path, "quarter", title: view.title, year: year, view)
            }
            var scorecards: [ScorecardView] = []
            for community in yearContent.records.communities {
                let path = SitePath.scorecard(community.slug, of: year)
                let view = ScorecardView(community: community, result: result, page: path)
                page(path, "scorecard", title: "\(community.name) \(year)年度考核表", year: year, view)
                scorecards.append(ScorecardView(community: community, result: result, page: .scorecards(year), compact: true))
            }
            page(.scorecards(year), "scorecards", title: "\(year)年度考核表汇编", year: year,
                 ScorecardBooklet(year: year, scorecards: scorecards))
            let subsidy = SubsidyView(result: result, page: .subsidy(year))
            page(.subsidy(year), "subsidy", title: subsidy.title, year: year, subsidy)
            let forms = FormsView(result: result)
            page(.forms(year), "forms", title: forms.title, year: year, forms)
            let rules = RulesView(result: result)
            page(.rules(year), "rules", title: rules.title, year: year, rules)
            files.append(SiteFile(path: .resultsJSON(year), text: resultFiles.json(result)))
            files.append(SiteFile(path: .resultsCSV(year), text: resultFiles.csv(result)))
        }
        return files.sorted { $0.path < $1.path }
    }

    /// Each year folder with its result, oldest first; every year needs exactly its own result,
    /// and page names must be safe file names.
    func pair(content: Content, results: [YearResult]) throws -> [(content: YearContent, result: YearResult)] {
        var problems: [Diagnostic] = []
        var pairs: [(content: YearContent, result: YearResult)] = []
        for year in content.years.sorted(by: { $0.records.settings.year < $1.records.settings.year }) {
            let settings = year.records.settings
            if let result = results.first(where: { $0.year == settings.year }) {
                pairs.append((year, result))
            } else {
                problems.append(.error(settings.location, "\(settings.year)年度没有评分结果，无法生成网站"))
            }
        }
        for free in content.pages where free.name.isEmpty || free.name.hasPrefix(".")
            || free.name.contains("/") || free.name.contains("\\") {
            problems.append(.error(free.location, "页面文件名“\(free.name)”不能用作网址"))
        }
        guard problems.isEmpty else { throw SiteError(problems) }
        return pairs
    }
}

/// `Y/scorecards.html`: every scorecard of the year in one document, one per printed page.
struct ScorecardBooklet {
    let year: Int
    let scorecards: [ScorecardView]
}
