import Records
import Scoring

/// A page's fingerprint taken from what it is made of, without building its view.
///
/// Building a scorecard's view and digesting every field of it cost as much as a third of a
/// rebuild at 10,000 communities, only to learn that nothing changed. Each decoded value is a
/// function of the bytes of the files it came from and of the tool that decoded it
/// (`YearSources`, `toolVersion`); each score is a function of the community's record, its
/// police figures and the year's settings; a page adds to that only what it takes from other
/// communities (ranks) and from the site (layout, theme). Those are digested instead:
///
/// - a scorecard: its file, the year's settings, its police figures, its ranks in every quarter
///   and in the year;
/// - a booklet volume: the same for each community in it, and the volume's place and members;
/// - a page about the whole year (rankings, subsidy, forms, rules, results files): the year's
///   settings, index.md, its communities' names and stations, and every figure of its results
///   (`YearResultDigest`), so an edit that changes no score (a roster entry, a note) leaves them;
/// - every page: the render-manifest version, the tool's build, the theme's templates, the
///   page's path and template, and what the layout is made of (site title, unit, years).
///
/// Nil, and the page's view is fingerprinted as before, when the year was not loaded from files
/// (`sources` is nil), when the tool's build is unknown, or for the home page and free pages.
/// Each `PageKind` says which of these its pages are made of.
extension SiteRenderer {
    /// The digest of what `file` is made of (`PageKind.inputs(in:)`); nil without the tool's build.
    func inputs(of file: File) -> Fingerprint? {
        guard !toolVersion.isEmpty else { return nil }
        return file.inputs(in: self)
    }

    /// The inputs of a page about year `y` as a whole (rankings, subsidy, forms, rules, results
    /// files): the year's settings, index.md and every figure of its results; nil when the
    /// year was not loaded from files.
    func yearInputs(_ y: Int, page template: String, at path: SitePath) -> Fingerprint? {
        guard let sources = years[y].content.sources else { return nil }
        var digest = Fingerprint()
        digest.add(sources.settings)
        digest.add(sources.indexMarkdown)
        digest.add(years[y].resultDigest)
        digest.add(page: template, at: path, renderer: self)
        return digest
    }

    /// The inputs of a page printing the scorecards of `entries` (indexes of year `y`'s
    /// communities); nil when one of them is unknown.
    /// `through`: the last quarter the pages show (a quarter's archived scorecard).
    func communityPageInputs(_ entries: [Int], of y: Int, page template: String, at path: SitePath,
                             through: Quarter? = nil) -> Fingerprint? {
        guard years[y].content.sources != nil else { return nil }
        var digest = Fingerprint()
        if entries.count == 1 {
            guard let inputs = communityInputs(y, entries[0], through: through) else { return nil }
            digest = inputs
        } else {
            digest.add(entries.count)
            for entry in entries {
                guard let inputs = communityInputs(y, entry, through: through) else { return nil }
                digest.add(inputs)
            }
        }
        digest.add(page: template, at: path, renderer: self)
        return digest
    }

    /// The inputs of a booklet: what the page around the scorecards is made of (`frame`: the
    /// page and its `extras`), each scorecard's (its community's inputs and SLUG, the key its
    /// bytes are kept under in the render manifest), and the whole page's, made of those; nil
    /// when one of them is unknown.
    func bookletInputs(_ booklet: Booklet) -> (whole: Fingerprint, frame: Fingerprint, cards: [Fingerprint])? {
        let y = booklet.yearIndex
        guard years[y].content.sources != nil else { return nil }
        var frame = Fingerprint()
        frame.add(page: Booklet.template, at: booklet.path, renderer: self)
        frame.add(booklet.extras.count)
        for extra in booklet.extras { frame.add(extra) }
        var cards: [Fingerprint] = []
        cards.reserveCapacity(booklet.entries.count)
        var whole = frame
        whole.add(booklet.entries.count)
        for entry in booklet.entries {
            guard var card = communityInputs(y, entry, through: booklet.quarter) else { return nil }
            card.add(years[y].content.records.communities[entry].slug)
            whole.add(card)
            cards.append(card)
        }
        return (whole, frame, cards)
    }

    /// What community `index`'s scorecard shows, through quarter `through` (nil: the whole
    /// year), as `cardInputs` took it once for all its pages.
    private func communityInputs(_ y: Int, _ index: Int, through: Quarter? = nil) -> Fingerprint? {
        years[y].cardInputs[index * Quarter.allCases.count + (through ?? .q4).rawValue - 1]
    }

    /// What each community's scorecards show, four for each community in order (a flat array):
    /// through Q1, Q2, Q3 and the whole year. Each is its file, the year's settings and its
    /// police figures (`recordDigest`), then its standing (rank, previous rank, police rank) in
    /// each quarter up to that one (−1 for one not assessed), and for the whole year its annual
    /// rank (a quarter's archived scorecard shows no later quarter). The four are the states of
    /// one digest after each quarter, so a community's are taken in one pass, not once for each
    /// of the ten pages and booklet cards that print it. Nil for a community whose record
    /// digest is unknown (content not loaded from files).
    static func cardInputs(of content: YearContent, index: YearIndex) -> [Fingerprint?] {
        var inputs: [Fingerprint?] = []
        inputs.reserveCapacity(content.records.communities.count * Quarter.allCases.count)
        for community in content.records.communities {
            guard var digest = recordDigest(of: community, in: content) else {
                inputs.append(contentsOf: repeatElement(nil, count: Quarter.allCases.count))
                continue
            }
            for quarter in Quarter.allCases {
                if let standing = index.standing(of: community.slug, in: quarter) {
                    digest.add(standing.rank ?? 0)
                    digest.add(standing.previousRank ?? 0)
                    digest.add(standing.policeRank)
                } else {
                    digest.add(-1)
                }
                if quarter == .q4 { digest.add(index.annual(of: community.slug)?.rank ?? -1) }
                inputs.append(digest)
            }
        }
        return inputs
    }

    /// The digest of what community `community`'s record and scores are made of: the year's
    /// settings, its file and its police figures; nil when the year was not loaded from files.
    static func recordDigest(of community: Community, in content: YearContent) -> Fingerprint? {
        guard let sources = content.sources, let file = sources.communities[community.slug] else { return nil }
        var digest = Fingerprint()
        digest.add(sources.settings)
        digest.add(file)
        digest.add(ScoreSummary.digest(of: content.records.police[community.slug]))
        return digest
    }
}

extension SiteRenderer {
    /// `siteInputs`: how pages are rendered and what the layout shows of the site.
    static func siteInputs(toolVersion: String, theme: Theme, layouts: LayoutBuilder) -> Fingerprint {
        var digest = Fingerprint()
        digest.add(RenderManifest.version)
        digest.add(toolVersion)
        digest.add(theme.templatesFingerprint)
        digest.add(layouts.siteTitle)
        digest.add(layouts.organization ?? "\u{0}")
        digest.add(layouts.years.count)
        for year in layouts.years { digest.add(year) }
        return digest
    }
}

private extension Fingerprint {
    /// What every page has in common (`siteInputs`: how it is rendered and laid out), its
    /// template and where it is.
    mutating func add(page template: String, at path: SitePath, renderer: SiteRenderer) {
        add(renderer.siteInputs)
        add(template)
        add(path.value)
    }
}
