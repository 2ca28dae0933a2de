import Scoring

/// `Y/c/SLUG/qN.html`: a community's scorecard as assessed at quarter N, every point of that
/// assessment explained, kept for the archive (what the office printed for that quarter's
/// meeting). The latest assessed quarter's is also `Y/c/SLUG.html` (`ScorecardPage`).
struct QuarterScorecardPage: PageKind {
    static let template: String? = "scorecard"
    /// The index of its year in the site's years (not the year itself).
    let yearIndex: Int
    /// The community's index in the year's communities.
    let community: Int
    let quarter: Quarter

    static func files(in site: SiteRenderer) -> [QuarterScorecardPage] {
        site.years.indices.flatMap { y in
            site.years[y].result.quarters.flatMap { assessed in
                site.years[y].content.records.communities.indices.map {
                    QuarterScorecardPage(yearIndex: y, community: $0, quarter: assessed.quarter)
                }
            }
        }
    }

    func path(in site: SiteRenderer) -> SitePath {
        .scorecard(site.years[yearIndex].content.records.communities[community].slug, quarter: quarter.rawValue,
                   of: site.years[yearIndex].number)
    }

    func rendering(in site: SiteRenderer) -> SiteRenderer.Rendering {
        let year = site.years[yearIndex], path = path(in: site)
        let record = year.content.records.communities[community]
        return site.page("scorecard", at: path, title: "\(record.name) \(year.number)年\(quarter.name)考核表", year: year.number,
                         ScorecardView(community: record, index: year.index, page: path, quarter: quarter))
    }

    /// What the community's scorecard is made of, up to the quarter (later quarters are not on
    /// it), and the quarter.
    func inputs(in site: SiteRenderer) -> Fingerprint? {
        guard var digest = site.communityPageInputs([community], of: yearIndex, page: Self.template!, at: path(in: site),
                                                    through: quarter) else {
            return nil
        }
        digest.add(quarter.rawValue)
        return digest
    }

    func records(in site: SiteRenderer) -> (year: Int, communities: [Int])? { (yearIndex, [community]) }
}
