/// `Y/results.json`: the year's results as JSON (docs/记录格式.md names its fields).
struct ResultsJSONFile: PageKind {
    static let template: String? = nil
    static let isLarge = true
    let year: Int

    static func files(in site: SiteRenderer) -> [ResultsJSONFile] { site.years.indices.map(ResultsJSONFile.init) }

    func path(in site: SiteRenderer) -> SitePath { .resultsJSON(site.years[year].number) }

    func rendering(in site: SiteRenderer) -> SiteRenderer.Rendering {
        .bytes(Array(site.resultFiles.json(site.years[year].result).utf8))
    }

    func inputs(in site: SiteRenderer) -> Fingerprint? { site.yearInputs(year, page: "results.json", at: path(in: site)) }
}

/// `Y/results.csv`: the year's results for Excel and WPS (UTF-8 with a BOM).
struct ResultsCSVFile: PageKind {
    static let template: String? = nil
    static let isLarge = true
    let year: Int

    static func files(in site: SiteRenderer) -> [ResultsCSVFile] { site.years.indices.map(ResultsCSVFile.init) }

    func path(in site: SiteRenderer) -> SitePath { .resultsCSV(site.years[year].number) }

    func rendering(in site: SiteRenderer) -> SiteRenderer.Rendering {
        .bytes(Array(site.resultFiles.csv(site.years[year].result).utf8))
    }

    func inputs(in site: SiteRenderer) -> Fingerprint? { site.yearInputs(year, page: "results.csv", at: path(in: site)) }
}
