import Scoring

/// A YAML tree as the records format accepts it: text scalars, mappings with text keys, and
/// sequences, each with its position. Built directly from libyaml's events (see `YAMLReader`),
/// so no YAML implicit typing ever happens: every scalar is kept as the text the user typed.
/// Not `indirect`: the nesting goes through the collections' arrays, and a boxed case cost one
/// allocation per value read.
enum YAMLNode {
    case scalar(YAMLScalar)
    case mapping(YAMLMapping)
    case sequence(YAMLSequence)
    /// A node already refused with a diagnostic (an alias): readers skip it silently.
    case invalid(SourceLocation)

    var location: SourceLocation {
        switch self {
        case .scalar(let scalar): scalar.location
        case .mapping(let mapping): mapping.location
        case .sequence(let sequence): sequence.location
        case .invalid(let location): location
        }
    }

    /// A plain empty value, `~` or `null`: an absent value for an optional key.
    var isNull: Bool {
        if case .scalar(let scalar) = self { return scalar.isNull }
        return false
    }

    /// What the node is, in Chinese, for "expected … but found …" messages.
    var kindName: String {
        switch self {
        case .scalar(let scalar): scalar.isNull ? "空值" : "文字“\(scalar.text)”"
        case .mapping: "映射（键: 值）"
        case .sequence: "列表"
        case .invalid: "无效值"
        }
    }
}

/// A scalar, always text.
struct YAMLScalar {
    enum Style { case plain, quoted, block }

    var text: String
    var style: Style
    var location: SourceLocation
    /// The line where the scalar ends, to search its source text.
    var endLine: Int

    private static let nullWords = ["~", "null", "Null", "NULL"]

    /// Read by every key of every record: a text that is its own normal form (every Chinese
    /// text, `CanonicalText`) is compared by its bytes, as `==` would conclude without the
    /// normalization it would run for each word.
    var isNull: Bool {
        guard style == .plain else { return false }
        return ValueText.withBytes(text) { bytes in
            guard CanonicalText.isOwnNormalForm(bytes) else { return Self.nullWords.contains(text) }
            switch bytes.count {
            case 0: return true
            case 1: return bytes[0] == UInt8(ascii: "~")
            case 4: return Self.nullWords.contains { $0.utf8.elementsEqual(bytes) }
            default: return false
            }
        }
    }
}

/// A mapping, in the order written; keys are unique (duplicates are refused while reading).
struct YAMLMapping {
    var entries: [YAMLEntry]
    var location: SourceLocation

    /// The position of the entry whose key is `key` (canonically equal). Reads the keys in
    /// place: iterating the entries, or `firstIndex(where:)`, copied every entry it passed
    /// (a dozen reference counts each), which cost more than the comparisons.
    func index(of key: String) -> Int? {
        entries.withUnsafeBufferPointer { buffer in
            CanonicalText.firstIndex(of: key, count: buffer.count) { buffer[$0].key.text }
        }
    }
}

/// One `key: value` of a mapping.
struct YAMLEntry {
    var key: YAMLScalar
    var value: YAMLNode
}

/// A sequence, in the order written.
struct YAMLSequence {
    var items: [YAMLNode]
    var location: SourceLocation
}
