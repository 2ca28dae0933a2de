/// `Y/scorecards/N.html`: one volume of a large year's meeting booklet (see `Volumes`).
struct BookletVolumePage: BookletKind {
    static let template: String? = Booklet.template
    static let isLarge = true
    /// The index of its year in the site's years (not the year itself).
    let yearIndex: Int
    let volume: Int

    static func files(in site: SiteRenderer) -> [BookletVolumePage] {
        site.years.indices.flatMap { y in site.years[y].bookletVolumes.indices.map { BookletVolumePage(yearIndex: y, volume: $0) } }
    }

    func path(in site: SiteRenderer) -> SitePath {
        .scorecardsVolume(site.years[yearIndex].bookletVolumes[volume].number, of: site.years[yearIndex].number)
    }

    /// Its communities, and the volume's place.
    func booklet(in site: SiteRenderer) -> Booklet? {
        let year = site.years[yearIndex]
        let volume = year.bookletVolumes[volume]
        return Booklet(yearIndex: yearIndex, entries: volume.entries, quarter: nil, path: path(in: site),
                       title: "\(ScorecardBooklet.title(year.number))：第\(volume.number)册 \(volume.label)",
                       extras: [String(volume.number), volume.station, String(volume.part), String(volume.parts)])
    }

    func rendering(in site: SiteRenderer) -> SiteRenderer.Rendering { rendering(of: booklet(in: site)!, in: site) }

    func inputs(in site: SiteRenderer) -> Fingerprint? { site.bookletInputs(booklet(in: site)!)?.whole }

    func records(in site: SiteRenderer) -> (year: Int, communities: [Int])? {
        (yearIndex, site.years[yearIndex].bookletVolumes[volume].entries)
    }
}
