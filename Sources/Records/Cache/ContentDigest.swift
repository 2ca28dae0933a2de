/// A stable 128-bit digest of a content file's bytes or of what its decoding depends on, the
/// same in every run and on every machine (Swift's `Hasher` is seeded per process, so it cannot
/// key anything kept on disk). Two independent 64-bit FNV-1a lanes, like the site's page
/// fingerprints: not for adversaries, for telling inputs apart.
public struct ContentDigest: Hashable, Sendable {
    private(set) var low: UInt64 = 0xcbf2_9ce4_8422_2325
    private(set) var high: UInt64 = 0x6c62_272e_07bb_0142

    public init() {}

    init(low: UInt64, high: UInt64) {
        self.low = low
        self.high = high
    }

    /// The digest of `bytes` alone.
    public init<Bytes: Sequence>(of bytes: Bytes) where Bytes.Element == UInt8 {
        add(bytes: bytes)
    }

    public mutating func add<Bytes: Sequence>(bytes: Bytes) where Bytes.Element == UInt8 {
        var low = self.low, high = self.high
        for byte in bytes {
            low = (low ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            high = (high ^ UInt64(byte)) &* 0x0000_0100_0000_0163
        }
        self.low = low
        self.high = high
    }

    /// A text, ended by its length, so ("ab", "c") and ("a", "bc") differ.
    public mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { add(bytes: $0) }
        add(text.utf8.count)
    }

    /// Another digest, as 16 bytes.
    public mutating func add(_ other: ContentDigest) {
        add(Int(bitPattern: UInt(other.low)))
        add(Int(bitPattern: UInt(other.high)))
    }

    /// 32 hex digits.
    public var hex: String {
        func digits(_ value: UInt64) -> String {
            let text = String(value, radix: 16)
            return String(repeating: "0", count: 16 - text.count) + text
        }
        return digits(high) + digits(low)
    }

    public mutating func add(_ number: Int) {
        withUnsafeBytes(of: UInt64(bitPattern: Int64(number)).littleEndian) { add(bytes: $0) }
    }

    /// Digests added up in any order (a set's digest): the same whichever order they come in.
    public struct Unordered: Sendable {
        private var low: UInt64 = 0
        private var high: UInt64 = 0

        public init() {}

        public mutating func insert(_ digest: ContentDigest) {
            low = low &+ digest.low
            high = high &+ digest.high
        }

        public var digest: ContentDigest { ContentDigest(low: low, high: high) }
    }
}
