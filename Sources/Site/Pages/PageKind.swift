import Scoring

/// One kind of file of the site: which files of that kind there are, where each goes, what it is
/// made of (a template and its view, or bytes) and what its bytes depend on. Each kind is one
/// type in this folder; `PageKinds.all` lists them, and the renderer, the theme check
/// (`Theme.requiredTemplates`), the render manifest and the navigation iterate over that list.
/// Adding a kind of page is one new file here and one line in `PageKinds.all`
/// (docs/architecture.md, “Adding a page kind”).
protocol PageKind: Sendable {
    /// The theme template the pages of this kind are rendered with; nil for bytes.
    static var template: String? { get }
    /// Rendered before the small pages, so both cores stay busy to the end of a build.
    static var isLarge: Bool { get }
    /// The links this kind adds to a year's navigation bar, in order (none by default).
    static func navigation(year: Int) -> [(SitePath, String)]
    /// Every file of this kind in the site.
    static func files(in site: SiteRenderer) -> [Self]

    /// Where the file goes.
    func path(in site: SiteRenderer) -> SitePath
    /// Its template and view, or its bytes.
    func rendering(in site: SiteRenderer) -> SiteRenderer.Rendering
    /// The digest of what the file is made of, without building its view; nil when unknown
    /// (the view is fingerprinted instead). See `SiteRenderer.inputs(of:)`.
    func inputs(in site: SiteRenderer) -> Fingerprint?
    /// The communities whose full records and scores, reasons and all, the file prints: their
    /// year's index in the site's years and their indexes in its communities; nil for a file
    /// that prints only what the pages about a whole year show (`YearResultDigest`), which a
    /// community loaded with its identity only (`YearContent.deferred`) gives as well.
    func records(in site: SiteRenderer) -> (year: Int, communities: [Int])?
}

extension PageKind {
    static var isLarge: Bool { false }
    static func navigation(year: Int) -> [(SitePath, String)] { [] }
    func inputs(in site: SiteRenderer) -> Fingerprint? { nil }
    func records(in site: SiteRenderer) -> (year: Int, communities: [Int])? { nil }

    /// The files of this kind, as the renderer lists them. (Each wrapped by `map`: converting
    /// the whole array is a dynamic cast of every element.)
    static func anyFiles(in site: SiteRenderer) -> [any PageKind] { files(in: site).map { $0 } }
}

/// The kinds of file of the site, in the order of the year's navigation bar.
enum PageKinds {
    static let all: [any PageKind.Type] = [
        HomePage.self,
        FreePage.self,
        AssetFile.self,
        YearPage.self,
        QuarterPage.self,
        SubsidyPage.self,
        FormsPage.self,
        FormsVolumePage.self,
        BookletPage.self,
        BookletVolumePage.self,
        QuarterBookletPage.self,
        RulesPage.self,
        ScorecardPage.self,
        QuarterScorecardPage.self,
        ResultsJSONFile.self,
        ResultsCSVFile.self,
    ]

    /// The templates the kinds are rendered with, each once, in list order.
    static var templates: [String] {
        var names: [String] = []
        for kind in all { if let name = kind.template, !names.contains(name) { names.append(name) } }
        return names
    }

    /// A year's pages in navigation order, with their labels.
    static func navigation(year: Int) -> [(SitePath, String)] {
        all.flatMap { $0.navigation(year: year) }
    }
}
