import Foundation
import Scoring

/// One stored decode outcome: its key and the outcome's bytes (JSON with each location in the
/// file itself written as `[line, column]`), decoded only when a build asks for it.
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
        let encoder = JSONEncoder()
        encoder.userInfo[.sourceFile] = key.path
        guard let data = try? encoder.encode(StoredOutcome(community: outcome.community,
                                                           diagnostics: outcome.diagnostics)) else { return nil }
        let payload = [UInt8](data)
        self.init(key: key, payload: payload, payloadDigest: ContentDigest(of: payload))
    }

    /// The outcome, or nil when the payload is damaged.
    func outcome() -> RecordOutcome? {
        guard ContentDigest(of: payload) == payloadDigest else { return nil }
        let decoder = JSONDecoder()
        decoder.userInfo[.sourceFile] = key.path
        guard let stored = try? decoder.decode(StoredOutcome.self, from: Data(payload)) else { return nil }
        return (stored.community, stored.diagnostics)
    }
}

/// The outcome as it is encoded.
private struct StoredOutcome: Codable {
    var community: Community?
    var diagnostics: [Diagnostic]
}
