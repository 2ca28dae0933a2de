/// `Y/results.json`: the year's results as JSON (docs/记录格式.md names its fields).
struct ResultsJSONFile: PageKind {
    static let template: String? = nil
    static let isLarge = true
    /// The index of its year in the site's years (not the year itself).
    let yearIndex: Int

    static func files(in site: SiteRenderer) -> [ResultsJSONFile] { site.years.indices.map(ResultsJSONFile.init) }

    func path(in site: SiteRenderer) -> SitePath { .resultsJSON(site.years[yearIndex].number) }

    func rendering(in site: SiteRenderer) -> SiteRenderer.Rendering {
        .bytes(Array(site.resultFiles.json(site.years[yearIndex].result).utf8))
    }

    func inputs(in site: SiteRenderer) -> Fingerprint? { site.yearInputs(yearIndex, page: "results.json", at: path(in: site)) }
}

/// `Y/results.csv`: the year's results for Excel and WPS (UTF-8 with a BOM).
struct ResultsCSVFile: PageKind {
    static let template: String? = nil
    static let isLarge = true
    /// The index of its year in the site's years (not the year itself).
    let yearIndex: Int

    static func files(in site: SiteRenderer) -> [ResultsCSVFile] { site.years.indices.map(ResultsCSVFile.init) }

    func path(in site: SiteRenderer) -> SitePath { .resultsCSV(site.years[yearIndex].number) }

    func rendering(in site: SiteRenderer) -> SiteRenderer.Rendering {
        .bytes(Array(site.resultFiles.csv(site.years[yearIndex].result).utf8))
    }

    func inputs(in site: SiteRenderer) -> Fingerprint? { site.yearInputs(yearIndex, page: "results.csv", at: path(in: site)) }
}
