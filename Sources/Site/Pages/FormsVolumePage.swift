/// `Y/forms/N.html`: one volume of a large year's approval forms (see `Volumes`).
struct FormsVolumePage: PageKind {
    static let template: String? = "forms"
    static let isLarge = true
    /// The index of its year in the site's years (not the year itself).
    let yearIndex: Int
    let volume: Int

    static func files(in site: SiteRenderer) -> [FormsVolumePage] {
        site.years.indices.flatMap { y in site.years[y].formVolumes.indices.map { FormsVolumePage(yearIndex: y, volume: $0) } }
    }

    func path(in site: SiteRenderer) -> SitePath {
        .formsVolume(site.years[yearIndex].formVolumes[volume].number, of: site.years[yearIndex].number)
    }

    func rendering(in site: SiteRenderer) -> SiteRenderer.Rendering {
        let year = site.years[yearIndex]
        let volume = year.formVolumes[volume]
        let title = "\(FormsView.title(year.number))：第\(volume.number)册 \(volume.label)"
        let view = FormsView(result: year.result, title: title, forms: volume.entries.map { year.forms[$0].form })
        return site.page("forms", at: path(in: site), title: title, year: year.number, view)
    }

    func inputs(in site: SiteRenderer) -> Fingerprint? { site.yearInputs(yearIndex, page: Self.template!, at: path(in: site)) }
}
