import Scoring

/// `Y/scorecards-qN.html`: the meeting booklet of quarter N's assessment, every community's
/// compact scorecard as assessed then, one per printed page. A year split into volumes
/// (`Volumes`) has its quarters' scorecards one by one (`QuarterScorecardPage`) and the volumes
/// of the latest booklet, not a booklet per quarter of thousands of pages.
struct QuarterBookletPage: PageKind {
    static let template: String? = "scorecards"
    static let isLarge = true
    /// The index of its year in the site's years (not the year itself).
    let yearIndex: Int
    let quarter: Quarter

    static func files(in site: SiteRenderer) -> [QuarterBookletPage] {
        site.years.indices.filter { !site.years[$0].isSplit }.flatMap { y in
            site.years[y].result.quarters.map { QuarterBookletPage(yearIndex: y, quarter: $0.quarter) }
        }
    }

    func path(in site: SiteRenderer) -> SitePath { .scorecards(quarter: quarter.rawValue, of: site.years[yearIndex].number) }

    func rendering(in site: SiteRenderer) -> SiteRenderer.Rendering {
        let year = site.years[yearIndex], path = path(in: site)
        let title = "\(year.number)年\(quarter.name)考核表汇编"
        return site.page("scorecards", at: path, title: title, year: year.number, ScorecardBooklet(
            year: year.number, heading: title, scorecards: year.content.records.communities.map {
                ScorecardView(community: $0, index: year.index, page: path, compact: true, quarter: quarter)
            }))
    }

    func inputs(in site: SiteRenderer) -> Fingerprint? {
        guard var digest = site.communityPageInputs(Array(site.years[yearIndex].content.records.communities.indices),
                                                    of: yearIndex, page: Self.template!, at: path(in: site),
                                                    through: quarter) else { return nil }
        digest.add(quarter.rawValue)
        return digest
    }

    func records(in site: SiteRenderer) -> (year: Int, communities: [Int])? {
        (yearIndex, Array(site.years[yearIndex].content.records.communities.indices))
    }
}
