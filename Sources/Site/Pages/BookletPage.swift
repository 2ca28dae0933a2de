/// `Y/scorecards.html`: the meeting booklet, every community's scorecard on its own A4 page; in a
/// year split into volumes, the index of the volumes (`BookletVolumePage`).
struct BookletPage: PageKind {
    static let template: String? = "scorecards"
    static let isLarge = true
    /// The index of its year in the site's years (not the year itself).
    let yearIndex: Int

    static func navigation(year: Int) -> [(SitePath, String)] { [(.scorecards(year), "考核表汇编")] }

    static func files(in site: SiteRenderer) -> [BookletPage] { site.years.indices.map(BookletPage.init) }

    func path(in site: SiteRenderer) -> SitePath { .scorecards(site.years[yearIndex].number) }

    func rendering(in site: SiteRenderer) -> SiteRenderer.Rendering {
        let year = site.years[yearIndex], path = path(in: site)
        let booklet = year.isSplit
            ? ScorecardBooklet(year: year.number, volumes: VolumeIndexView(
                year.bookletVolumes, size: site.volumes.volumeSize, path: { .scorecardsVolume($0, of: year.number) },
                from: path, unit: "份"))
            : ScorecardBooklet(year: year.number, scorecards: year.content.records.communities.map {
                ScorecardView(community: $0, index: year.index, page: path, compact: true)
            })
        return site.page("scorecards", at: path, title: ScorecardBooklet.title(year.number), year: year.number, booklet)
    }

    /// The whole booklet in one page holds every community's compact scorecard: their inputs.
    /// An index of volumes depends on the year as a whole.
    func inputs(in site: SiteRenderer) -> Fingerprint? {
        let path = path(in: site)
        guard !site.years[yearIndex].isSplit else { return site.yearInputs(yearIndex, page: Self.template!, at: path) }
        return site.communityPageInputs(Array(site.years[yearIndex].content.records.communities.indices), of: yearIndex,
                                        page: Self.template!, at: path)
    }

    /// Every community's, unless the booklet is split into volumes (then it is their index).
    func records(in site: SiteRenderer) -> (year: Int, communities: [Int])? {
        site.years[yearIndex].isSplit ? nil : (yearIndex, Array(site.years[yearIndex].content.records.communities.indices))
    }
}
