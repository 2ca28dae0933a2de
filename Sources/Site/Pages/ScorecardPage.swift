/// `Y/c/SLUG.html`: a community's scorecard, every point explained.
struct ScorecardPage: PageKind {
    static let template: String? = "scorecard"
    /// The index of its year in the site's years (not the year itself).
    let yearIndex: Int
    /// The community's index in the year's communities.
    let community: Int

    static func files(in site: SiteRenderer) -> [ScorecardPage] {
        site.years.indices.flatMap { y in
            site.years[y].content.records.communities.indices.map { ScorecardPage(yearIndex: y, community: $0) }
        }
    }

    func path(in site: SiteRenderer) -> SitePath {
        .scorecard(site.years[yearIndex].content.records.communities[community].slug, of: site.years[yearIndex].number)
    }

    func rendering(in site: SiteRenderer) -> SiteRenderer.Rendering {
        let year = site.years[yearIndex], path = path(in: site)
        let record = year.content.records.communities[community]
        return site.page("scorecard", at: path, title: "\(record.name) \(year.number)年度考核表", year: year.number,
                         ScorecardView(community: record, index: year.index, page: path))
    }

    func inputs(in site: SiteRenderer) -> Fingerprint? {
        site.communityPageInputs([community], of: yearIndex, page: Self.template!, at: path(in: site))
    }
}
