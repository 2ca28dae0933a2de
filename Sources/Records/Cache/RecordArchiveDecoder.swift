/// Reads back what `RecordArchiveEncoder` wrote, asking for the values in the same order.
/// Any inconsistency (bytes missing or left over, a number out of range, a text that is not
/// UTF-8) throws: the cache entry is then decoded from its file again.
final class RecordArchiveDecoder: Decoder {
    private let bytes: ArraySlice<UInt8>
    /// An index of `bytes` (which need not start at 0).
    private var offset: Int
    private var end: Int { bytes.endIndex }
    let userInfo: [CodingUserInfoKey: Any]
    var codingPath: [any CodingKey] { [] }

    init(bytes: ArraySlice<UInt8>, userInfo: [CodingUserInfoKey: Any] = [:]) {
        self.bytes = bytes
        self.offset = bytes.startIndex
        self.userInfo = userInfo
    }

    /// The value `bytes` hold, all of them.
    static func decode<T: Decodable>(_ type: T.Type, from bytes: ArraySlice<UInt8>, userInfo: [CodingUserInfoKey: Any]) throws -> T {
        let decoder = RecordArchiveDecoder(bytes: bytes, userInfo: userInfo)
        let value = try decoder.read(type)
        guard decoder.offset == bytes.endIndex else { throw RecordArchiveError.damaged }
        return value
    }

    /// The value all of `bytes` hold.
    static func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8], userInfo: [CodingUserInfoKey: Any]) throws -> T {
        try decode(type, from: bytes[...], userInfo: userInfo)
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(KeyedReader<Key>(decoder: self))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer { UnkeyedReader(decoder: self) }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { SingleReader(decoder: self) }

    func readUnsigned() throws -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while offset < end {
            let byte = bytes[offset]
            offset += 1
            guard shift < 64 else { throw RecordArchiveError.damaged }
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
        throw RecordArchiveError.damaged
    }

    func read<I: FixedWidthInteger>(integer type: I.Type) throws -> I {
        let raw = try readUnsigned()
        let value: I?
        if I.isSigned {
            let signed = Int64(bitPattern: raw >> 1) ^ -Int64(bitPattern: raw & 1)
            value = I(exactly: signed)
        } else {
            value = I(exactly: raw)
        }
        guard let value else { throw RecordArchiveError.damaged }
        return value
    }

    func read(_ type: Bool.Type) throws -> Bool {
        guard offset < end, bytes[offset] <= 1 else { throw RecordArchiveError.damaged }
        offset += 1
        return bytes[offset - 1] == 1
    }

    func read(_ type: String.Type) throws -> String {
        let count = try readUnsigned()
        guard count <= UInt64(end - offset) else { throw RecordArchiveError.damaged }
        let stop = offset + Int(count)
        defer { offset = stop }
        guard let text = String(validating: bytes[offset..<stop], as: UTF8.self) else { throw RecordArchiveError.damaged }
        return text
    }

    func read(_ type: Double.Type) throws -> Double { Double(bitPattern: try readUnsigned()) }

    func read(_ type: Float.Type) throws -> Float {
        guard let bits = UInt32(exactly: try readUnsigned()) else { throw RecordArchiveError.damaged }
        return Float(bitPattern: bits)
    }
    func read(_ type: Int.Type) throws -> Int { try read(integer: type) }
    func read(_ type: Int8.Type) throws -> Int8 { try read(integer: type) }
    func read(_ type: Int16.Type) throws -> Int16 { try read(integer: type) }
    func read(_ type: Int32.Type) throws -> Int32 { try read(integer: type) }
    func read(_ type: Int64.Type) throws -> Int64 { try read(integer: type) }
    func read(_ type: UInt.Type) throws -> UInt { try read(integer: type) }
    func read(_ type: UInt8.Type) throws -> UInt8 { try read(integer: type) }
    func read(_ type: UInt16.Type) throws -> UInt16 { try read(integer: type) }
    func read(_ type: UInt32.Type) throws -> UInt32 { try read(integer: type) }
    func read(_ type: UInt64.Type) throws -> UInt64 { try read(integer: type) }

    func read<T: Decodable>(_ type: T.Type) throws -> T {
        if type == String.self { return try read(String.self) as! T }
        if type == Int.self { return try read(integer: Int.self) as! T }
        if type == Bool.self { return try read(Bool.self) as! T }
        if let collection = ArchiveValueTypes.archiveValue(type) { return try collection.unarchive(from: self) as! T }
        return try T(from: self)
    }

    func readIfPresent<T: Decodable>(_ type: T.Type) throws -> T? {
        try read(Bool.self) ? try read(type) : nil
    }
}

/// Why an archive could not be read.
enum RecordArchiveError: Error {
    case damaged
}

private struct KeyedReader<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let decoder: RecordArchiveDecoder
    var codingPath: [any CodingKey] { [] }
    /// Keys are not stored: only positional conformances are read, never a dictionary's keys.
    var allKeys: [Key] { [] }

    func contains(_ key: Key) -> Bool { true }
    func decodeNil(forKey key: Key) throws -> Bool { try !decoder.read(Bool.self) }
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try decoder.read(type) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try decoder.read(type) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try decoder.read(type) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try decoder.read(type) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try decoder.read(type) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try decoder.read(type) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try decoder.read(type) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try decoder.read(type) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try decoder.read(type) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try decoder.read(type) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try decoder.read(type) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try decoder.read(type) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try decoder.read(type) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try decoder.read(type) }
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try decoder.read(type) }
    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? { try decoder.readIfPresent(type) }
    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? { try decoder.readIfPresent(type) }
    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? { try decoder.readIfPresent(type) }
    func decodeIfPresent(_ type: Float.Type, forKey key: Key) throws -> Float? { try decoder.readIfPresent(type) }
    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? { try decoder.readIfPresent(type) }
    func decodeIfPresent(_ type: Int8.Type, forKey key: Key) throws -> Int8? { try decoder.readIfPresent(type) }
    func decodeIfPresent(_ type: Int16.Type, forKey key: Key) throws -> Int16? { try decoder.readIfPresent(type) }
    func decodeIfPresent(_ type: Int32.Type, forKey key: Key) throws -> Int32? { try decoder.readIfPresent(type) }
    func decodeIfPresent(_ type: Int64.Type, forKey key: Key) throws -> Int64? { try decoder.readIfPresent(type) }
    func decodeIfPresent(_ type: UInt.Type, forKey key: Key) throws -> UInt? { try decoder.readIfPresent(type) }
    func decodeIfPresent(_ type: UInt8.Type, forKey key: Key) throws -> UInt8? { try decoder.readIfPresent(type) }
    func decodeIfPresent(_ type: UInt16.Type, forKey key: Key) throws -> UInt16? { try decoder.readIfPresent(type) }
    func decodeIfPresent(_ type: UInt32.Type, forKey key: Key) throws -> UInt32? { try decoder.readIfPresent(type) }
    func decodeIfPresent(_ type: UInt64.Type, forKey key: Key) throws -> UInt64? { try decoder.readIfPresent(type) }
    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? { try decoder.readIfPresent(type) }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
        -> KeyedDecodingContainer<NestedKey> { try decoder.container(keyedBy: type) }
    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer { try decoder.unkeyedContainer() }
    func superDecoder() throws -> any Decoder { decoder }
    func superDecoder(forKey key: Key) throws -> any Decoder { decoder }
}

/// Elements in order; the number of them is not stored (see `UnkeyedWriter`), so a reader
/// looking for the end gets the rest of the bytes and fails on them.
private struct UnkeyedReader: UnkeyedDecodingContainer {
    let decoder: RecordArchiveDecoder
    var codingPath: [any CodingKey] { [] }
    var count: Int? { nil }
    var isAtEnd: Bool { false }
    private(set) var currentIndex = 0

    init(decoder: RecordArchiveDecoder) { self.decoder = decoder }

    mutating func decodeNil() throws -> Bool { currentIndex += 1; return try !decoder.read(Bool.self) }
    mutating func decode(_ type: Bool.Type) throws -> Bool { currentIndex += 1; return try decoder.read(type) }
    mutating func decode(_ type: String.Type) throws -> String { currentIndex += 1; return try decoder.read(type) }
    mutating func decode(_ type: Double.Type) throws -> Double { currentIndex += 1; return try decoder.read(type) }
    mutating func decode(_ type: Float.Type) throws -> Float { currentIndex += 1; return try decoder.read(type) }
    mutating func decode(_ type: Int.Type) throws -> Int { currentIndex += 1; return try decoder.read(type) }
    mutating func decode(_ type: Int8.Type) throws -> Int8 { currentIndex += 1; return try decoder.read(type) }
    mutating func decode(_ type: Int16.Type) throws -> Int16 { currentIndex += 1; return try decoder.read(type) }
    mutating func decode(_ type: Int32.Type) throws -> Int32 { currentIndex += 1; return try decoder.read(type) }
    mutating func decode(_ type: Int64.Type) throws -> Int64 { currentIndex += 1; return try decoder.read(type) }
    mutating func decode(_ type: UInt.Type) throws -> UInt { currentIndex += 1; return try decoder.read(type) }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 { currentIndex += 1; return try decoder.read(type) }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 { currentIndex += 1; return try decoder.read(type) }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 { currentIndex += 1; return try decoder.read(type) }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 { currentIndex += 1; return try decoder.read(type) }
    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { currentIndex += 1; return try decoder.read(type) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        currentIndex += 1
        return try decoder.container(keyedBy: type)
    }
    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        currentIndex += 1
        return try decoder.unkeyedContainer()
    }
    mutating func superDecoder() throws -> any Decoder { decoder }
}

private struct SingleReader: SingleValueDecodingContainer {
    let decoder: RecordArchiveDecoder
    var codingPath: [any CodingKey] { [] }

    func decodeNil() -> Bool { (try? !decoder.read(Bool.self)) ?? false }
    func decode(_ type: Bool.Type) throws -> Bool { try decoder.read(type) }
    func decode(_ type: String.Type) throws -> String { try decoder.read(type) }
    func decode(_ type: Double.Type) throws -> Double { try decoder.read(type) }
    func decode(_ type: Float.Type) throws -> Float { try decoder.read(type) }
    func decode(_ type: Int.Type) throws -> Int { try decoder.read(type) }
    func decode(_ type: Int8.Type) throws -> Int8 { try decoder.read(type) }
    func decode(_ type: Int16.Type) throws -> Int16 { try decoder.read(type) }
    func decode(_ type: Int32.Type) throws -> Int32 { try decoder.read(type) }
    func decode(_ type: Int64.Type) throws -> Int64 { try decoder.read(type) }
    func decode(_ type: UInt.Type) throws -> UInt { try decoder.read(type) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try decoder.read(type) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try decoder.read(type) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try decoder.read(type) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try decoder.read(type) }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try decoder.read(type) }
}
