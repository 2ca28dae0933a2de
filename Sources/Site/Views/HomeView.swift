import Records
import Scoring

/// `index.html`: the years, the latest assessed ranking at a glance, and the free pages.
struct HomeView {
    struct YearLine {
        let href: String
        let label: String
        let status: String
    }

    let years: [YearLine]
    let pages: [LinkView]
    let hasPages: Bool
    let hasLatest: Bool
    let latestTitle: String
    let latestHref: String
    let latest: StandingsTable
    /// The town year by year, when some year is assessed.
    let trend: [TownTrendView]

    /// How many lines of the latest ranking the home page shows.
    static let glanceCount = 10

    init(content: Content, results: [YearResult], history: History, page: SitePath) {
        self.years = results.reversed().map { result in
            YearLine(href: page.link(to: .year(result.year)), label: "\(result.year)年度",
                     status: result.quarters.last.map { "已考核至\($0.quarter.name)" } ?? "尚未考核")
        }
        self.pages = content.pages.map { LinkView(href: page.link(to: .page($0.name)), label: $0.title) }
        self.hasPages = !pages.isEmpty
        let maximum = results.last?.settings.rulebook.totalMaximum ?? Rulebook().totalMaximum
        self.trend = history.town.isEmpty ? [] : [TownTrendView(history.town, maximum: maximum, page: page)]
        let latestYear = results.last { !$0.quarters.isEmpty }
        let latestQuarter = latestYear?.quarters.last
        self.hasLatest = latestQuarter != nil
        if let latestYear, let latestQuarter {
            self.latestTitle = "\(latestYear.year)年\(latestQuarter.quarter.name)考核排名（前\(Self.glanceCount)名）"
            self.latestHref = page.link(to: .quarter(latestQuarter.quarter.rawValue, of: latestYear.year))
            self.latest = StandingsTable(Array(latestQuarter.standings.filter { $0.rank != nil }.prefix(Self.glanceCount)),
                                         year: latestYear.year, rulebook: latestYear.settings.rulebook, from: page)
        } else {
            self.latestTitle = ""
            self.latestHref = ""
            self.latest = StandingsTable([], year: 0, rulebook: Rulebook(), from: page)
        }
    }
}

// Field tables for the templates (see TemplateFields).

extension HomeView.YearLine: TemplateFields {
    static let templateFields: [String: TemplateAccessor<HomeView.YearLine>] = [
        "href": { $0.href },
        "label": { $0.label },
        "status": { $0.status },
    ]
}

extension HomeView: TemplateFields {
    static let templateFields: [String: TemplateAccessor<HomeView>] = [
        "years": { $0.years },
        "pages": { $0.pages },
        "hasPages": { $0.hasPages },
        "hasLatest": { $0.hasLatest },
        "latestTitle": { $0.latestTitle },
        "latestHref": { $0.latestHref },
        "latest": { $0.latest },
        "trend": { $0.trend },
    ]
}
