/// The personal data written in roster records (电话 and 住址, docs/safety.md §7), found in the
/// records' text rather than in the loaded model (which keeps neither), so a test can check that
/// none of it reaches anything a build writes: pages, caches, lock and temporary files.
///
///     let personal = PersonalData(records: texts)
///     #expect(personal.leaks(in: bytes).isEmpty)
public struct PersonalData: Sendable {
    /// Every 电话 as written.
    public let phones: Set<String>
    /// Every 住址 as written.
    public let addresses: Set<String>
    /// The phones' digits (at least 7 of them: a shorter run would match ordinary numbers).
    private let phoneDigits: Set<[UInt8]>
    private let digitLengths: Set<Int>
    /// Texts searched for as bytes: the addresses and the phones with anything but digits in them.
    private let texts: [[UInt8]: String]
    /// The first three bytes of each of `texts` (one CJK character), where a search starts.
    private let starts: Set<[UInt8]>
    private let textLengths: Set<Int>

    /// The values of every `电话:` and `住址:` key in `records` (YAML texts), quoted or not, in
    /// block or flow mappings.
    public init(records: [String]) {
        var phones: Set<String> = []
        var addresses: Set<String> = []
        for text in records {
            phones.formUnion(Self.values(of: "电话", in: text))
            addresses.formUnion(Self.values(of: "住址", in: text))
        }
        self.phones = phones
        self.addresses = addresses
        let digits = phones.map { Array($0.utf8.filter { (0x30...0x39).contains($0) }) }.filter { $0.count >= 7 }
        phoneDigits = Set(digits)
        digitLengths = Set(digits.map(\.count))
        var texts: [[UInt8]: String] = [:]
        for address in addresses where address.utf8.count >= 3 { texts[Array(address.utf8)] = "住址 " + address }
        for phone in phones where phone.utf8.contains(where: { !(0x30...0x39).contains($0) }) && phone.utf8.count >= 7 {
            texts[Array(phone.utf8)] = "电话 " + phone
        }
        self.texts = texts
        starts = Set(texts.keys.map { Array($0.prefix(3)) })
        textLengths = Set(texts.keys.map(\.count))
    }

    /// What of the personal data `bytes` contain: an address or a phone as written, or a phone's
    /// digits in a run of digits (hyphens and spaces between them ignored, so `0519-8888 1234`
    /// is seen as `051988881234`). Empty when none.
    public func leaks(in bytes: [UInt8]) -> Set<String> {
        var found: Set<String> = []
        var run: [UInt8] = []
        func flush() {
            for length in digitLengths where run.count >= length {
                for start in 0...(run.count - length) where phoneDigits.contains(Array(run[start..<(start + length)])) {
                    found.insert("电话 " + String(decoding: run[start..<(start + length)], as: UTF8.self))
                }
            }
            run.removeAll(keepingCapacity: true)
        }
        for (index, byte) in bytes.enumerated() {
            if (0x30...0x39).contains(byte) {
                run.append(byte)
            } else if !((byte == UInt8(ascii: "-") || byte == UInt8(ascii: " ")) && !run.isEmpty) {
                flush()
            }
            guard byte >= 0xE0, index + 3 <= bytes.count, starts.contains(Array(bytes[index..<(index + 3)])) else { continue }
            for length in textLengths where index + length <= bytes.count {
                if let what = texts[Array(bytes[index..<(index + length)])] { found.insert(what) }
            }
        }
        flush()
        return found
    }

    /// The scalar values of `key:` in a YAML text, trimmed and unquoted.
    static func values(of key: String, in text: String) -> [String] {
        var values: [String] = []
        var rest = Substring(text)
        while let range = rest.firstRange(of: key + ":") {
            rest = rest[range.upperBound...]
            var value = rest.prefix { $0 != "\n" }.drop { $0 == " " }
            if let quote = value.first, quote == "\"" || quote == "'" {
                value = value.dropFirst().prefix { $0 != quote }
            } else {
                value = value.prefix { $0 != "," && $0 != "}" && $0 != "#" }
                while value.last == " " { value = value.dropLast() }
            }
            if !value.isEmpty { values.append(String(value)) }
        }
        return values
    }
}
