/// What one community file's decode outcome depends on, besides the code that decodes it.
struct RecordCacheKey: Hashable, Sendable {
    /// The file's path as loaded and as its diagnostics and locations print it (root + relative).
    let path: String
    /// The file's bytes.
    let file: ContentDigest
    /// Everything else decoding reads: the year's scope (see `RecordCache.context`).
    let context: ContentDigest
}
