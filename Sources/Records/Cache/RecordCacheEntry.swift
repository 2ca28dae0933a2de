import Scoring

/// One stored decode outcome: its key and the outcome's bytes (`RecordArchiveEncoder`, with each
/// location in the file itself stored without its path), decoded only when a build asks for it.
struct RecordCacheEntry: Sendable {
    let key: RecordCacheKey
    /// The encoded outcome.
    let payload: [UInt8]
    /// `payload`'s digest, written beside it, so a damaged payload is never decoded.
    let payloadDigest: ContentDigest

    init(key: RecordCacheKey, payload: [UInt8], payloadDigest: ContentDigest) {
        self.key = key
        self.payload = payload
        self.payloadDigest = payloadDigest
    }

    /// Encodes `outcome`; nil when it cannot be (the file is then decoded again next time).
    init?(key: RecordCacheKey, outcome: RecordOutcome) {
        let stored = StoredOutcome(community: outcome.community, diagnostics: outcome.diagnostics)
        guard let payload = try? RecordArchiveEncoder.encode(stored, userInfo: [.sourceFile: key.path]) else { return nil }
        self.init(key: key, payload: payload, payloadDigest: ContentDigest(of: payload))
    }

    /// The outcome, or nil when the payload is damaged.
    func outcome() -> RecordOutcome? {
        guard ContentDigest(of: payload) == payloadDigest else { return nil }
        guard let stored = try? RecordArchiveDecoder.decode(StoredOutcome.self, from: payload,
                                                            userInfo: [.sourceFile: key.path]) else { return nil }
        return (stored.community, stored.diagnostics)
    }
}

/// The outcome as it is encoded.
private struct StoredOutcome: Codable {
    var community: Community?
    var diagnostics: [Diagnostic]
}
