import Scoring

/// `Y/qN.html`: a quarter's ranking (year to date), rank changes and the 治安状况排序.
struct QuarterPage: PageKind {
    static let template: String? = "quarter"
    static let isLarge = true
    /// The index of its year in the site's years (not the year itself).
    let yearIndex: Int
    let quarter: Quarter

    static func navigation(year: Int) -> [(SitePath, String)] {
        Quarter.allCases.map { (.quarter($0.rawValue, of: year), $0.name) }
    }

    static func files(in site: SiteRenderer) -> [QuarterPage] {
        site.years.indices.flatMap { y in Quarter.allCases.map { QuarterPage(yearIndex: y, quarter: $0) } }
    }

    func path(in site: SiteRenderer) -> SitePath { .quarter(quarter.rawValue, of: site.years[yearIndex].number) }

    func rendering(in site: SiteRenderer) -> SiteRenderer.Rendering {
        let path = path(in: site)
        let year = site.years[yearIndex]
        let booklet: SitePath? = year.isSplit ? nil : .scorecards(quarter: quarter.rawValue, of: year.number)
        let view = QuarterView(quarter: quarter, result: year.result, page: path, booklet: booklet)
        return site.page("quarter", at: path, title: view.title, year: site.years[yearIndex].number, view)
    }

    func inputs(in site: SiteRenderer) -> Fingerprint? { site.yearInputs(yearIndex, page: Self.template!, at: path(in: site)) }
}
