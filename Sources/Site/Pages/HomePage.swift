/// `index.html`: the years and the latest assessment's headline ranking.
struct HomePage: PageKind {
    static let template: String? = "home"

    static func files(in site: SiteRenderer) -> [HomePage] { [HomePage()] }

    func path(in site: SiteRenderer) -> SitePath { .home }

    func rendering(in site: SiteRenderer) -> SiteRenderer.Rendering {
        let path = path(in: site)
        return site.page("home", at: path, title: site.content.site.title,
                         HomeView(content: site.content, results: site.years.map(\.result), history: site.history, page: path))
    }
}
