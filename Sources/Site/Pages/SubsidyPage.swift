/// `Y/subsidy.html`: the subsidy table with its total and the 折算 column.
struct SubsidyPage: PageKind {
    static let template: String? = "subsidy"
    static let isLarge = true
    let year: Int

    static func navigation(year: Int) -> [(SitePath, String)] { [(.subsidy(year), "补贴")] }

    static func files(in site: SiteRenderer) -> [SubsidyPage] { site.years.indices.map(SubsidyPage.init) }

    func path(in site: SiteRenderer) -> SitePath { .subsidy(site.years[year].number) }

    func rendering(in site: SiteRenderer) -> SiteRenderer.Rendering {
        let path = path(in: site)
        let view = SubsidyView(result: site.years[year].result, page: path)
        return site.page("subsidy", at: path, title: view.title, year: site.years[year].number, view)
    }

    func inputs(in site: SiteRenderer) -> Fingerprint? { site.yearInputs(year, page: Self.template!, at: path(in: site)) }
}
