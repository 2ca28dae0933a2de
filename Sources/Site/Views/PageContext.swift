/// What every page hands its template: the shared layout (`{{layout.…}}`) and the page's own
/// view (`{{#page}}…{{/page}}`).
struct PageContext {
    let layout: LayoutView
    let page: any TemplateFields
}

/// The frame around every page: site title, navigation, and the relative prefix to the root.
struct LayoutView {
    /// "", "../" or "../../": prefix to reach the site root from this page.
    let root: String
    /// `root` + "assets/".
    let assets: String
    let siteTitle: String
    let organization: String
    let hasOrganization: Bool
    /// The page's own title (the `<title>` and the heading).
    let pageTitle: String
    let homeHref: String
    /// Every year's overview, oldest first.
    let years: [NavLink]
    /// The current year's pages, on a year page.
    let yearLinks: [NavLink]
    let hasYearLinks: Bool
}

/// A link in the navigation, already relative to the page it is on.
struct NavLink {
    let href: String
    let label: String
    let current: Bool
}

/// A plain labelled link in a page body.
struct LinkView {
    let href: String
    let label: String
}

/// Builds the layout for a page of the site.
struct LayoutBuilder {
    let siteTitle: String
    let organization: String?
    let years: [Int]

    func layout(for path: SitePath, title: String, year: Int? = nil) -> LayoutView {
        let yearLinks: [NavLink] = year.map { year in
            Self.yearPages(year).map { target, label in
                NavLink(href: path.link(to: target), label: label, current: target == path)
            }
        } ?? []
        return LayoutView(
            root: path.root, assets: path.root + "assets/", siteTitle: siteTitle,
            organization: organization ?? "", hasOrganization: organization != nil, pageTitle: title,
            homeHref: path.link(to: .home),
            years: years.map { NavLink(href: path.link(to: .year($0)), label: "\($0)年度", current: $0 == year) },
            yearLinks: yearLinks, hasYearLinks: !yearLinks.isEmpty)
    }

    /// The pages of a year, in navigation order: each page kind's links (`PageKinds`).
    static func yearPages(_ year: Int) -> [(SitePath, String)] { PageKinds.navigation(year: year) }
}

import Scoring

// Field tables for the templates (see TemplateFields).

extension PageContext: TemplateFields {
    static let templateFields: [String: TemplateAccessor<PageContext>] = [
        "layout": { $0.layout },
        "page": { $0.page },
    ]
}

extension LayoutView: TemplateFields {
    static let templateFields: [String: TemplateAccessor<LayoutView>] = [
        "root": { $0.root },
        "assets": { $0.assets },
        "siteTitle": { $0.siteTitle },
        "organization": { $0.organization },
        "hasOrganization": { $0.hasOrganization },
        "pageTitle": { $0.pageTitle },
        "homeHref": { $0.homeHref },
        "years": { $0.years },
        "yearLinks": { $0.yearLinks },
        "hasYearLinks": { $0.hasYearLinks },
    ]
}

extension NavLink: TemplateFields {
    static let templateFields: [String: TemplateAccessor<NavLink>] = [
        "href": { $0.href },
        "label": { $0.label },
        "current": { $0.current },
    ]
}

extension LinkView: TemplateFields {
    static let templateFields: [String: TemplateAccessor<LinkView>] = [
        "href": { $0.href },
        "label": { $0.label },
    ]
}
