import Scoring

/// Loads and validates `content/`: the `load → validate` stages of the pipeline.
public struct ContentLoader: Sendable {
    public var fileSystem: FileSystem

    public init(fileSystem: FileSystem) {
        self.fileSystem = fileSystem
    }

    /// Loads everything under `root` (as the user typed it, e.g. "content"); paths in
    /// diagnostics are `root` joined with the file's path inside it.
    ///
    /// Every problem of every file is reported in one run, sorted by file, line and column;
    /// the content is nil when any of them is an error. Never traps on any input.
    public func load(root: String) -> LoadResult {
        load(root: root, cache: nil)
    }

    /// The same, taking each community file's decode outcome from `cache` when the file, its
    /// path and its year's settings are unchanged since the outcome was stored (the result is
    /// the same as without a cache), and recording every file loaded into it for the next run.
    /// `progress` is told (from any thread) after each community file, with the files of its
    /// year folder done and in all.
    ///
    /// `deferring`: a file found in the cache is decoded only as far as who its community is
    /// (`YearContent.deferred` says which, and gives the full record when it is asked for); the
    /// diagnostics are all there as without it. For a rebuild that may need few full records.
    public func load(root: String, cache: RecordCache?, deferring: Bool = false,
                     progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil) -> LoadResult {
        // Confined, a symbolic link below the root is followed only to a file inside it.
        let confined = fileSystem.confined(to: root, role: "记录文件夹")
        let run = LoadingRun(files: ContentFiles(fileSystem: confined, root: root, log: DiagnosticLog()),
                             cache: cache, deferring: deferring, progress: progress)
        let content = run.load()
        let diagnostics = run.files.log.diagnostics.sorted()
        let hasErrors = diagnostics.contains { $0.isError }
        return LoadResult(content: hasErrors ? nil : content, diagnostics: diagnostics)
    }
}

/// One load: walks `content/` and hands each file to its decoder.
struct LoadingRun {
    let files: ContentFiles
    var cache: RecordCache?
    var deferring = false
    var progress: (@Sendable (_ done: Int, _ total: Int) -> Void)?
    var log: DiagnosticLog { files.log }

    func load() -> Content? {
        guard let entries = files.list("") else {
            log.error(.start(of: files.root.isEmpty ? "." : files.root), "找不到内容文件夹“\(files.root)”",
                      hint: "在包含 content 文件夹的目录下运行，或用 --content 指定位置")
            return nil
        }
        let site = loadSite(entries)
        let pages = entries.isRefusedLink("pages") ? [] : loadPages()
        let folders = entries
            .filter { $0.kind == .directory && $0.name.count == 4 && $0.name.allSatisfy { $0.isASCII && $0.isNumber } }
            .map(\.name).sorted()
        var years: [YearContent] = []
        var previous: (folder: String, communities: [String: String?])?
        for folder in folders {
            let loaded = YearLoader(files: files, folder: folder, cache: cache, deferring: deferring, progress: progress).loadWithCommunities()
            if let content = loaded.content { years.append(content) }
            if let previous { warnAboutDroppedCommunities(previous, now: (folder, loaded.communities)) }
            previous = (folder, loaded.communities)
        }
        guard let site else { return nil }
        return Content(site: site, pages: pages, years: years)
    }

    /// A community of the previous year folder with no file in this one drops out of the
    /// ranking without a word (a file deleted or misnamed while copying the year): warned
    /// about at the new year's year.yaml, where the year begins. A year folder without any
    /// community file is not compared (it is still being set up, or its listing was refused).
    private func warnAboutDroppedCommunities(_ previous: (folder: String, communities: [String: String?]),
                                             now: (folder: String, communities: [String: String?])) {
        guard !now.communities.isEmpty else { return }
        let location = SourceLocation.start(of: files.path(now.folder + "/year.yaml"))
        for (slug, name) in previous.communities.sorted(by: { $0.key < $1.key }) where now.communities[slug] == nil {
            let named = name.flatMap { $0 }.map { "（\($0)）" } ?? ""
            log.warning(location,
                        "\(previous.folder) 年度的社区“\(slug)”\(named)在 \(now.folder) 年度没有记录文件 communities/\(slug).yaml",
                        hint: "如仍参加考核，请添加该文件（可用 qunfang new --year \(now.folder) \(slug) --name \(name.flatMap { $0 } ?? "社区名") 生成）；已撤并的社区可不理会本警告")
        }
    }

    private func loadSite(_ entries: [FileSystem.Entry]) -> SiteSettings? {
        guard entries.contains(where: { $0.name == "site.yaml" && $0.kind == .file }) else {
            if entries.isRefusedLink("site.yaml") { return nil }
            log.error(.start(of: files.path("site.yaml")), "缺少网站设置文件 site.yaml",
                      hint: "至少写一行“标题: 某某镇群防群治考核”")
            return nil
        }
        guard let (root, schema) = files.yaml("site.yaml") else { return nil }
        return SiteDecoder.decode(root, schema: schema)
    }

    private func loadPages() -> [Page] {
        let entries = files.listSkippingLeftovers("pages") ?? []
        return entries
            .filter { $0.kind == .file && $0.name.hasSuffix(".md") }
            .map(\.name).sorted()
            .compactMap { file in
                let name = String(file.dropLast(3))
                if let problem = SitePathName.problem(of: name) {
                    log.error(.start(of: files.path("pages/" + file)), "页面文件名“\(SitePathName.shown(name))”不能用作网页地址：\(problem)",
                              hint: "改用简短的名称，例如 about.md、关于.md")
                    return nil
                }
                return files.markdown("pages/" + file).map { PageDecoder.page($0, name: name) }
            }
    }
}

extension [FileSystem.Entry] {
    /// Whether `name` is a symbolic link the listing refused: already reported at the link, so
    /// a required file must not be reported missing as well.
    func isRefusedLink(_ name: String) -> Bool {
        contains { $0.name == name && $0.isRefusedLink }
    }
}
