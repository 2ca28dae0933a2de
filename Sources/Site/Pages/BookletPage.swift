/// `Y/scorecards.html`: the meeting booklet, every community's scorecard on its own A4 page; in a
/// year split into volumes, the index of the volumes (`BookletVolumePage`).
struct BookletPage: BookletKind {
    static let template: String? = Booklet.template
    static let isLarge = true
    /// The index of its year in the site's years (not the year itself).
    let yearIndex: Int

    static func navigation(year: Int) -> [(SitePath, String)] { [(.scorecards(year), "考核表汇编")] }

    static func files(in site: SiteRenderer) -> [BookletPage] { site.years.indices.map(BookletPage.init) }

    func path(in site: SiteRenderer) -> SitePath { .scorecards(site.years[yearIndex].number) }

    /// The whole year's booklet, unless it is split into volumes.
    func booklet(in site: SiteRenderer) -> Booklet? {
        let year = site.years[yearIndex]
        guard !year.isSplit else { return nil }
        return Booklet(yearIndex: yearIndex, entries: Array(year.content.records.communities.indices), quarter: nil,
                       path: path(in: site), title: ScorecardBooklet.title(year.number), extras: [])
    }

    func rendering(in site: SiteRenderer) -> SiteRenderer.Rendering {
        if let booklet = booklet(in: site) { return rendering(of: booklet, in: site) }
        let year = site.years[yearIndex], path = path(in: site)
        return site.page("scorecards", at: path, title: ScorecardBooklet.title(year.number), year: year.number,
                         ScorecardBooklet(year: year.number, volumes: VolumeIndexView(
                            year.bookletVolumes, size: site.volumes.volumeSize, path: { .scorecardsVolume($0, of: year.number) },
                            from: path, unit: "份")))
    }

    /// The whole booklet in one page holds every community's compact scorecard: their inputs.
    /// An index of volumes depends on the year as a whole.
    func inputs(in site: SiteRenderer) -> Fingerprint? {
        guard let booklet = booklet(in: site) else { return site.yearInputs(yearIndex, page: Self.template!, at: path(in: site)) }
        return site.bookletInputs(booklet)?.whole
    }

    /// Every community's, unless the booklet is split into volumes (then it is their index).
    func records(in site: SiteRenderer) -> (year: Int, communities: [Int])? {
        booklet(in: site).map { ($0.yearIndex, $0.entries) }
    }
}
