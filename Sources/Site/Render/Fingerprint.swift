/// A stable 128-bit digest of what a page is rendered from, the same in every run and on every
/// machine (Swift's `Hasher` is seeded per process, so it cannot key anything kept on disk).
/// Two independent 64-bit FNV-1a lanes; not for adversaries, for telling inputs apart.
struct Fingerprint: Hashable, Sendable {
    private(set) var low: UInt64 = 0xcbf2_9ce4_8422_2325
    private(set) var high: UInt64 = 0x6c62_272e_07bb_0142

    mutating func add<Bytes: Sequence>(bytes: Bytes) where Bytes.Element == UInt8 {
        var low = self.low, high = self.high
        for byte in bytes {
            low = (low ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            high = (high ^ UInt64(byte)) &* 0x0000_0100_0000_0163
        }
        self.low = low
        self.high = high
    }

    mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { add(bytes: $0) }
        add(length: text.utf8.count)
    }

    mutating func add(_ number: Int) { add(length: number) }

    /// Also ends every variable-length value, so ("ab", "c") and ("a", "bc") differ.
    mutating func add(length: Int) {
        withUnsafeBytes(of: UInt64(bitPattern: Int64(length)).littleEndian) { add(bytes: $0) }
    }

    mutating func add(_ other: Fingerprint) {
        add(length: Int(bitPattern: UInt(other.low)))
        add(length: Int(bitPattern: UInt(other.high)))
    }

    /// 32 hex digits.
    var hex: String {
        func digits(_ value: UInt64) -> String {
            let text = String(value, radix: 16)
            return String(repeating: "0", count: 16 - text.count) + text
        }
        return digits(high) + digits(low)
    }
}

/// A value a page's fingerprint can include.
protocol Fingerprintable {
    func fingerprint(into digest: inout Fingerprint)
}

extension String: Fingerprintable {
    func fingerprint(into digest: inout Fingerprint) { digest.add(1); digest.add(self) }
}

extension Int: Fingerprintable {
    func fingerprint(into digest: inout Fingerprint) { digest.add(2); digest.add(self) }
}

extension Bool: Fingerprintable {
    func fingerprint(into digest: inout Fingerprint) { digest.add(3); digest.add(self ? 1 : 0) }
}

extension Array: Fingerprintable where Element: Fingerprintable {
    func fingerprint(into digest: inout Fingerprint) {
        digest.add(4)
        digest.add(count)
        for element in self { element.fingerprint(into: &digest) }
    }
}

extension TemplateFields {
    /// Every field the templates can reach, by name; the fields' order in the table does not
    /// matter (each name–value pair is digested apart and the digests are added up).
    func fingerprint(into digest: inout Fingerprint) {
        var low: UInt64 = 0, high: UInt64 = 0
        for (name, path) in Self.templateFields {
            var field = Fingerprint()
            field.add(name)
            Self.fingerprint(self[keyPath: path], into: &field)
            low = low &+ field.low
            high = high &+ field.high
        }
        digest.add(5)
        digest.add(length: Int(bitPattern: UInt(low)))
        digest.add(length: Int(bitPattern: UInt(high)))
    }

    static func fingerprint(_ value: Any, into digest: inout Fingerprint) {
        // Casts to concrete types first: they are much cheaper than the cast to a protocol.
        if let text = value as? String {
            text.fingerprint(into: &digest)
        } else if let flag = value as? Bool {
            flag.fingerprint(into: &digest)
        } else if let number = value as? Int {
            number.fingerprint(into: &digest)
        } else if let value = value as? any Fingerprintable {
            value.fingerprint(into: &digest)
        } else {
            // Not reached by the views (a test checks); still deterministic for plain values.
            digest.add(String(describing: value))
        }
    }
}
