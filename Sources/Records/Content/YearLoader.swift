import Parallel
import Scoring

/// One year folder: year.yaml first (its 细则 shape the rulebook the rest is checked against),
/// then every community, then police.yaml against the communities found.
///
/// Decisions where the record format says nothing: a file under `communities/` that does not end
/// in `.yaml` (a `.yml`, a stray `.docx`) is an error, since it would otherwise be silently left
/// out of the ranking; editor leftovers and hidden files (`EditorLeftover`) are skipped with a
/// warning; sub-folders there are ignored, as are other stray files in the year folder. A community missing from police.yaml is reported at
/// police.yaml (line 1), where the fix is made.
struct YearLoader {
    let files: ContentFiles
    let folder: String
    /// Decoded community files of the previous build, if the caller keeps them.
    var cache: RecordCache?
    /// Whether a community found in the cache is decoded only as far as its identity.
    var deferring = false
    /// Told after each community file (done, total).
    var progress: (@Sendable (_ done: Int, _ total: Int) -> Void)?

    var log: DiagnosticLog { files.log }
    private func relative(_ name: String) -> String { folder + "/" + name }

    /// The years a folder may name: the year before and after must be four-digit years too
    /// (schedules run into January of the next year and may be reported in the previous one).
    static let years = 1001...9998

    func load() -> YearContent? { loadWithCommunities().content }

    /// The year's content (nil on any error), and the name of each community file's community
    /// by SLUG (nil when the file could not be decoded), for the checks across years.
    func loadWithCommunities() -> (content: YearContent?, communities: [String: String?]) {
        var names: [String: String?] = [:]
        let content = load(names: &names)
        return (content, names)
    }

    private func load(names: inout [String: String?]) -> YearContent? {
        let year = Int(folder)!
        guard Self.years.contains(year) else {
            log.error(.start(of: files.path(relative("year.yaml"))),
                      "年度文件夹 \(folder) 不是可用的年度（应在 \(Self.years.lowerBound) 至 \(Self.years.upperBound) 之间）",
                      hint: "年度文件夹以年份命名，例如 2017")
            return nil
        }
        let mark = log.count
        let entries = files.list(folder) ?? []

        let (settings, yearFile) = loadSettings(entries, year: year)
        // With a broken year.yaml the cut-off is unknown: police coverage is then not judged.
        let scope = YearScope(settings: settings, cutoffKnown: log.errors(since: mark) == 0)
        let context = RecordCache.context(of: scope, yearFile: yearFile)
        let listing = entries.isRefusedLink("communities") ? CommunityListing() : listCommunities()
        // police.yaml needs only the community files' SLUGs: it is decoded on another thread
        // while the communities are, into a log of its own, merged after theirs (the order the
        // diagnostics had when it was decoded after them).
        let policeLog = startPolice(entries, scope: scope, context: context, slugs: listing.slugs)
        let (communities, digests, deferred) = loadCommunities(listing, scope: scope, context: context)
        let slugs = listing.slugs
        for slug in slugs.keys { names[slug] = .some(nil) }
        for community in communities { names[community.slug] = community.name }
        warnAboutSharedNames(communities)
        let (police, policeDiagnostics) = policeLog.value()
        log.append(contentsOf: policeDiagnostics)
        var indexMarkdown: String?
        if entries.contains(where: { $0.name == "index.md" && $0.kind == .file }) {
            indexMarkdown = files.markdown(relative("index.md"))?.normalizedText
        }
        guard log.errors(since: mark) == 0 else { return nil }
        let sources = YearSources(settings: context, indexMarkdown: ContentDigest(of: (indexMarkdown ?? "").utf8),
                                  communities: digests)
        var content = YearContent(records: YearRecords(settings: settings, police: police, communities: communities),
                                  indexMarkdown: indexMarkdown, sources: sources)
        content.deferred = deferred
        content.recordFiles = Dictionary(uniqueKeysWithValues: communities.compactMap { community in
            slugs[community.slug].map { (community.slug, $0) }
        })
        return content
    }

    /// The year's settings, and year.yaml's bytes when they could be read (the records are
    /// decoded against both: `RecordCache.context`).
    private func loadSettings(_ entries: [FileSystem.Entry], year: Int) -> (YearSettings, [UInt8]?) {
        let fallback = YearSettings(year: year, location: .start(of: files.path(relative("year.yaml"))))
        guard entries.contains(where: { $0.name == "year.yaml" && $0.kind == .file }) else {
            if entries.isRefusedLink("year.yaml") { return (fallback, nil) }
            log.error(.start(of: files.path(relative("year.yaml"))), "年度文件夹 \(folder) 缺少 year.yaml",
                      hint: "至少写一行“年度: \(folder)”")
            return (fallback, nil)
        }
        guard let bytes = files.bytes(relative("year.yaml")) else { return (fallback, nil) }
        guard let (root, schema) = files.yaml(relative("year.yaml"), bytes: bytes) else { return (fallback, bytes) }
        return (YearSettingsDecoder.decode(root, folderYear: year, schema: schema), bytes)
    }

    /// police.yaml's figures and diagnostics (`loadPolice`), worked out on another thread with
    /// a log of its own.
    private func startPolice(_ entries: [FileSystem.Entry], scope: YearScope, context: ContentDigest,
                             slugs: [String: String]) -> ParallelMap.Started<([String: PoliceFigures], [Diagnostic])> {
        let (fileSystem, root, folder, cache) = (files.fileSystem, files.root, folder, cache)
        return ParallelMap.start {
            let loader = YearLoader(files: ContentFiles(fileSystem: fileSystem, root: root, log: DiagnosticLog()),
                                    folder: folder, cache: cache)
            let police = loader.loadPolice(entries, scope: scope, context: context, slugs: slugs)
            return (police, loader.log.diagnostics)
        }
    }

    /// The files under `communities/` to decode, and the SLUGs of every community file (valid
    /// or not) with where each file is, for police.yaml's cross-check.
    private struct CommunityListing {
        var jobs: [CommunityFile] = []
        var slugs: [String: String] = [:]
    }

    private func listCommunities() -> CommunityListing {
        let folderPath = relative("communities")
        let entries = files.listSkippingLeftovers(folderPath) ?? []
        var jobs: [CommunityFile] = []
        var slugs: [String: String] = [:]
        for entry in entries.sorted(by: { $0.name < $1.name }) {
            let file = folderPath + "/" + entry.name
            if entry.isRefusedLink {
                // Reported at the link; still a community file for police.yaml's cross-check.
                if entry.name.hasSuffix(".yaml") { slugs[String(entry.name.dropLast(5))] = files.path(file) }
                continue
            }
            guard entry.kind == .file else {
                // A folder named like a record would otherwise hide a community silently.
                if entry.name.hasSuffix(".yaml") {
                    log.error(.start(of: files.path(file)), "“\(entry.name)”是一个文件夹，不是社区记录文件",
                              hint: "社区记录应是 communities/ 下的 .yaml 文件")
                }
                continue
            }
            guard entry.name.hasSuffix(".yaml") else {
                log.error(.start(of: files.path(file)), "社区文件“\(entry.name)”的扩展名不对",
                          hint: "请使用 .yaml 扩展名，例如 hutang.yaml")
                continue
            }
            let slug = String(entry.name.dropLast(5))
            let validSlug = Slug.isValid(slug)
            if validSlug {
                slugs[slug] = files.path(file)
            } else if Slug.isValid(String(slug.prefix(Slug.maximumLength))) {
                log.error(.start(of: files.path(file)), "文件名“\(SitePathName.shown(slug))”太长（\(slug.count) 个字符），社区代号最多 \(Slug.maximumLength) 个字符",
                          hint: "代号出现在每个网页地址中，请用简短的拼音，例如 hutang.yaml")
            } else {
                log.error(.start(of: files.path(file)), "文件名“\(slug)”不能作社区代号",
                          hint: "只能用小写英文字母、数字和连字符“-”，并以字母或数字开头，例如 hutang.yaml、xin-an.yaml")
            }
            jobs.append(CommunityFile(relative: file, slug: slug, validSlug: validSlug))
        }
        return CommunityListing(jobs: jobs, slugs: slugs)
    }

    /// The valid communities and the digest of each one's bytes.
    ///
    /// The files are read and decoded in parallel, each into its own log; the results are
    /// gathered in SLUG order and the logs merged, so the outcome is the same as one by one.
    private func loadCommunities(_ listing: CommunityListing, scope: YearScope, context: ContentDigest)
        -> ([Community], [String: ContentDigest], [String: DeferredCommunity]) {
        let jobs = listing.jobs
        let cached = cache.map { ($0, context: context) }
        let (fileSystem, root, jobList, deferring) = (files.fileSystem, files.root, jobs, deferring)
        let counter = ProgressCounter(total: jobs.count, report: progress)
        let decoded = ParallelMap.map(count: jobs.count) { index in
            defer { counter.advance() }
            return jobList[index].load(fileSystem: fileSystem, root: root, scope: scope, cache: cached, deferring: deferring)
        }
        var communities: [Community] = []
        var digests: [String: ContentDigest] = [:]
        var deferred: [String: DeferredCommunity] = [:]
        for (outcome, digest, later) in decoded {
            log.append(contentsOf: outcome.diagnostics)
            if let community = outcome.community {
                communities.append(community)
                digests[community.slug] = digest
                if let later { deferred[community.slug] = later }
            }
        }
        return (communities, digests, deferred)
    }

    /// Two files of one year naming the same 社区 are most likely one community copied under
    /// a second SLUG (scored and paid twice): warned about at the second file in SLUG order.
    private func warnAboutSharedNames(_ communities: [Community]) {
        // The SLUG of the first community of each name; positions are sorted, not communities.
        var first = TextDictionary<String>()
        for index in communities.indices.sorted(by: { communities[$0].slug < communities[$1].slug }) {
            let community = communities[index]
            guard let earlier = first[community.name] else {
                first.updateValue(community.slug, forKey: community.name)
                continue
            }
            log.warning(community.location,
                        "社区“\(community.name)”与 communities/\(earlier).yaml 的社区同名，同一年度会被评分、补贴两次",
                        hint: "检查是否把同一个社区的记录复制成了两个文件；不同社区请用不同的名称")
        }
    }

    private func loadPolice(_ entries: [FileSystem.Entry], scope: YearScope, context: ContentDigest, slugs: [String: String])
        -> [String: PoliceFigures] {
        let file = files.path(relative("police.yaml"))
        guard entries.contains(where: { $0.name == "police.yaml" && $0.kind == .file }) else {
            if entries.isRefusedLink("police.yaml") { return [:] }
            log.error(.start(of: file), "年度文件夹 \(folder) 缺少公安数据文件 police.yaml",
                      hint: "每个社区都需要派出所提供的逐月发案数和平台考核数")
            return [:]
        }
        guard let decoded = decodePolice(scope: scope, context: context, slugs: slugs) else { return [:] }
        let (figures, keys, isMapping) = (decoded.figures, decoded.keys, decoded.isMapping)
        for (slug, location) in keys.sorted(by: { $0.value < $1.value }) where slugs[slug] == nil {
            log.error(location, "police.yaml 中的“\(slug)”没有对应的社区文件 communities/\(slug).yaml",
                      hint: Suggestion.closest(to: slug, among: Array(slugs.keys)).map { "是不是“\($0)”？" }
                        ?? "检查代号是否与社区文件名一致")
        }
        if !isMapping { return figures }
        for (slug, communityFile) in slugs.sorted(by: { $0.key < $1.key }) where keys[slug] == nil {
            log.error(.start(of: file), "police.yaml 缺少社区“\(slug)”（\(communityFile)）的数据",
                      hint: "每个社区都要有一项“\(slug):”，含侵财、通讯网络诈骗和平台考核数；没有发案的月份写 0")
        }
        return figures
    }
}

extension YearLoader {
    /// police.yaml decoded, or its outcome taken from the cache when the file, the year's scope
    /// and the community files' SLUGs are unchanged (the diagnostics are the same either way);
    /// `isMapping`: whether the file is a mapping (or empty), so missing entries are to be
    /// reported. Nil when the file could not be read or parsed (reported).
    func decodePolice(scope: YearScope, context: ContentDigest, slugs: [String: String])
        -> (figures: [String: PoliceFigures], keys: [String: SourceLocation], isMapping: Bool)? {
        let relative = folder + "/police.yaml"
        guard let bytes = files.bytes(relative) else { return nil }
        var key: RecordCacheKey?
        if let cache {
            var scopeAndSlugs = context
            scopeAndSlugs.add(slugs.count)
            for slug in slugs.keys.sorted() { scopeAndSlugs.add(slug) }
            key = RecordCacheKey(path: files.path(relative), file: ContentDigest(of: bytes), context: scopeAndSlugs)
            if let key, let stored = cache.police(for: key) {
                log.append(contentsOf: stored.diagnostics)
                return (stored.figures, stored.keys, stored.isMapping)
            }
        }
        let mark = log.count
        guard let (root, schema) = files.yaml(relative, bytes: bytes, maximumNodes: YAMLLimits.maximumPoliceNodes) else { return nil }
        let (figures, keys) = PoliceDecoder.decode(root, known: Set(slugs.keys), scope: scope, schema: schema)
        let isMapping: Bool = if case .mapping = root { true } else { root.isNull }
        if let cache, let key {
            let diagnostics = Array(log.diagnostics[mark...])
            cache.record(PoliceOutcome(figures: figures, keys: keys, diagnostics: diagnostics, isMapping: isMapping), for: key)
        }
        return (figures, keys, isMapping)
    }
}

/// One file under `communities/`, to be read on any thread.
private struct CommunityFile: Sendable {
    let relative: String
    let slug: String
    let validSlug: Bool

    /// The community (nil when the file had an error or its name is not a SLUG) and every
    /// diagnostic of the file, collected in a log of its own. With a cache (and the digest of
    /// the year's scope), a file whose bytes match a stored entry is not decoded again. Also
    /// the digest of the file's bytes.
    /// `deferring`: a cached outcome is decoded as far as its community's identity, and the
    /// third value gives the rest.
    func load(fileSystem: FileSystem, root: String, scope: YearScope, cache: (RecordCache, context: ContentDigest)?,
              deferring: Bool = false) -> (RecordOutcome, ContentDigest, DeferredCommunity?) {
        let files = ContentFiles(fileSystem: fileSystem, root: root, log: DiagnosticLog())
        guard let bytes = files.bytes(relative) else { return ((nil, files.log.diagnostics), ContentDigest(), nil) }
        let digest = ContentDigest(of: bytes)
        guard let (cache, context) = cache else { return (decode(bytes, files: files, scope: scope), digest, nil) }
        let key = RecordCacheKey(path: files.path(relative), file: digest, context: context)
        if deferring {
            if let (outcome, later) = cache.deferredOutcome(for: key) { return (outcome, digest, later) }
        } else if let outcome = cache.outcome(for: key) {
            return (outcome, digest, nil)
        }
        let outcome = decode(bytes, files: files, scope: scope)
        cache.record(outcome, for: key)
        return (outcome, digest, nil)
    }

    private func decode(_ bytes: [UInt8], files: ContentFiles, scope: YearScope) -> RecordOutcome {
        guard let (node, schema) = files.yaml(relative, bytes: bytes) else { return (nil, files.log.diagnostics) }
        let community = CommunityDecoder.decode(node, slug: slug, scope: scope, schema: schema)
        return (validSlug ? community : nil, files.log.diagnostics)
    }
}

/// A community's stable id: `[a-z0-9][a-z0-9-]*`, at most `maximumLength` characters (it is
/// part of every page address of the community, and of file names with suffixes).
enum Slug {
    static let maximumLength = 100

    static func isValid(_ text: String) -> Bool {
        guard text.utf8.count <= maximumLength, let first = text.unicodeScalars.first, isLowerAlphanumeric(first) else { return false }
        return text.unicodeScalars.allSatisfy { isLowerAlphanumeric($0) || $0 == "-" }
    }

    private static func isLowerAlphanumeric(_ c: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(c) || ("0"..."9").contains(c)
    }
}
