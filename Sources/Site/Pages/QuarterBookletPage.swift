import Scoring

/// `Y/scorecards-qN.html`: the meeting booklet of quarter N's assessment, every community's
/// compact scorecard as assessed then, one per printed page. A year split into volumes
/// (`Volumes`) has its quarters' scorecards one by one (`QuarterScorecardPage`) and the volumes
/// of the latest booklet, not a booklet per quarter of thousands of pages.
struct QuarterBookletPage: BookletKind {
    static let template: String? = Booklet.template
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

    /// Every community's scorecard as assessed at the quarter.
    func booklet(in site: SiteRenderer) -> Booklet? {
        let year = site.years[yearIndex]
        return Booklet(yearIndex: yearIndex, entries: Array(year.content.records.communities.indices), quarter: quarter,
                       path: path(in: site), title: "\(year.number)年\(quarter.name)考核表汇编",
                       extras: [String(quarter.rawValue)])
    }

    func rendering(in site: SiteRenderer) -> SiteRenderer.Rendering { rendering(of: booklet(in: site)!, in: site) }

    func inputs(in site: SiteRenderer) -> Fingerprint? { site.bookletInputs(booklet(in: site)!)?.whole }

    func records(in site: SiteRenderer) -> (year: Int, communities: [Int])? {
        (yearIndex, Array(site.years[yearIndex].content.records.communities.indices))
    }
}
