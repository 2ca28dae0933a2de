/// `pages/NAME.html`: a Markdown page of `content/pages/`.
struct FreePage: PageKind {
    static let template: String? = "page"
    /// Its index in the content's pages.
    let index: Int

    static func files(in site: SiteRenderer) -> [FreePage] { site.content.pages.indices.map(FreePage.init) }

    func path(in site: SiteRenderer) -> SitePath { .page(site.content.pages[index].name) }

    func rendering(in site: SiteRenderer) -> SiteRenderer.Rendering {
        let free = site.content.pages[index]
        return site.page("page", at: path(in: site), title: free.title,
                         FreePageView(title: free.title, html: Markdown.html(free.markdown)))
    }
}
