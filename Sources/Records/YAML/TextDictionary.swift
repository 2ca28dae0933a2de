/// A dictionary keyed by text whose lookups agree with `==` on `String` (canonical
/// equivalence), for the names and 职务 a page looks up once per row.
///
/// A `[String: Value]` hashes a non-ASCII key through Unicode normalization on every lookup:
/// about 1,300 instructions for a Chinese name, which made the roster's phone lookups a few
/// per cent of a whole build. This one hashes the key's bytes instead (`TextPositions`).
///
/// Inlinable, so that the module using it compiles it for its `Value`: unspecialized, across
/// modules, a lookup cost a thousand instructions, most of them in the generic array.
public struct TextDictionary<Value> {
    @usableFromInline var positions = TextPositions()
    @usableFromInline var values: [Value] = []

    @inlinable public init() {}

    /// The value of the key equal to `text`, nil when there is none.
    @inlinable public subscript(text: String) -> Value? {
        positions.position(of: text).map { values[$0] }
    }

    /// Sets the value of the key equal to `text`, adding `text` as a key when there is none.
    @inlinable public mutating func updateValue(_ value: Value, forKey text: String) {
        let position = positions.add(text)
        if position == values.count { values.append(value) } else { values[position] = value }
    }

    /// Adds `text` as a key with `value` when there is no key equal to it (one lookup, where
    /// asking first and then setting took two or three); a key already there keeps its value.
    @inlinable public mutating func addIfAbsent(_ value: Value, forKey text: String) {
        if positions.add(text) == values.count { values.append(value) }
    }
}

/// Each key's position in the order added, found by its bytes. Texts with the same bytes are
/// equal; when the text looked up and every key are their own normal form (ASCII and the CJK
/// ideographs, `CanonicalText.isOwnNormalForm`), texts are equal only when their bytes are, so a
/// miss by bytes is a miss. Otherwise the keys are compared one by one with `==`. Not generic, so
/// that it is compiled for its one key type in this module, whoever calls it.
@usableFromInline struct TextPositions {
    private var byBytes: [ExactText: Int] = [:]
    /// The keys in the order added.
    private var keys: [String] = []
    private var keysAreOwnNormalForm = true

    @usableFromInline init() {}

    @usableFromInline func position(of text: String) -> Int? {
        if let position = byBytes[ExactText(text)] { return position }
        if keysAreOwnNormalForm, ValueText.withBytes(text, CanonicalText.isOwnNormalForm) { return nil }
        return keys.firstIndex { $0 == text }
    }

    /// The position of the key equal to `text`, which is added (last) when there is none.
    @usableFromInline mutating func add(_ text: String) -> Int {
        if let position = position(of: text) { return position }
        byBytes[ExactText(text)] = keys.count
        keys.append(text)
        keysAreOwnNormalForm = keysAreOwnNormalForm && ValueText.withBytes(text, CanonicalText.isOwnNormalForm)
        return keys.count - 1
    }
}

/// A text compared and hashed by its UTF-8 bytes.
private struct ExactText: Hashable {
    let text: String

    init(_ text: String) { self.text = text }

    static func == (left: ExactText, right: ExactText) -> Bool {
        ValueText.withBytes(left.text) { a in ValueText.withBytes(right.text) { b in a.elementsEqual(b) } }
    }

    func hash(into hasher: inout Hasher) {
        ValueText.withBytes(text) { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
