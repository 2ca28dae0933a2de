import Scoring

/// `Y/qN.html`: a quarter's ranking (year to date), rank changes and the 治安状况排序.
struct QuarterPage: PageKind {
    static let template: String? = "quarter"
    static let isLarge = true
    let year: Int
    let quarter: Quarter

    static func navigation(year: Int) -> [(SitePath, String)] {
        Quarter.allCases.map { (.quarter($0.rawValue, of: year), $0.name) }
    }

    static func files(in site: SiteRenderer) -> [QuarterPage] {
        site.years.indices.flatMap { y in Quarter.allCases.map { QuarterPage(year: y, quarter: $0) } }
    }

    func path(in site: SiteRenderer) -> SitePath { .quarter(quarter.rawValue, of: site.years[year].number) }

    func rendering(in site: SiteRenderer) -> SiteRenderer.Rendering {
        let path = path(in: site)
        let view = QuarterView(quarter: quarter, result: site.years[year].result, page: path)
        return site.page("quarter", at: path, title: view.title, year: site.years[year].number, view)
    }

    func inputs(in site: SiteRenderer) -> Fingerprint? { site.yearInputs(year, page: Self.template!, at: path(in: site)) }
}
