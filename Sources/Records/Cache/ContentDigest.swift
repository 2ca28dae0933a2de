/// A stable 128-bit digest of a content file's bytes or of what its decoding depends on, the
/// same in every run and on every machine (Swift's `Hasher` is seeded per process, so it cannot
/// key anything kept on disk). Two independent 64-bit lanes that take contiguous bytes eight at
/// a time (a multiply and a shift each: a rebuild digests every record, 130 MB at 10,000
/// communities, and byte-by-byte FNV-1a took a third of it) and single bytes FNV-1a style:
/// not for adversaries, for telling inputs apart.
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
        let contiguous: Void? = bytes.withContiguousStorageIfAvailable { add(raw: UnsafeRawBufferPointer($0)) }
        guard contiguous == nil else { return }
        for byte in bytes { add(byte: byte) }
    }

    private mutating func add(raw bytes: UnsafeRawBufferPointer) {
        var low = self.low, high = self.high
        var offset = 0
        while offset + 8 <= bytes.count {
            let word = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            low = (low ^ word) &* 0x9e37_79b9_7f4a_7c15
            low ^= low >> 32
            high = (high ^ word) &* 0xc2b2_ae3d_27d4_eb4f
            high ^= high >> 29
            offset += 8
        }
        self.low = low
        self.high = high
        while offset < bytes.count {
            add(byte: bytes[offset])
            offset += 1
        }
    }

    private mutating func add(byte: UInt8) {
        low = (low ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        high = (high ^ UInt64(byte)) &* 0x0000_0100_0000_0163
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

    /// 32 lowercase hex digits, `high` first.
    public var hex: String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(32)
        appendHex(to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `hex` to `bytes`, as UTF-8, without making a string (a render manifest writes
    /// 50,000 of them).
    public func appendHex(to bytes: inout [UInt8]) {
        func append(_ value: UInt64) {
            for shift in stride(from: 60, through: 0, by: -4) {
                let nibble = UInt8(truncatingIfNeeded: value >> UInt64(shift)) & 0xF
                bytes.append(nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") + nibble - 10)
            }
        }
        append(high)
        append(low)
    }

    /// The digest `hex` spelled as `digits`: exactly 32 lowercase hex digits, else nil. (Not
    /// generic: called from other modules, a generic version ran unspecialized, 20 times slower.)
    public init?(hex digits: ArraySlice<UInt8>) {
        guard digits.count == 32 else { return nil }
        // Read through the buffer: two render manifests of 50,000 lines are parsed per rebuild.
        let values = digits.withUnsafeBufferPointer { buffer -> (high: UInt64, low: UInt64)? in
            func half(_ start: Int) -> UInt64? {
                var value: UInt64 = 0
                for digit in buffer[start..<start + 16] {
                    let nibble: UInt8
                    switch digit {
                    case UInt8(ascii: "0")...UInt8(ascii: "9"): nibble = digit &- UInt8(ascii: "0")
                    case UInt8(ascii: "a")...UInt8(ascii: "f"): nibble = digit &- UInt8(ascii: "a") &+ 10
                    default: return nil
                    }
                    value = value << 4 | UInt64(nibble)
                }
                return value
            }
            guard let high = half(0), let low = half(16) else { return nil }
            return (high, low)
        }
        guard let values else { return nil }
        self.init(low: values.low, high: values.high)
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
