import Foundation

/// The cache on disk: `formatVersion` and `toolVersion`, the number of entries, then each
/// entry as its path, the file and context digests, the identity and summary with their digest,
/// and the payload with its digest, lengths before every variable part.
/// Anything that does not read back whole (missing, truncated, damaged, another format or
/// build of the tool) gives an empty cache: the files are then simply decoded.
///
/// Two files of this layout: the cache file (`CacheFolder.recordsFile`) and the changes file
/// beside it (`changesFile(of:)`), which holds the entries this build has and the cache file
/// does not have as they are, when they are few. Saving writes the changes file alone while the
/// cache file's unused and outdated bytes and the changed entries together stay within an
/// eighth of it (`changesShare`); past that it writes the cache file whole, from slices of the
/// one it read, and removes the changes file.
extension RecordCache {
    /// The cache stored at `path`, with the changes beside it; empty when there is none or it
    /// cannot be used. The file is read into one buffer, which the entries share: their
    /// payloads are slices of it, never copied (70 MB at 10,000 communities). A changes file
    /// that cannot be used is ignored alone.
    public static func load(from path: String, toolVersion: String) -> RecordCache {
        guard let bytes = CacheFolder.contents(of: path) else { return RecordCache(toolVersion: toolVersion) }
        let changes = CacheFolder.contents(of: changesFile(of: path)) ?? []
        return RecordCache(bytes: bytes, toolVersion: toolVersion, changes: changes)
    }

    /// The changes file of the cache file `path`: `CONTENT.records.changes`.
    public static func changesFile(of path: String) -> String { path + ".changes" }

    /// Past this share of the cache file's size, the changed entries and the cache file's
    /// unused bytes together make `save` write the cache file whole again.
    static let changesShare = 8

    /// A cache read from `bytes` and the changes file's `changes`; empty when `bytes` are not a
    /// whole cache of this format and tool (and without changes when `changes` are not).
    public convenience init(bytes: [UInt8], toolVersion: String, changes: [UInt8] = []) {
        guard let entries = Self.entries(in: bytes, toolVersion: toolVersion) else {
            self.init(toolVersion: toolVersion, entries: [])
            return
        }
        // The changes' entries are not stored in `bytes`: saving encodes them again.
        let changed: [RecordCacheEntry] = changes.isEmpty ? [] : (Self.entries(in: changes, toolVersion: toolVersion) ?? []).map {
            var entry = $0
            entry.stored = nil
            return entry
        }
        self.init(toolVersion: toolVersion, entries: entries, source: bytes, changes: changed)
    }

    private static func entries(in bytes: [UInt8], toolVersion: String) -> [RecordCacheEntry]? {
        var reader = ByteReader(bytes: bytes[...])
        guard reader.text() == formatVersion, reader.text() == toolVersion,
              let count = reader.number(), count <= bytes.count else { return nil }
        var entries: [RecordCacheEntry] = []
        entries.reserveCapacity(count)
        for _ in 0..<count {
            let start = reader.offset
            guard let path = reader.text(), let file = reader.digest(), let context = reader.digest(),
                  let extraDigest = reader.digest(), let identity = reader.block(), let summary = reader.block(),
                  let payloadDigest = reader.digest(), let payload = reader.block() else { return nil }
            // A damaged identity or summary costs only them: the entry is then decoded in full.
            let intact = RecordCacheEntry.digest(identity, summary) == extraDigest
            entries.append(RecordCacheEntry(key: RecordCacheKey(path: path, file: file, context: context),
                                            payload: payload, payloadDigest: payloadDigest,
                                            identity: intact ? identity : [], summary: intact ? summary : [],
                                            stored: intact ? start..<reader.offset : nil))
        }
        return reader.isAtEnd ? entries : nil
    }

    /// The entries this build loaded, as the cache file stores them. `reusingStored` false
    /// encodes every entry from its fields: the reference the tests compare the slices with.
    public func encoded(reusingStored: Bool = true) -> [UInt8] {
        join(encodedPieces(reusingStored: reusingStored))
    }

    /// What `save` writes to the changes file when the cache file is kept: this build's
    /// entries that the cache file does not store as they are.
    func encodedChanges() -> [UInt8] {
        encodedChanges(currentEntries)
    }

    private func encodedChanges(_ entries: [RecordCacheEntry]) -> [UInt8] {
        join(encodedPieces(entries.filter { $0.stored == nil }))
    }

    private func join(_ pieces: [ArraySlice<UInt8>]) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(pieces.reduce(0) { $0 + $1.count })
        for piece in pieces { bytes += piece }
        return bytes
    }

    /// `encoded()` in pieces, in order: the header, then the entries, each copied as a slice of
    /// the file it was read from while it is unchanged (`RecordCacheEntry.stored`; neighbours
    /// that were neighbours in that file make one slice) or else encoded. A rebuild after one
    /// edit saves the cache with a few large slices of the old file instead of encoding 70 MB
    /// again into a new buffer (docs/performance.md).
    func encodedPieces(reusingStored: Bool = true) -> [ArraySlice<UInt8>] {
        encodedPieces(currentEntries, reusingStored: reusingStored)
    }

    private func encodedPieces(_ entries: [RecordCacheEntry], reusingStored: Bool = true) -> [ArraySlice<UInt8>] {
        var header = ByteWriter()
        header.text(Self.formatVersion)
        header.text(toolVersion)
        header.number(entries.count)
        var pieces: [ArraySlice<UInt8>] = [header.bytes[...]]
        var run: Range<Int>?
        for entry in entries {
            if reusingStored, let stored = entry.stored {
                if let current = run, current.upperBound == stored.lowerBound {
                    run = current.lowerBound..<stored.upperBound
                    continue
                }
                if let current = run { pieces.append(source[current]) }
                run = stored
                continue
            }
            if let current = run { pieces.append(source[current]) }
            run = nil
            var writer = ByteWriter()
            writer.text(entry.key.path)
            writer.digest(entry.key.file)
            writer.digest(entry.key.context)
            writer.digest(entry.extraDigest)
            writer.block(entry.identity)
            writer.block(entry.summary)
            writer.digest(entry.payloadDigest)
            writer.block(entry.payload)
            pieces.append(writer.bytes[...])
        }
        if let current = run { pieces.append(source[current]) }
        return pieces
    }

    /// Writes the entries this build loaded to the record cache of `folder` (private to the
    /// user, each file renamed into place whole: `CacheFolder.write`): only the changes file
    /// when the cache file read stays mostly of use, else the cache file whole, and the changes
    /// file removed after it. Best effort: a cache that cannot be written only costs the next
    /// build its shortcut.
    public func save(in folder: CacheFolder) {
        let changes = Self.changesFile(of: folder.recordsFile)
        let entries = currentEntries
        if keepsSource(entries) {
            folder.write(encodedChanges(entries), to: changes)
        } else {
            folder.write(pieces: encodedPieces(entries), to: folder.recordsFile)
            folder.remove(changes)
        }
    }

    /// Whether saving can leave the cache file read as it is: what this build does not use of
    /// it, and the entries it does not store as they are, are both small against it.
    var keepsSource: Bool { keepsSource(currentEntries) }

    private func keepsSource(_ entries: [RecordCacheEntry]) -> Bool {
        guard !source.isEmpty else { return false }
        var used = 0
        var changed = 0
        for entry in entries {
            if let stored = entry.stored {
                used += stored.count
            } else {
                changed += entry.payload.count + entry.identity.count + entry.summary.count + entry.key.path.utf8.count
            }
        }
        return (source.count - used) + changed <= source.count / Self.changesShare
    }

    /// The running executable's path, size and modification time: a rebuilt tool (whose decoders
    /// may have changed) never uses what another build stored. Empty when it cannot be found.
    public static var runningToolVersion: String {
        guard let path = Bundle.main.executablePath,
              let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              let size = attributes[.size] as? NSNumber,
              let modified = attributes[.modificationDate] as? Date else { return "" }
        return "\(path) \(size) \(modified.timeIntervalSince1970)"
    }
}

/// Lengths and numbers as 8 little-endian bytes.
struct ByteWriter {
    var bytes: [UInt8] = []

    /// A count or length (never negative).
    mutating func number(_ value: Int) { raw(UInt64(value)) }

    /// A number that may be negative.
    mutating func signed(_ value: Int) { raw(UInt64(bitPattern: Int64(value))) }

    mutating func raw(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func block(_ data: some Collection<UInt8>) {
        number(data.count)
        bytes.append(contentsOf: data)
    }

    mutating func text(_ value: String) { block(value.utf8) }

    mutating func digest(_ value: ContentDigest) {
        raw(value.low)
        raw(value.high)
    }
}

/// Reads what `ByteWriter` wrote; nil past the end. Blocks come back as slices of `bytes`.
struct ByteReader {
    let bytes: ArraySlice<UInt8>
    var offset: Int

    init(bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
        offset = bytes.startIndex
    }

    var isAtEnd: Bool { offset == bytes.endIndex }

    mutating func raw() -> UInt64? {
        guard bytes.endIndex - offset >= 8 else { return nil }
        // One unaligned load, not eight bounds-checked bytes: the cache holds millions of numbers.
        let value = bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset - bytes.startIndex, as: UInt64.self) }
        offset += 8
        return UInt64(littleEndian: value)
    }

    mutating func number() -> Int? {
        guard let value = raw(), value <= UInt64(Int.max) else { return nil }
        return Int(value)
    }

    mutating func signed() -> Int? {
        raw().map { Int(Int64(bitPattern: $0)) }
    }

    mutating func block() -> ArraySlice<UInt8>? {
        guard let count = number(), count <= bytes.endIndex - offset else { return nil }
        defer { offset += count }
        return bytes[offset..<offset + count]
    }

    mutating func text() -> String? {
        guard let block = block() else { return nil }
        return String(validating: block, as: UTF8.self)
    }

    mutating func digest() -> ContentDigest? {
        guard let low = raw(), let high = raw() else { return nil }
        return ContentDigest(low: low, high: high)
    }
}
