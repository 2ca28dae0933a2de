/// `Y/index.html`: the year's overview, annual ranking and charts.
struct YearPage: PageKind {
    static let template: String? = "year"
    static let isLarge = true
    /// The index of its year in the site's years (not the year itself).
    let yearIndex: Int

    static func navigation(year: Int) -> [(SitePath, String)] { [(.year(year), "年度概览")] }

    static func files(in site: SiteRenderer) -> [YearPage] { site.years.indices.map(YearPage.init) }

    func path(in site: SiteRenderer) -> SitePath { .year(site.years[yearIndex].number) }

    func rendering(in site: SiteRenderer) -> SiteRenderer.Rendering {
        let year = site.years[yearIndex], path = path(in: site)
        return site.page("year", at: path, title: "\(year.number)年度群防群治考核", year: year.number,
                         YearView(content: year.content, index: year.index, page: path,
                                  previous: site.previousYear(of: yearIndex)?.result))
    }

    /// The year's own inputs and, for the comparison, every figure of the previous year's results.
    func inputs(in site: SiteRenderer) -> Fingerprint? {
        guard var digest = site.yearInputs(yearIndex, page: Self.template!, at: path(in: site)) else { return nil }
        if let previous = site.previousYear(of: yearIndex) {
            guard let sources = previous.content.sources else { return nil }
            digest.add(sources.settings)
            digest.add(previous.resultDigest)
        }
        return digest
    }
}
