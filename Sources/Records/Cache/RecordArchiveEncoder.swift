/// A compact binary `Encoder` for the record cache: values one after another in the order they
/// are encoded, without keys or type names (the decoder asks for them in the same order), each
/// integer as a variable-length number, each text as its length and UTF-8 bytes, each optional
/// and collection led by a flag or its count. Several times faster to read back than JSON,
/// which took as long as parsing the YAML records themselves.
///
/// Only for values whose `Codable` conformance is positional, as synthesized conformances are:
/// every `encodeIfPresent` writes a presence flag, arrays, dictionaries and optionals are
/// written by `RecordArchiveValue`, so nothing is ever left out silently.
final class RecordArchiveEncoder: Encoder {
    private(set) var bytes: [UInt8] = []
    let userInfo: [CodingUserInfoKey: Any]
    var codingPath: [any CodingKey] { [] }

    init(userInfo: [CodingUserInfoKey: Any] = [:]) {
        self.userInfo = userInfo
        bytes.reserveCapacity(4096)
    }

    /// `value`'s bytes.
    static func encode<T: Encodable>(_ value: T, userInfo: [CodingUserInfoKey: Any]) throws -> [UInt8] {
        let encoder = RecordArchiveEncoder(userInfo: userInfo)
        try encoder.write(value)
        return encoder.bytes
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(KeyedWriter<Key>(encoder: self))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer { UnkeyedWriter(encoder: self) }

    func singleValueContainer() -> any SingleValueEncodingContainer { SingleWriter(encoder: self) }

    func writeUnsigned(_ value: UInt64) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    func write<I: FixedWidthInteger>(integer value: I) {
        if I.isSigned {
            let signed = Int64(value)
            writeUnsigned(UInt64(bitPattern: (signed << 1) ^ (signed >> 63)))
        } else {
            writeUnsigned(UInt64(value))
        }
    }

    func write(_ value: Bool) { bytes.append(value ? 1 : 0) }

    func write(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            writeUnsigned(UInt64(utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }

    func write(_ value: Double) { writeUnsigned(value.bitPattern) }
    func write(_ value: Float) { writeUnsigned(UInt64(value.bitPattern)) }
    func write(_ value: Int) { write(integer: value) }
    func write(_ value: Int8) { write(integer: value) }
    func write(_ value: Int16) { write(integer: value) }
    func write(_ value: Int32) { write(integer: value) }
    func write(_ value: Int64) { write(integer: value) }
    func write(_ value: UInt) { write(integer: value) }
    func write(_ value: UInt8) { write(integer: value) }
    func write(_ value: UInt16) { write(integer: value) }
    func write(_ value: UInt32) { write(integer: value) }
    func write(_ value: UInt64) { write(integer: value) }

    /// The value's type is told by equality, as `RecordArchiveDecoder.read(_:)` tells it, not by
    /// `as?` (a dynamic cast per value, which would also take an `Optional<String>` holding a
    /// text for a `String` and write it without the presence flag the decoder reads).
    func write<T: Encodable>(_ value: T) throws {
        if T.self == String.self {
            write(value as! String)
        } else if T.self == Int.self {
            write(integer: value as! Int)
        } else if T.self == Bool.self {
            write(value as! Bool)
        } else if let collection = ArchiveValueTypes.archiveValue(Swift.type(of: value)) {
            // Whether the value's type is one is found once per type (the value's own: the
            // answer depends on nothing else).
            try collection.archive(boxed: value, into: self)
        } else {
            try value.encode(to: self)
        }
    }

    func writeIfPresent<T: Encodable>(_ value: T?) throws {
        write(value != nil)
        if let value { try write(value) }
    }
}

/// Fields of a struct, in order; keys are not written.
private struct KeyedWriter<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoder: RecordArchiveEncoder
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil(forKey key: Key) throws { encoder.write(false) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { encoder.write(value) }
    mutating func encode(_ value: String, forKey key: Key) throws { encoder.write(value) }
    mutating func encode(_ value: Double, forKey key: Key) throws { encoder.write(value) }
    mutating func encode(_ value: Float, forKey key: Key) throws { encoder.write(value) }
    mutating func encode(_ value: Int, forKey key: Key) throws { encoder.write(value) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { encoder.write(value) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { encoder.write(value) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { encoder.write(value) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { encoder.write(value) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { encoder.write(value) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { encoder.write(value) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { encoder.write(value) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { encoder.write(value) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { encoder.write(value) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { try encoder.write(value) }
    mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws { try encoder.writeIfPresent(value) }
    mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws { try encoder.writeIfPresent(value) }
    mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws { try encoder.writeIfPresent(value) }
    mutating func encodeIfPresent(_ value: Float?, forKey key: Key) throws { try encoder.writeIfPresent(value) }
    mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws { try encoder.writeIfPresent(value) }
    mutating func encodeIfPresent(_ value: Int8?, forKey key: Key) throws { try encoder.writeIfPresent(value) }
    mutating func encodeIfPresent(_ value: Int16?, forKey key: Key) throws { try encoder.writeIfPresent(value) }
    mutating func encodeIfPresent(_ value: Int32?, forKey key: Key) throws { try encoder.writeIfPresent(value) }
    mutating func encodeIfPresent(_ value: Int64?, forKey key: Key) throws { try encoder.writeIfPresent(value) }
    mutating func encodeIfPresent(_ value: UInt?, forKey key: Key) throws { try encoder.writeIfPresent(value) }
    mutating func encodeIfPresent(_ value: UInt8?, forKey key: Key) throws { try encoder.writeIfPresent(value) }
    mutating func encodeIfPresent(_ value: UInt16?, forKey key: Key) throws { try encoder.writeIfPresent(value) }
    mutating func encodeIfPresent(_ value: UInt32?, forKey key: Key) throws { try encoder.writeIfPresent(value) }
    mutating func encodeIfPresent(_ value: UInt64?, forKey key: Key) throws { try encoder.writeIfPresent(value) }
    mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws { try encoder.writeIfPresent(value) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
        -> KeyedEncodingContainer<NestedKey> { encoder.container(keyedBy: keyType) }
    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer { encoder.unkeyedContainer() }
    mutating func superEncoder() -> any Encoder { encoder }
    mutating func superEncoder(forKey key: Key) -> any Encoder { encoder }
}

/// Elements in order. Arrays and dictionaries do not come here (`RecordArchiveValue` writes
/// them with their count); a conformance of our own that used it would have to be read back
/// with a known number of elements.
private struct UnkeyedWriter: UnkeyedEncodingContainer {
    let encoder: RecordArchiveEncoder
    var codingPath: [any CodingKey] { [] }
    private(set) var count = 0

    init(encoder: RecordArchiveEncoder) { self.encoder = encoder }

    mutating func encodeNil() throws { encoder.write(false); count += 1 }
    mutating func encode(_ value: Bool) throws { encoder.write(value); count += 1 }
    mutating func encode(_ value: String) throws { encoder.write(value); count += 1 }
    mutating func encode(_ value: Double) throws { encoder.write(value); count += 1 }
    mutating func encode(_ value: Float) throws { encoder.write(value); count += 1 }
    mutating func encode(_ value: Int) throws { encoder.write(value); count += 1 }
    mutating func encode(_ value: Int8) throws { encoder.write(value); count += 1 }
    mutating func encode(_ value: Int16) throws { encoder.write(value); count += 1 }
    mutating func encode(_ value: Int32) throws { encoder.write(value); count += 1 }
    mutating func encode(_ value: Int64) throws { encoder.write(value); count += 1 }
    mutating func encode(_ value: UInt) throws { encoder.write(value); count += 1 }
    mutating func encode(_ value: UInt8) throws { encoder.write(value); count += 1 }
    mutating func encode(_ value: UInt16) throws { encoder.write(value); count += 1 }
    mutating func encode(_ value: UInt32) throws { encoder.write(value); count += 1 }
    mutating func encode(_ value: UInt64) throws { encoder.write(value); count += 1 }
    mutating func encode<T: Encodable>(_ value: T) throws { try encoder.write(value); count += 1 }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        count += 1
        return encoder.container(keyedBy: keyType)
    }
    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { count += 1; return encoder.unkeyedContainer() }
    mutating func superEncoder() -> any Encoder { encoder }
}

private struct SingleWriter: SingleValueEncodingContainer {
    let encoder: RecordArchiveEncoder
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil() throws { encoder.write(false) }
    mutating func encode(_ value: Bool) throws { encoder.write(value) }
    mutating func encode(_ value: String) throws { encoder.write(value) }
    mutating func encode(_ value: Double) throws { encoder.write(value) }
    mutating func encode(_ value: Float) throws { encoder.write(value) }
    mutating func encode(_ value: Int) throws { encoder.write(value) }
    mutating func encode(_ value: Int8) throws { encoder.write(value) }
    mutating func encode(_ value: Int16) throws { encoder.write(value) }
    mutating func encode(_ value: Int32) throws { encoder.write(value) }
    mutating func encode(_ value: Int64) throws { encoder.write(value) }
    mutating func encode(_ value: UInt) throws { encoder.write(value) }
    mutating func encode(_ value: UInt8) throws { encoder.write(value) }
    mutating func encode(_ value: UInt16) throws { encoder.write(value) }
    mutating func encode(_ value: UInt32) throws { encoder.write(value) }
    mutating func encode(_ value: UInt64) throws { encoder.write(value) }
    mutating func encode<T: Encodable>(_ value: T) throws { try encoder.write(value) }
}
