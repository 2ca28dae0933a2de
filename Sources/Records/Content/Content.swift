import Scoring

/// Everything under `content/`, validated: the site's settings, its free pages and every year.
public struct Content: Sendable {
    public var site: SiteSettings
    /// `pages/*.md`, by name.
    public var pages: [Page]
    /// The year folders, oldest first.
    public var years: [YearContent]

    public init(site: SiteSettings, pages: [Page], years: [YearContent]) {
        self.site = site
        self.pages = pages
        self.years = years
    }

    public func year(_ year: Int) -> YearContent? {
        years.first { $0.records.settings.year == year }
    }
}

/// `site.yaml`.
public struct SiteSettings: Hashable, Sendable {
    /// 标题
    public var title: String
    /// 单位: the office publishing the site.
    public var organization: String?
    /// 主题: the theme folder under `themes/` ("default" when left out).
    public var theme: String
    public var location: SourceLocation

    public init(title: String, organization: String? = nil, theme: String = "default", location: SourceLocation) {
        self.title = title
        self.organization = organization
        self.theme = theme
        self.location = location
    }
}

/// A free Markdown page, `pages/NAME.md` → `site/pages/NAME.html`.
public struct Page: Hashable, Sendable {
    /// The file's base name.
    public var name: String
    /// The first `# heading`, or the name when there is none.
    public var title: String
    public var markdown: String
    public var location: SourceLocation

    public init(name: String, title: String, markdown: String, location: SourceLocation) {
        self.name = name
        self.title = title
        self.markdown = markdown
        self.location = location
    }
}

/// One year folder: its records and the optional `index.md`.
public struct YearContent: Sendable {
    public var records: YearRecords
    /// `index.md`, shown on the year's overview page.
    public var indexMarkdown: String?
    /// Digests of the files the year was loaded from; nil for content made in memory.
    public var sources: YearSources?
    /// The communities loaded from the record cache with their identity only
    /// (`ContentLoader.load(root:cache:deferring:)`), by SLUG: `records.communities` holds
    /// them as `Community.identity`, and each gives its full record when it is asked for.
    /// Empty unless loading deferred them.
    public var deferred: [String: DeferredCommunity] = [:]
    /// The path each community was read from (as diagnostics print it, the record cache's
    /// key), by SLUG; empty for content made in memory.
    public var recordFiles: [String: String] = [:]

    public init(records: YearRecords, indexMarkdown: String?, sources: YearSources? = nil) {
        self.records = records
        self.indexMarkdown = indexMarkdown
        self.sources = sources
    }
}

/// Digests of the files a year was loaded from, so a later stage can tell what changed since
/// the previous build from a few numbers, without comparing decoded values (the site skips
/// rendering a page whose sources and standings are unchanged: `SiteRenderer.inputs(of:)`).
/// Each decoded value is a function of these bytes and of the tool that decoded them; police
/// figures are few and are compared as values.
public struct YearSources: Hashable, Sendable {
    /// year.yaml's bytes and the scope decoded from it, which every record is decoded against.
    public var settings: ContentDigest
    /// index.md's bytes (an empty digest when there is none).
    public var indexMarkdown: ContentDigest
    /// Each valid community file's bytes, by SLUG.
    public var communities: [String: ContentDigest]

    public init(settings: ContentDigest, indexMarkdown: ContentDigest, communities: [String: ContentDigest]) {
        self.settings = settings
        self.indexMarkdown = indexMarkdown
        self.communities = communities
    }
}

/// What loading produced: the content when there was no error, and every problem found.
public struct LoadResult: Sendable {
    /// Nil when any diagnostic is an error.
    public var content: Content?
    /// Errors and warnings of the whole run, sorted.
    public var diagnostics: [Diagnostic]

    public init(content: Content?, diagnostics: [Diagnostic]) {
        self.content = content
        self.diagnostics = diagnostics
    }

    public var hasErrors: Bool { diagnostics.contains { $0.isError } }
}
