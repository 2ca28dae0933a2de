import Scoring

/// A mapping read against the keys it may hold: unknown keys are reported (with "did you
/// mean" when one is close), required keys that are missing are reported at the mapping, and
/// each typed accessor reports a wrong value at the value itself. A null value reads as absent.
struct Fields {
    let mapping: YAMLMapping
    /// Where the mapping is, as a key path for messages.
    let fieldPath: FieldPath
    let schema: SchemaReader

    /// The mapping's key path in messages ("" for a file's root).
    var path: String { fieldPath.text }

    /// Reads `node` as a mapping with the `allowed` keys; nil (reported) when it is not a mapping.
    init?(_ node: YAMLNode, path: String, allowed: [String], schema: SchemaReader) {
        self.init(node, fieldPath: FieldPath(path), allowed: allowed, schema: schema)
    }

    init?(_ node: YAMLNode, fieldPath: FieldPath, allowed: [String], schema: SchemaReader) {
        if node.isNull, fieldPath.text.isEmpty {
            // An empty file (or one holding only comments): say so plainly, naming what it needs.
            let required = allowed.first.map { "，至少要写“\($0): …”" } ?? ""
            schema.log.error(node.location, "文件是空的（或只有注释）\(required)")
            return nil
        }
        guard let mapping = schema.mapping(node, { let path = fieldPath.text; return path.isEmpty ? "文件内容" : path }())
        else { return nil }
        self.init(mapping, fieldPath: fieldPath, allowed: allowed, schema: schema)
    }

    init(_ mapping: YAMLMapping, fieldPath: FieldPath, allowed: [String], schema: SchemaReader) {
        self.mapping = mapping
        self.fieldPath = fieldPath
        self.schema = schema
        for index in mapping.entries.indices where !CanonicalText.contains(allowed, mapping.entries[index].key.text) {
            let key = mapping.entries[index].key
            let path = fieldPath.text
            let place = path.isEmpty ? "" : "“\(path)”中"
            if key.text.contains(FullWidthColon.character), let colon = FullWidthColon.find(in: key, source: schema.source) {
                FullWidthColon.report(colon, log: schema.log)
            } else if key.text.unicodeScalars.first == "\u{3000}" {
                // A full-width space before a key reads as part of the key, at the outer level.
                let mistake = TypingMistake.fullWidthSpace(key.location)
                schema.log.error(mistake.location, mistake.message, hint: mistake.hint)
            } else if let colon = TypingMistake.missingSpace(in: key, source: schema.source) {
                let mistake = TypingMistake.missingSpace(colon)
                schema.log.error(mistake.location, mistake.message, hint: mistake.hint)
            } else {
                schema.log.error(key.location, "\(place)未知的键“\(key.text)”",
                                 hint: Suggestion.hint(for: key.text, among: allowed))
            }
        }
    }

    /// The key path of `key`, for messages.
    func name(_ key: String) -> String { FieldPath.key(fieldPath, key).text }

    /// The position of `key` among the entries, if written.
    private func index(of key: String) -> Int? {
        mapping.index(of: key)
    }

    var location: SourceLocation { mapping.location }

    /// Where `key` is written, or the mapping's start.
    func location(of key: String) -> SourceLocation {
        index(of: key).map { mapping.entries[$0].key.location } ?? mapping.location
    }

    /// The value of `key`; nil when absent, null, or already refused.
    func node(_ key: String) -> YAMLNode? {
        guard let index = index(of: key) else { return nil }
        let value = mapping.entries[index].value
        guard !value.isNull else { return nil }
        if case .invalid = value { return nil }
        return value
    }

    /// The value of a required key; reports it missing or empty.
    func required(_ key: String) -> YAMLNode? {
        if let value = node(key) { return value }
        if let index = index(of: key) {
            let entry = mapping.entries[index]
            if case .invalid = entry.value { return nil }
            schema.log.error(entry.value.location, "“\(name(key))”不能为空")
        } else {
            let owner = path.isEmpty ? "文件" : "“\(path)”"
            schema.log.error(mapping.location, "\(owner)缺少必填的键“\(key)”")
        }
        return nil
    }

    private func value(_ key: String, required: Bool) -> YAMLNode? {
        required ? self.required(key) : node(key)
    }

    /// Text within the bounds of `shape`.
    func text(_ key: String, _ shape: TextShape, required: Bool = false) -> String? {
        value(key, required: required).flatMap { schema.text($0, name(key), shape: shape) }
    }

    /// A 是/否 value; left out reads as 否.
    func bool(_ key: String) -> Bool {
        node(key).flatMap { schema.bool($0, name(key)) } ?? false
    }

    func day(_ key: String, required: Bool = false) -> Day? {
        value(key, required: required).flatMap { schema.day($0, name(key)) }
    }

    func month(_ key: String, required: Bool = false) -> Month? {
        value(key, required: required).flatMap { schema.month($0, name(key)) }
    }

    func count(_ key: String, required: Bool = false, range: NumberRange = .count) -> Int? {
        value(key, required: required).flatMap { schema.count($0, name(key), range: range) }
    }

    func points(_ key: String, required: Bool = false, range: NumberRange = .points) -> Points? {
        value(key, required: required).flatMap { schema.points($0, name(key), range: range) }
    }

    func money(_ key: String, required: Bool = false, range: NumberRange = .money) -> Money? {
        value(key, required: required).flatMap { schema.money($0, name(key), range: range) }
    }

    /// A list; left out reads as empty.
    func list(_ key: String) -> [YAMLNode] {
        node(key).flatMap { schema.list($0, name(key)) } ?? []
    }

    func word(_ key: String, from vocabulary: [String], vocabularyName: String, required: Bool = false) -> String? {
        value(key, required: required).flatMap {
            schema.word($0, name(key), from: vocabulary, vocabularyName: vocabularyName)
        }
    }

    /// Words of a vocabulary, each at most once; left out reads as empty.
    func words(_ key: String, from vocabulary: [String], vocabularyName: String) -> [String] {
        node(key).flatMap { schema.words($0, name(key), from: vocabulary, vocabularyName: vocabularyName) } ?? []
    }

    /// A nested mapping with its own keys; nil when absent or not a mapping.
    func fields(_ key: String, allowed: [String], required: Bool = false) -> Fields? {
        value(key, required: required).flatMap {
            Fields($0, fieldPath: .key(fieldPath, key), allowed: allowed, schema: schema)
        }
    }

    /// Each item of a list, as a mapping with `allowed` keys, with its 1-based position.
    func records(_ key: String, allowed: [String]) -> [Fields] {
        let listPath = FieldPath.key(fieldPath, key)
        return list(key).enumerated().compactMap { index, item in
            Fields(item, fieldPath: .item(listPath, index + 1), allowed: allowed, schema: schema)
        }
    }
}
