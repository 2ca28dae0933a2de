import Scoring

/// What a booklet page prints: community scorecards one after another, each on its own A4 page
/// (`BookletPage`, `BookletVolumePage`, `QuarterBookletPage`). Each scorecard depends on its
/// community alone and the page around them on the page alone, so a rebuild renders again only
/// the scorecards whose inputs changed and takes the others' bytes from the file the previous
/// build wrote (`IncrementalWriter`, docs/performance.md “How a rebuild avoids work”).
struct Booklet {
    /// The theme template every booklet is rendered with.
    static let template = "scorecards"
    /// The year's index in the site's years.
    let yearIndex: Int
    /// The communities printed, in order (indexes of the year's communities).
    let entries: [Int]
    /// The quarter the scorecards show; nil for the latest assessed.
    let quarter: Quarter?
    let path: SitePath
    /// The page's title, and its heading.
    let title: String
    /// What the page shows beyond its path and layout (a volume's place, a quarter), digested.
    let extras: [String]
}

/// A kind of page that may be a booklet.
protocol BookletKind: PageKind {
    /// The booklet the file is; nil when it is not one (a year's booklet split into volumes is
    /// their index).
    func booklet(in site: SiteRenderer) -> Booklet?
}

extension BookletKind {
    /// The booklet with its scorecards as views, or spliced (`cards`, in `entries` order).
    func rendering(of booklet: Booklet, in site: SiteRenderer, cards: SplicedCards? = nil) -> SiteRenderer.Rendering {
        let year = site.years[booklet.yearIndex]
        let view: any TemplateFields
        if let cards {
            view = SplicedBooklet(booklet: ScorecardBooklet(year: year.number, heading: booklet.title, scorecards: []),
                                  scorecards: cards)
        } else {
            view = ScorecardBooklet(year: year.number, heading: booklet.title, scorecards: booklet.entries.map {
                scorecard($0, of: booklet, in: site)
            })
        }
        return site.page(Booklet.template, at: booklet.path, title: booklet.title, year: year.number, view)
    }

    /// The compact scorecard of community `entry` as the booklet prints it.
    func scorecard(_ entry: Int, of booklet: Booklet, in site: SiteRenderer) -> ScorecardView {
        let year = site.years[booklet.yearIndex]
        return ScorecardView(community: year.content.records.communities[entry], index: year.index, page: booklet.path,
                             compact: true, quarter: booklet.quarter)
    }
}
