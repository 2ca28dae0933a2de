/// `assets/…`: a file of the theme's `assets/` folder, copied as it is.
struct AssetFile: PageKind {
    static let template: String? = nil
    /// Its index in the theme's assets.
    let index: Int

    static func files(in site: SiteRenderer) -> [AssetFile] { site.theme.assets.indices.map(AssetFile.init) }

    func path(in site: SiteRenderer) -> SitePath { SitePath("assets/" + site.theme.assets[index].path) }

    func rendering(in site: SiteRenderer) -> SiteRenderer.Rendering { .bytes(site.theme.assets[index].bytes) }
}
