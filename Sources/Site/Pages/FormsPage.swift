/// `Y/forms.html`: every 附件4 approval form, one per printed page; in a year split into volumes,
/// the index of the volumes (`FormsVolumePage`).
struct FormsPage: PageKind {
    static let template: String? = "forms"
    static let isLarge = true
    /// The index of its year in the site's years (not the year itself).
    let yearIndex: Int

    static func navigation(year: Int) -> [(SitePath, String)] { [(.forms(year), "用款审批表")] }

    static func files(in site: SiteRenderer) -> [FormsPage] { site.years.indices.map(FormsPage.init) }

    func path(in site: SiteRenderer) -> SitePath { .forms(site.years[yearIndex].number) }

    func rendering(in site: SiteRenderer) -> SiteRenderer.Rendering {
        let year = site.years[yearIndex], path = path(in: site)
        let view = year.isSplit
            ? FormsView(result: year.result, volumes: VolumeIndexView(
                year.formVolumes, size: site.volumes.volumeSize, path: { .formsVolume($0, of: year.number) },
                from: path, unit: "份"))
            : FormsView(result: year.result, title: FormsView.title(year.number), forms: year.forms.map(\.form))
        return site.page("forms", at: path, title: view.title, year: year.number, view)
    }

    func inputs(in site: SiteRenderer) -> Fingerprint? { site.yearInputs(yearIndex, page: Self.template!, at: path(in: site)) }
}
