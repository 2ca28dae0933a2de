/// `Y/scorecards/N.html`: one volume of a large year's meeting booklet (see `Volumes`).
struct BookletVolumePage: PageKind {
    static let template: String? = "scorecards"
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

    func rendering(in site: SiteRenderer) -> SiteRenderer.Rendering {
        let year = site.years[yearIndex], path = path(in: site)
        let volume = year.bookletVolumes[volume]
        let communities = year.content.records.communities
        let title = "\(ScorecardBooklet.title(year.number))：第\(volume.number)册 \(volume.label)"
        return site.page("scorecards", at: path, title: title, year: year.number, ScorecardBooklet(
            year: year.number, heading: title, scorecards: volume.entries.map {
                ScorecardView(community: communities[$0], index: year.index, page: path, compact: true)
            }))
    }

    /// Its communities' inputs, and the volume's place and members.
    func inputs(in site: SiteRenderer) -> Fingerprint? {
        let volume = site.years[yearIndex].bookletVolumes[volume]
        guard var digest = site.communityPageInputs(volume.entries, of: yearIndex, page: Self.template!, at: path(in: site)) else {
            return nil
        }
        digest.add(volume.number)
        digest.add(volume.station)
        digest.add(volume.part)
        digest.add(volume.parts)
        return digest
    }

    func records(in site: SiteRenderer) -> (year: Int, communities: [Int])? {
        (yearIndex, site.years[yearIndex].bookletVolumes[volume].entries)
    }
}
