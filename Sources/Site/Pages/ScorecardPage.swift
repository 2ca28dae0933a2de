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
                         ScorecardView(community: record, index: year.index, page: path,
                                       years: site.history.years(of: record.slug)))
    }

    /// The community's own inputs and its figures in every year (“历年考核”).
    func inputs(in site: SiteRenderer) -> Fingerprint? {
        guard var digest = site.communityPageInputs([community], of: yearIndex, page: Self.template!, at: path(in: site)) else {
            return nil
        }
        let years = site.history.years(of: site.years[yearIndex].content.records.communities[community].slug)
        digest.add(years.count)
        for year in years {
            digest.add(year.year)
            digest.add(year.quarter.rawValue)
            digest.add(year.isAnnual ? 1 : 0)
            digest.add(year.total.tenths)
            digest.add(year.rank ?? 0)
            digest.add(year.vetoed ? 1 : 0)
            digest.add(year.subsidy.fen)
            digest.add(year.rulesChanged ? 1 : 0)
        }
        return digest
    }

    func records(in site: SiteRenderer) -> (year: Int, communities: [Int])? { (yearIndex, [community]) }
}
