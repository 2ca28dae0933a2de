import Parallel
import Records
import Scoring

/// Everything needed to render any one file of the site, read-only, so files can be rendered on
/// every core in any order and written as they come. `files` names every file before any is
/// rendered; `render` makes one. The bytes of a file depend on the content only, never on the
/// order or the thread it was rendered in: identical content gives identical output.
struct SiteRenderer: Sendable {
    /// One file of the site: a value of one of the `PageKinds`.
    typealias File = any PageKind

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
        /// Each community's scorecard inputs through each quarter (`SiteRenderer.cardInputs`),
        /// taken once for all its pages.
        let cardInputs: [Fingerprint?]
    }

    let content: Content
    private(set) var years: [Year]
    /// Every year's standing side by side, for the pages that compare years.
    let history: History
    let theme: Theme
    let layouts: LayoutBuilder
    let resultFiles: ResultFiles
    let volumes: Volumes
    /// The build of the tool, part of every page's `inputs(of:)`; empty when unknown.
    let toolVersion: String
    /// What every page's inputs start with (`PageInputs`): how pages are rendered (the render
    /// manifest's version, the tool's build, the theme's templates) and what the layout shows
    /// of the site (title, unit, years), digested once instead of for each of 50,000 pages.
    let siteInputs: Fingerprint

    init(content: Content, pairs: [(content: YearContent, result: YearResult)], theme: Theme, resultFiles: ResultFiles,
         volumes: Volumes = Volumes(), toolVersion: String = "") {
        self.content = content
        self.toolVersion = toolVersion
        self.volumes = volumes
        self.theme = theme
        self.resultFiles = resultFiles
        self.layouts = LayoutBuilder(siteTitle: content.site.title, organization: content.site.organization,
                                     years: pairs.map(\.result.year))
        self.history = History(pairs.map(\.result))
        self.siteInputs = Self.siteInputs(toolVersion: toolVersion, theme: theme, layouts: layouts)
        self.years = pairs.map { yearContent, result in
            let split = volumes.splits(yearContent.records.communities.count)
            // Two halves of about the same size (at 10,000 communities), one on each core.
            let ((index, cardInputs), (forms, resultDigest)) = ParallelMap.both({
                let index = YearIndex(result)
                return (index, Self.cardInputs(of: yearContent, index: index))
            }, {
                (FormsView.all(result), YearResultDigest.digest(result, communities: yearContent.records.communities))
            })
            return Year(content: yearContent, index: index,
                        bookletVolumes: split ? volumes.split(yearContent.records.communities.map(\.policeStation)) : [],
                        forms: forms, formVolumes: split ? volumes.split(forms.map(\.station)) : [], isSplit: split,
                        resultDigest: resultDigest, cardInputs: cardInputs)
        }
    }

    /// The same site with the years' content and results replaced by `pairs` whose figures are
    /// the same, only more complete (`DeferredRecords.complete`: full records and reasons for
    /// some communities): what depends on the figures alone (history, volumes, forms, digests)
    /// is kept, the standings' index of each year in `changed` (indexes of `years`) made again.
    func completing(_ pairs: [(content: YearContent, result: YearResult)], changed: Set<Int>) -> SiteRenderer {
        var site = self
        site.years = zip(years.indices, zip(years, pairs)).map { y, element in
            let (year, pair) = element
            guard changed.contains(y) else { return year }
            return Year(content: pair.content, index: YearIndex(pair.result, like: year.index), bookletVolumes: year.bookletVolumes,
                 forms: year.forms, formVolumes: year.formVolumes, isSplit: year.isSplit,
                 resultDigest: year.resultDigest, cardInputs: year.cardInputs)
        }
        return site
    }

    /// Every file of the site, of every kind, the large pages first (so both cores stay busy to
    /// the end).
    var files: [File] {
        var large: [File] = []
        var small: [File] = []
        for kind in PageKinds.all {
            let files = kind.anyFiles(in: self)
            if kind.isLarge { large += files } else { small += files }
        }
        return large + small
    }

    /// The year before year `y` in the content (years are in order), if any.
    func previousYear(of y: Int) -> Year? { y > 0 ? years[y - 1] : nil }

    /// Where `file` goes in the site.
    func path(of file: File) -> SitePath { file.path(in: self) }

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
        case .page(let template, let context): return theme.render(context, template: template)
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
    func rendering(of file: File) -> Rendering { file.rendering(in: self) }

    /// A page of `template` at `path` showing `view`, framed by the layout (with the year's
    /// navigation when `year` is given).
    func page(_ template: String, at path: SitePath, title: String, year: Int? = nil, _ view: any TemplateFields) -> Rendering {
        .page(template: template, context: PageContext(layout: layouts.layout(for: path, title: title, year: year), page: view))
    }
}
