/// `Y/subsidy.html`: the subsidy table with its total and the 折算 column.
struct SubsidyPage: PageKind {
    static let template: String? = "subsidy"
    static let isLarge = true
    /// The index of its year in the site's years (not the year itself).
    let yearIndex: Int

    static func navigation(year: Int) -> [(SitePath, String)] { [(.subsidy(year), "补贴")] }

    static func files(in site: SiteRenderer) -> [SubsidyPage] { site.years.indices.map(SubsidyPage.init) }

    func path(in site: SiteRenderer) -> SitePath { .subsidy(site.years[yearIndex].number) }

    func rendering(in site: SiteRenderer) -> SiteRenderer.Rendering {
        let path = path(in: site)
        let view = SubsidyView(result: site.years[yearIndex].result, page: path)
        return site.page("subsidy", at: path, title: view.title, year: site.years[yearIndex].number, view)
    }

    func inputs(in site: SiteRenderer) -> Fingerprint? { site.yearInputs(yearIndex, page: Self.template!, at: path(in: site)) }
}
