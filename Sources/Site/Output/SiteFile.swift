/// One file of the rendered site: its path inside the site and its bytes.
public struct SiteFile: Hashable, Sendable {
    public var path: SitePath
    public var bytes: [UInt8]

    public init(path: SitePath, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    public init(path: SitePath, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    public var text: String { String(decoding: bytes, as: UTF8.self) }
}

/// What a build did to the output folder.
public struct BuildSummary: Hashable, Sendable, CustomStringConvertible {
    /// Files written with new content.
    public var written: Int
    /// Files identical to the previous site's, carried over as hard links (not rewritten).
    public var unchanged: Int
    /// Files of the previous site that the new one no longer has.
    public var removed: Int
    /// Pages and results files made this time; the others were known unchanged from their
    /// fingerprints and linked without being made (or are theme files). Not in the summary line.
    public var rendered = 0
    /// Scorecards of the booklets made again that were copied from the previous build's files
    /// instead of rendered (`IncrementalWriter`). Not in the summary line.
    public var copiedScorecards = 0

    public init(written: Int, unchanged: Int, removed: Int) {
        self.written = written
        self.unchanged = unchanged
        self.removed = removed
    }

    public var total: Int { written + unchanged }

    public var description: String { "共 \(total) 个文件：新写入 \(written) 个，未变 \(unchanged) 个，删除 \(removed) 个" }
}
