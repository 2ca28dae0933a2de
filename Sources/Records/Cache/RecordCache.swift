import Foundation
import Scoring

/// Decoded community files (and police.yaml: `PoliceOutcome`) from the previous build, so a
/// rebuild does not parse the files that did not change: each entry is one file's decode outcome, `(Community?, [Diagnostic])`,
/// exactly as decoding the file returned it.
///
/// An entry is used only when its `RecordCacheKey` matches in full: the file's path (which its
/// locations and messages print), a digest of its bytes, and a digest of the year's scope
/// (year.yaml's bytes and the settings and rulebook decoded from it, `cutoffKnown`). The cache
/// as a whole belongs to one format (`formatVersion`) and one build of the tool (`toolVersion`,
/// so a changed decoder never reads outcomes the old one stored); anything else is dropped.
/// Each stored outcome also carries a digest of its own bytes, checked before it is used.
///
/// A load reads from the previous entries and records every file it loads, so `save` writes
/// only the current build's files. Used from many threads at once.
///
/// On disk the cache is one large file and, beside it, the entries that changed since it was
/// written (`RecordCacheFile.swift`): a rebuild after a few edits writes those few entries,
/// not the 70 MB of 10,000 communities again.
public final class RecordCache: @unchecked Sendable {
    /// Bump when what an entry stores or how it is laid out changes. 3: members keep no 年龄 or
    /// 住址 and only a masked phone (docs/safety.md §7).
    /// 4: each entry also keeps the community's identity and its scores without reasons.
    public static let formatVersion = "qunfang-record-cache 4"

    /// The build of the tool the entries were decoded by.
    public let toolVersion: String
    /// The cache file the previous entries were read from (empty for a new cache): their
    /// bytes are slices of it, and `RecordCacheEntry.stored` places them in it.
    let source: [UInt8]
    private let previous: [String: RecordCacheEntry]
    /// The entries of the changes file: newer than `previous`'s of the same path, and looked
    /// up first. Each entry is checked against its key, so a changes file older than the cache
    /// file (a build stopped between writing one and removing the other) costs only decoding.
    private let changes: [String: RecordCacheEntry]
    /// How many paths `previous` and `changes` hold between them.
    private let storedCount: Int
    private let lock = NSLock()
    private var current: [String: RecordCacheEntry] = [:]
    private var hitCount = 0
    private var missCount = 0
    /// Whether a score summary or police.yaml's outcome was recorded (a change to save).
    private var summariesChanged = false

    /// An empty cache: every file is decoded.
    public convenience init(toolVersion: String) {
        self.init(toolVersion: toolVersion, entries: [])
    }

    init(toolVersion: String, entries: [RecordCacheEntry], source: [UInt8] = [], changes: [RecordCacheEntry] = []) {
        self.toolVersion = toolVersion
        self.source = source
        let previous = Dictionary(entries.map { ($0.key.path, $0) }, uniquingKeysWith: { _, last in last })
        let changes = Dictionary(changes.map { ($0.key.path, $0) }, uniquingKeysWith: { _, last in last })
        self.previous = previous
        self.changes = changes
        storedCount = previous.count + changes.keys.count { previous[$0] == nil }
    }

    /// The stored entry that matches `key` in full: the changes file's, else the cache file's.
    private func stored(_ key: RecordCacheKey) -> RecordCacheEntry? {
        if let entry = changes[key.path], entry.key == key { return entry }
        if let entry = previous[key.path], entry.key == key { return entry }
        return nil
    }

    /// True when this build used every stored entry and nothing else: saving would write the
    /// same file again (61 MB at 10,000 communities), so a no-change build skips it.
    public var isUnchanged: Bool {
        lock.withLock { missCount == 0 && !summariesChanged && current.count == storedCount }
    }

    /// Files whose outcome came from the cache, and files decoded, since the cache was made.
    public var hits: Int { lock.withLock { hitCount } }
    public var misses: Int { lock.withLock { missCount } }

    /// The stored outcome for `key`, or nil when there is none that matches in full (the file
    /// must then be decoded, and its outcome `record`ed).
    func outcome(for key: RecordCacheKey) -> RecordOutcome? {
        if let entry = stored(key), let outcome = entry.outcome() {
            lock.withLock {
                current[key.path] = entry
                hitCount += 1
            }
            return outcome
        }
        lock.withLock { missCount += 1 }
        return nil
    }

    /// The stored outcome for `key` with the community reduced to its identity, and the way to
    /// its full record and kept scores; nil as for `outcome(for:)`.
    func deferredOutcome(for key: RecordCacheKey) -> (RecordOutcome, DeferredCommunity)? {
        if let entry = stored(key), let outcome = entry.identityOutcome() {
            lock.withLock {
                current[key.path] = entry
                hitCount += 1
            }
            return (outcome, DeferredCommunity(entry: entry))
        }
        lock.withLock { missCount += 1 }
        return nil
    }

    /// Keeps the scores of the community read from `path` (this build's entry) for the next
    /// build; nothing when the file was not loaded through the cache.
    public func record(_ summary: ScoreSummary, forFile path: String) {
        let bytes = summary.encoded()
        lock.withLock {
            guard var entry = current[path], !entry.summary.elementsEqual(bytes) else { return }
            entry.summary = bytes[...]
            current[path] = entry
            summariesChanged = true
        }
    }

    /// The stored outcome of police.yaml for `key`; nil when none matches in full.
    func police(for key: RecordCacheKey) -> PoliceOutcome? {
        if let entry = stored(key), let outcome = entry.policeOutcome() {
            lock.withLock { current[key.path] = entry }
            return outcome
        }
        return nil
    }

    /// Keeps police.yaml's freshly decoded outcome for the next build.
    func record(_ outcome: PoliceOutcome, for key: RecordCacheKey) {
        guard let payload = outcome.encoded(path: key.path) else { return }
        let entry = RecordCacheEntry(key: key, payload: payload[...], payloadDigest: ContentDigest(of: payload),
                                     identity: [], summary: [])
        lock.withLock {
            current[key.path] = entry
            summariesChanged = true
        }
    }

    /// Keeps a freshly decoded outcome for the next build.
    func record(_ outcome: RecordOutcome, for key: RecordCacheKey) {
        guard let entry = RecordCacheEntry(key: key, outcome: outcome) else { return }
        lock.withLock { current[key.path] = entry }
    }

    /// The entries this build loaded, in path order.
    var currentEntries: [RecordCacheEntry] {
        lock.withLock { current.values.sorted { $0.key.path.utf8Precedes($1.key.path) } }
    }

    /// What a year's community files are decoded against, as one digest: year.yaml's bytes
    /// (nil when it is missing or unreadable), and the scope itself, every stored property of
    /// the settings and rulebook spelled out (none of them is a dictionary, so the text is the
    /// same in every run).
    static func context(of scope: YearScope, yearFile: [UInt8]?) -> ContentDigest {
        var digest = ContentDigest()
        digest.add(formatVersion)
        if let yearFile {
            digest.add(1)
            digest.add(bytes: yearFile)
            digest.add(yearFile.count)
        } else {
            digest.add(0)
        }
        digest.add(scope.year)
        digest.add(scope.cutoffKnown ? 1 : 0)
        digest.add(String(reflecting: scope.settings))
        return digest
    }
}

/// One file's decode outcome.
typealias RecordOutcome = (community: Community?, diagnostics: [Diagnostic])
