import Records
import Scoring

/// Everything needed to render any one file of the site, read-only, so files can be rendered on
/// every core in any order and written as they come. `files` names every file before any is
/// rendered; `render` makes one. The bytes of a file depend on the content only, never on the
/// order or the thread it was rendered in: identical content gives identical output.
struct SiteRenderer: Sendable {
    /// One file of the site, named by what it shows.
    enum File: Sendable {
        case asset(Int)
        case home
        case freePage(Int)
        case year(Int)
        case quarter(Int, Quarter)
        case scorecard(Int, community: Int)
        case booklet(Int)
        case bookletVolume(Int, volume: Int)
        case subsidy(Int)
        case forms(Int)
        case formsVolume(Int, volume: Int)
        case rules(Int)
        case resultsJSON(Int)
        case resultsCSV(Int)
    }

    /// A year with what its pages share: the results by SLUG and its volumes (empty when the
    /// year is small enough for one booklet and one forms page).
    struct Year: Sendable {
        let content: YearContent
        let index: YearIndex
        let bookletVolumes: [Volumes.Volume]
        let forms: [(station: String?, form: FormsView.Form)]
        let formVolumes: [Volumes.Volume]
        var result: YearResult { index.result }
        var number: Int { index.result.year }
        let isSplit: Bool
        /// Every figure of the year's results and its communities' names and stations.
        let resultDigest: Fingerprint
    }

    let content: Content
    let years: [Year]
    let theme: Theme
    let layouts: LayoutBuilder
    let resultFiles: ResultFiles
    let volumes: Volumes
    /// The build of the tool, part of every page's `inputs(of:)`; empty when unknown.
    let toolVersion: String

    init(content: Content, pairs: [(content: YearContent, result: YearResult)], theme: Theme, resultFiles: ResultFiles,
         volumes: Volumes = Volumes(), toolVersion: String = "") {
        self.content = content
        self.toolVersion = toolVersion
        self.volumes = volumes
        self.theme = theme
        self.resultFiles = resultFiles
        self.layouts = LayoutBuilder(siteTitle: content.site.title, organization: content.site.organization,
                                     years: pairs.map(\.result.year))
        self.years = pairs.map { yearContent, result in
            let split = volumes.splits(yearContent.records.communities.count)
            let forms = FormsView.all(result)
            return Year(content: yearContent, index: YearIndex(result),
                        bookletVolumes: split ? volumes.split(yearContent.records.communities.map(\.policeStation)) : [],
                        forms: forms, formVolumes: split ? volumes.split(forms.map(\.station)) : [], isSplit: split,
                        resultDigest: YearResultDigest.digest(result, communities: yearContent.records.communities))
        }
    }

    /// Every file of the site, the largest pages first (so both cores stay busy to the end).
    var files: [File] {
        var big: [File] = []
        var small: [File] = []
        for (y, year) in years.enumerated() {
            big.append(.year(y))
            big += Quarter.allCases.map { .quarter(y, $0) }
            big += [.booklet(y), .forms(y), .subsidy(y), .resultsJSON(y), .resultsCSV(y)]
            big += year.bookletVolumes.indices.map { .bookletVolume(y, volume: $0) }
            big += year.formVolumes.indices.map { .formsVolume(y, volume: $0) }
            small.append(.rules(y))
            small += year.content.records.communities.indices.map { .scorecard(y, community: $0) }
        }
        small.append(.home)
        small += content.pages.indices.map { .freePage($0) }
        small += theme.assets.indices.map { .asset($0) }
        return big + small
    }

    /// Where `file` goes in the site.
    func path(of file: File) -> SitePath {
        switch file {
        case .asset(let index): return SitePath("assets/" + theme.assets[index].path)
        case .home: return .home
        case .freePage(let index): return .page(content.pages[index].name)
        case .year(let y): return .year(years[y].number)
        case .quarter(let y, let quarter): return .quarter(quarter.rawValue, of: years[y].number)
        case .scorecard(let y, let community):
            return .scorecard(years[y].content.records.communities[community].slug, of: years[y].number)
        case .booklet(let y): return .scorecards(years[y].number)
        case .bookletVolume(let y, let volume): return .scorecardsVolume(years[y].bookletVolumes[volume].number, of: years[y].number)
        case .subsidy(let y): return .subsidy(years[y].number)
        case .forms(let y): return .forms(years[y].number)
        case .formsVolume(let y, let volume): return .formsVolume(years[y].formVolumes[volume].number, of: years[y].number)
        case .rules(let y): return .rules(years[y].number)
        case .resultsJSON(let y): return .resultsJSON(years[y].number)
        case .resultsCSV(let y): return .resultsCSV(years[y].number)
        }
    }

    /// What a file is made from: a page's template and context, or bytes as they are.
    enum Rendering {
        case page(template: String, context: PageContext)
        case bytes([UInt8])
    }

    /// The file's bytes.
    func render(_ file: File) -> SiteFile {
        SiteFile(path: path(of: file), bytes: bytes(of: rendering(of: file)))
    }

    func bytes(of rendering: Rendering) -> [UInt8] {
        switch rendering {
        case .page(let template, let context): return Array(theme.render(context, template: template).utf8)
        case .bytes(let bytes): return bytes
        }
    }

    /// Everything a page's bytes depend on, from its view: the templates, the template's name,
    /// the layout and the view (see `RenderManifest`). Used for pages without `inputs(of:)`.
    func fingerprint(template: String, context: PageContext) -> Fingerprint {
        var digest = Fingerprint()
        digest.add(RenderManifest.version)
        digest.add(theme.templatesFingerprint)
        digest.add(template)
        context.fingerprint(into: &digest)
        return digest
    }

    /// The view (or the bytes) of `file`; building a view is cheap next to rendering it.
    func rendering(of file: File) -> Rendering {
        let path = path(of: file)
        func page(_ template: String, title: String, year: Int? = nil, _ view: Any) -> Rendering {
            .page(template: template,
                  context: PageContext(layout: layouts.layout(for: path, title: title, year: year), page: view))
        }
        switch file {
        case .asset(let index):
            return .bytes(theme.assets[index].bytes)
        case .home:
            return page("home", title: content.site.title,
                        HomeView(content: content, results: years.map(\.result), page: path))
        case .freePage(let index):
            let free = content.pages[index]
            return page("page", title: free.title, FreePageView(title: free.title, html: Markdown.html(free.markdown)))
        case .year(let y):
            let year = years[y]
            return page("year", title: "\(year.number)年度群防群治考核", year: year.number,
                        YearView(content: year.content, index: year.index, page: path))
        case .quarter(let y, let quarter):
            let view = QuarterView(quarter: quarter, result: years[y].result, page: path)
            return page("quarter", title: view.title, year: years[y].number, view)
        case .scorecard(let y, let community):
            let year = years[y]
            let record = year.content.records.communities[community]
            return page("scorecard", title: "\(record.name) \(year.number)年度考核表", year: year.number,
                        ScorecardView(community: record, index: year.index, page: path))
        case .booklet(let y):
            let year = years[y]
            let booklet = year.isSplit
                ? ScorecardBooklet(year: year.number, volumes: VolumeIndexView(
                    year.bookletVolumes, size: volumes.volumeSize, path: { .scorecardsVolume($0, of: year.number) }, from: path, unit: "份"))
                : ScorecardBooklet(year: year.number, scorecards: year.content.records.communities.map {
                    ScorecardView(community: $0, index: year.index, page: path, compact: true)
                })
            return page("scorecards", title: ScorecardBooklet.title(year.number), year: year.number, booklet)
        case .bookletVolume(let y, let volume):
            let year = years[y]
            let volume = year.bookletVolumes[volume]
            let communities = year.content.records.communities
            let title = "\(ScorecardBooklet.title(year.number))：第\(volume.number)册 \(volume.label)"
            return page("scorecards", title: title, year: year.number, ScorecardBooklet(
                year: year.number, heading: title, scorecards: volume.entries.map {
                    ScorecardView(community: communities[$0], index: year.index, page: path, compact: true)
                }))
        case .subsidy(let y):
            let view = SubsidyView(result: years[y].result, page: path)
            return page("subsidy", title: view.title, year: years[y].number, view)
        case .forms(let y):
            let year = years[y]
            let view = year.isSplit
                ? FormsView(result: year.result, volumes: VolumeIndexView(
                    year.formVolumes, size: volumes.volumeSize, path: { .formsVolume($0, of: year.number) }, from: path, unit: "份"))
                : FormsView(result: year.result, title: FormsView.title(year.number), forms: year.forms.map(\.form))
            return page("forms", title: view.title, year: year.number, view)
        case .formsVolume(let y, let volume):
            let year = years[y]
            let volume = year.formVolumes[volume]
            let title = "\(FormsView.title(year.number))：第\(volume.number)册 \(volume.label)"
            let view = FormsView(result: year.result, title: title, forms: volume.entries.map { year.forms[$0].form })
            return page("forms", title: title, year: year.number, view)
        case .rules(let y):
            let view = RulesView(result: years[y].result)
            return page("rules", title: view.title, year: years[y].number, view)
        case .resultsJSON(let y):
            return .bytes(Array(resultFiles.json(years[y].result).utf8))
        case .resultsCSV(let y):
            return .bytes(Array(resultFiles.csv(years[y].result).utf8))
        }
    }
}
