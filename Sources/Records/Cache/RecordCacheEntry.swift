import Scoring

/// One stored decode outcome: its key and the outcome's bytes (`RecordArchiveEncoder`, with each
/// location in the file itself stored without its path), decoded only when a build asks for it;
/// the same outcome with the community reduced to who it is (`Community.identity`), which a
/// rebuild decodes instead when it may need no more (`DeferredCommunity`); and the community's
/// scores without their reasons (`ScoreSummary`), once a build has scored it.
///
/// The bytes are slices: of the cache file's one buffer for an entry read from it, of their own
/// arrays for one made in this build.
struct RecordCacheEntry: Sendable {
    let key: RecordCacheKey
    /// The encoded outcome.
    let payload: ArraySlice<UInt8>
    /// `payload`'s digest, written beside it, so a damaged payload is never decoded.
    let payloadDigest: ContentDigest
    /// The encoded outcome with the community's identity only.
    let identity: ArraySlice<UInt8>
    /// The encoded `ScoreSummary`; empty when none is kept.
    var summary: ArraySlice<UInt8> {
        didSet { stored = nil }
    }
    /// Where the entry is, whole, in the cache file it was read from (`RecordCache.source`),
    /// when it is still exactly what encoding it would write: saving copies those bytes.
    var stored: Range<Int>?
    /// The digest of `identity` and `summary` together.
    var extraDigest: ContentDigest { Self.digest(identity, summary) }

    init(key: RecordCacheKey, payload: ArraySlice<UInt8>, payloadDigest: ContentDigest, identity: ArraySlice<UInt8>,
         summary: ArraySlice<UInt8>, stored: Range<Int>? = nil) {
        self.key = key
        self.payload = payload
        self.payloadDigest = payloadDigest
        self.identity = identity
        self.summary = summary
        self.stored = stored
    }

    /// Encodes `outcome`; nil when it cannot be (the file is then decoded again next time).
    init?(key: RecordCacheKey, outcome: RecordOutcome) {
        let stored = StoredOutcome(community: outcome.community, diagnostics: outcome.diagnostics)
        let reduced = StoredOutcome(community: outcome.community?.identity, diagnostics: outcome.diagnostics)
        guard let payload = try? RecordArchiveEncoder.encode(stored, userInfo: [.sourceFile: key.path]),
              let identity = try? RecordArchiveEncoder.encode(reduced, userInfo: [.sourceFile: key.path]) else { return nil }
        self.init(key: key, payload: payload[...], payloadDigest: ContentDigest(of: payload), identity: identity[...],
                  summary: [])
    }

    static func digest(_ identity: ArraySlice<UInt8>, _ summary: ArraySlice<UInt8>) -> ContentDigest {
        var digest = ContentDigest()
        digest.add(bytes: identity)
        digest.add(identity.count)
        digest.add(bytes: summary)
        digest.add(summary.count)
        return digest
    }

    /// The outcome, or nil when the payload is damaged.
    func outcome() -> RecordOutcome? {
        guard ContentDigest(of: payload) == payloadDigest else { return nil }
        return Self.decode(payload, path: key.path)
    }

    /// The payload as police.yaml's outcome, or nil when it is damaged.
    func policeOutcome() -> PoliceOutcome? {
        guard ContentDigest(of: payload) == payloadDigest else { return nil }
        return PoliceOutcome.decode(payload, path: key.path)
    }

    /// The outcome with the community's identity only (the file was checked when it was read).
    func identityOutcome() -> RecordOutcome? {
        Self.decode(identity, path: key.path)
    }

    /// The kept scores, when they were computed with police figures of digest `police`.
    func scores(police: ContentDigest) -> [CommunityScore]? {
        guard !summary.isEmpty, let summary = ScoreSummary(bytes: summary), summary.police == police else { return nil }
        return summary.scores
    }

    private static func decode(_ bytes: ArraySlice<UInt8>, path: String) -> RecordOutcome? {
        guard let stored = try? RecordArchiveDecoder.decode(StoredOutcome.self, from: bytes,
                                                            userInfo: [.sourceFile: path]) else { return nil }
        return (stored.community, stored.diagnostics)
    }
}

/// What decoding police.yaml gave: every community's figures and where its entry is, by SLUG,
/// and the file's diagnostics (its cross-checks against the community files are made again
/// each time). Kept in the record cache like a community file's outcome, keyed by the file,
/// the year's scope and the SLUGs of the year's community files.
struct PoliceOutcome: Codable, Sendable {
    var figures: [String: PoliceFigures]
    var keys: [String: SourceLocation]
    var diagnostics: [Diagnostic]
    /// Whether the file is a mapping (or empty): only then are missing entries reported.
    var isMapping: Bool

    func encoded(path: String) -> [UInt8]? {
        try? RecordArchiveEncoder.encode(self, userInfo: [.sourceFile: path])
    }

    static func decode(_ bytes: ArraySlice<UInt8>, path: String) -> PoliceOutcome? {
        try? RecordArchiveDecoder.decode(PoliceOutcome.self, from: bytes, userInfo: [.sourceFile: path])
    }
}

/// The outcome as it is encoded.
private struct StoredOutcome: Codable {
    var community: Community?
    var diagnostics: [Diagnostic]
}

extension Community {
    /// The community reduced to who it is: SLUG, name, station, officer, where it was written
    /// and the leadership flags; no roster, records, judgments or notes. What the pages about a
    /// whole year and the checks across files read of a record.
    public var identity: Community {
        var community = self
        community.teams = []
        community.scheduleReports = []
        community.meetings = []
        community.inspections = []
        community.trainings = []
        community.publicity = []
        community.preventionCampaigns = []
        community.clues = []
        community.mediaExposures = []
        community.judgments = [:]
        community.selfAssessment = [:]
        community.notes = nil
        return community
    }
}

/// A community file loaded from the record cache with only its identity decoded
/// (`Community.identity`): its full record and its kept scores, decoded when they are asked for.
public struct DeferredCommunity: Sendable {
    let entry: RecordCacheEntry

    /// The community as decoded from its file; nil when the stored outcome is damaged (the
    /// caller then loads the content again without deferring).
    public func community() -> Community? { entry.outcome()?.community }

    /// The scores kept from an earlier build, when they were computed with police figures of
    /// digest `police` (`ScoreSummary.digest(of:)`); reasons are left out.
    public func scores(police: ContentDigest) -> [CommunityScore]? { entry.scores(police: police) }
}
