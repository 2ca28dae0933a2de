/// `Y/rules.html`: 评分口径说明, the rules as applied that year.
struct RulesPage: PageKind {
    static let template: String? = "rules"
    /// The index of its year in the site's years (not the year itself).
    let yearIndex: Int

    static func navigation(year: Int) -> [(SitePath, String)] { [(.rules(year), "评分口径说明")] }

    static func files(in site: SiteRenderer) -> [RulesPage] { site.years.indices.map(RulesPage.init) }

    func path(in site: SiteRenderer) -> SitePath { .rules(site.years[yearIndex].number) }

    func rendering(in site: SiteRenderer) -> SiteRenderer.Rendering {
        let view = RulesView(result: site.years[yearIndex].result)
        return site.page("rules", at: path(in: site), title: view.title, year: site.years[yearIndex].number, view)
    }

    func inputs(in site: SiteRenderer) -> Fingerprint? { site.yearInputs(yearIndex, page: Self.template!, at: path(in: site)) }
}
