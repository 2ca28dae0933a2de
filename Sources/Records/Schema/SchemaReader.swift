import Scoring

/// Converts YAML nodes into the records' typed values, reporting every mismatch at the node's
/// own position. Every scalar is read from its raw text: `是`/`否` are the only booleans,
/// a phone number stays text, `08` stays `08`. `name` is the key path shown in messages.
///
/// A class: every `Fields` holds one, and a single reference is cheaper to pass around than
/// the source text's and the log's.
final class SchemaReader {
    let source: SourceText
    let log: DiagnosticLog

    init(source: SourceText, log: DiagnosticLog) {
        self.source = source
        self.log = log
    }

    var file: String { source.file }

    // MARK: Shapes

    func mapping(_ node: YAMLNode, _ name: @autoclosure () -> String) -> YAMLMapping? {
        switch node {
        case .mapping(let mapping): return mapping
        case .invalid: return nil
        case .scalar(let scalar):
            if let colon = FullWidthColon.find(in: scalar, source: source) {
                FullWidthColon.report(colon, log: log)
            } else if let colon = TypingMistake.missingSpace(in: scalar, source: source) {
                let mistake = TypingMistake.missingSpace(colon)
                log.error(mistake.location, mistake.message, hint: mistake.hint)
            } else {
                mismatch(node, name(), expected: "映射（“键: 值”的若干行，或 {键: 值, …}）")
            }
            return nil
        case .sequence:
            mismatch(node, name(), expected: "映射（“键: 值”的若干行，或 {键: 值, …}）",
                     hint: "去掉各行前面的“- ”")
            return nil
        }
    }

    /// A list; a null value is an empty list. An item that holds a full-width comma
    /// (`[宣传橱窗，微信]`, `[1，0，2]`) is reported at the comma and read as the items it
    /// separates, so the list is not then also "one unknown word" or "only 1 number".
    func list(_ node: YAMLNode, _ name: @autoclosure () -> String) -> [YAMLNode]? {
        switch node {
        case .sequence(let sequence):
            // Scalars, not Foundation's substring search: police.yaml has half a million items at 10,000 communities.
            guard sequence.items.contains(where: { if case .scalar(let s) = $0 { s.style == .plain && s.text.unicodeScalars.contains("，") } else { false } })
            else { return sequence.items }
            return sequence.items.flatMap { item -> [YAMLNode] in
                guard case .scalar(let scalar) = item, scalar.style == .plain, scalar.text.unicodeScalars.contains("，") else { return [item] }
                return splitAtFullWidthCommas(scalar, name())
            }
        case .invalid: return nil
        case .scalar(let scalar) where scalar.isNull: return []
        default:
            mismatch(node, name(), expected: "列表（每项一行“- 值”，或 [值, 值]）")
            return nil
        }
    }

    /// Reports the first `，` of `scalar` and returns its parts, each at its own column.
    private func splitAtFullWidthCommas(_ scalar: YAMLScalar, _ name: String) -> [YAMLNode] {
        let scalars = Array(scalar.text.unicodeScalars)
        let line = source.line(scalar.location.line).map { Array($0.unicodeScalars) } ?? []
        let start = scalar.location.column - 1
        let onOneLine = scalar.endLine == scalar.location.line && line.count >= start + scalars.count
            && Array(line[start..<(start + scalars.count)]) == scalars
        let comma = scalars.firstIndex(of: "，")!
        var location = scalar.location
        if onOneLine { location.column += comma }
        log.error(location, "“\(name)”的各项之间用了全角逗号“，”", hint: "请改用半角逗号“,”（英文输入法），例如 [宣传橱窗, 微信]")
        var parts: [YAMLNode] = []
        var offset = 0
        for part in scalar.text.split(separator: "，", omittingEmptySubsequences: false) {
            let leading = part.prefix { $0 == " " }.count
            let text = String(part.dropFirst(leading)).trimmingTrailingSpaces
            var at = scalar.location
            if onOneLine { at.column += offset + leading }
            parts.append(.scalar(YAMLScalar(text: text, style: .plain, location: at, endLine: scalar.endLine)))
            offset += part.unicodeScalars.count + 1
        }
        return parts
    }

    /// The scalar's text, trimmed of nothing: text is taken as typed, within the bounds of its
    /// `shape` (a number, a date or a word is read as a `.name`: it is short when valid).
    func text(_ node: YAMLNode, _ name: @autoclosure () -> String, shape: TextShape) -> String? {
        switch node {
        case .scalar(let scalar):
            if let problem = shape.problem(of: scalar.text) {
                log.error(node.location, "“\(name())”\(problem.message)", hint: problem.hint)
                return nil
            }
            return scalar.text
        case .invalid: return nil
        default:
            mismatch(node, name(), expected: "文字", hint: "含冒号或逗号的文字请加引号")
            return nil
        }
    }

    // MARK: Values

    func bool(_ node: YAMLNode, _ name: @autoclosure () -> String) -> Bool? {
        guard let text = text(node, name(), shape: .name) else { return nil }
        if CanonicalText.equal(text, "是") { return true }
        if CanonicalText.equal(text, "否") { return false }
        let english = ["yes", "no", "true", "false", "on", "off", "y", "n"].contains(text.lowercased())
        log.error(node.location, "“\(name())”应为“是”或“否”，实际为“\(text)”",
                  hint: english ? "请写“是”或“否”，不能用 \(text)" : "请写“是”或“否”")
        return nil
    }

    func day(_ node: YAMLNode, _ name: @autoclosure () -> String) -> Day? {
        guard let text = text(node, name(), shape: .name) else { return nil }
        if let day = ValueText.day(text) ?? Day(parsing: text) { return day }
        if Self.matches(text, "####-##-##") {
            log.error(node.location, "“\(name())”的日期“\(text)”不存在", hint: "检查月份和当月天数")
        } else {
            log.error(node.location, "“\(name())”应为日期 YYYY-MM-DD，实际为“\(text)”",
                      hint: "例如 2017-03-05（月、日都写两位）")
        }
        return nil
    }

    func month(_ node: YAMLNode, _ name: @autoclosure () -> String) -> Month? {
        guard let text = text(node, name(), shape: .name) else { return nil }
        if let month = ValueText.month(text) ?? Month(parsing: text) { return month }
        log.error(node.location, "“\(name())”应为月份 YYYY-MM，实际为“\(text)”", hint: "例如 2017-03（月份写两位）")
        return nil
    }

    /// A whole number in `range` (by default `NumberRange.count`).
    func count(_ node: YAMLNode, _ name: @autoclosure () -> String, range: NumberRange = .count) -> Int? {
        guard let text = text(node, name(), shape: .name) else { return nil }
        // The common case, read straight from the bytes: a few hundred counts per community file.
        if let value = ValueText.count(text), range.bounds.contains(value) { return value }
        return number(node, name(), text, range)
    }

    /// Points with at most one decimal, in `range` (by default `NumberRange.points`).
    func points(_ node: YAMLNode, _ name: @autoclosure () -> String, range: NumberRange = .points) -> Points? {
        guard let text = text(node, name(), shape: .name) else { return nil }
        return number(node, name(), text, range).map { Points(tenths: $0) }
    }

    /// An amount in yuan with at most two decimals, in `range` (by default `NumberRange.money`).
    func money(_ node: YAMLNode, _ name: @autoclosure () -> String, range: NumberRange = .money) -> Money? {
        guard let text = text(node, name(), shape: .name) else { return nil }
        return number(node, name(), text, range).map { Money(fen: $0) }
    }

    /// `text` as a number scaled by 10^range.decimals, or nil with the one message that names
    /// what is wrong: not a number, too many decimals, too many digits, or out of the range.
    private func number(_ node: YAMLNode, _ name: @autoclosure () -> String, _ text: String, _ range: NumberRange) -> Int? {
        let limit = range.decimals == 1 ? "一位" : "两位"
        let shape = range.decimals == 0 ? "整数" : "最多\(limit)小数的数"
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        let isDigits = { (part: Substring) in !part.isEmpty && part.allSatisfy { $0.isASCII && $0.isNumber } }
        guard parts.count <= 2, parts.allSatisfy(isDigits) else {
            log.error(node.location, "“\(name())”应为 \(range.text) 之间的\(shape)，实际为“\(text)”")
            return nil
        }
        let fraction = parts.count == 2 ? parts[1] : ""
        guard fraction.count <= range.decimals else {
            if range.decimals == 0 {
                log.error(node.location, "“\(name())”应为整数，不能有小数，实际为“\(text)”")
            } else {
                log.error(node.location, "“\(name())”最多只能有\(limit)小数，实际为“\(text)”")
            }
            return nil
        }
        let whole = parts[0].drop { $0 == "0" }
        guard whole.count <= range.maximumWholeDigits,
              let value = FixedPoint.parse(String(whole.isEmpty ? "0" : whole) + (fraction.isEmpty ? "" : "." + fraction),
                                           decimals: range.decimals) else {
            log.error(node.location, "“\(name())”的数位数太多（整数部分 \(whole.count) 位），应在 \(range.text) 之间，实际为“\(text)”")
            return nil
        }
        guard range.bounds.contains(value) else {
            log.error(node.location, "“\(name())”为 \(text)，超出范围：应在 \(range.text) 之间")
            return nil
        }
        return value
    }

    /// One word of a closed vocabulary.
    func word(_ node: YAMLNode, _ name: @autoclosure () -> String, from vocabulary: [String], vocabularyName: String) -> String? {
        guard let text = text(node, name(), shape: .name) else { return nil }
        if CanonicalText.contains(vocabulary, text) { return text }
        log.error(node.location, "“\(name())”的值“\(text)”不在\(vocabularyName)中",
                  hint: Suggestion.hint(for: text, among: vocabulary) + "（细则可以增加新词）")
        return nil
    }

    /// A list of words of a closed vocabulary, each at most once.
    func words(_ node: YAMLNode, _ name: @autoclosure () -> String, from vocabulary: [String], vocabularyName: String) -> [String]? {
        guard let items = list(node, name()) else { return nil }
        var words: [String] = []
        var valid = true
        for item in items {
            guard let word = word(item, name(), from: vocabulary, vocabularyName: vocabularyName) else {
                valid = false
                continue
            }
            if CanonicalText.contains(words, word) {
                log.error(item.location, "“\(name())”中“\(word)”重复出现", hint: "同一条记录中每项只写一次")
                valid = false
            } else {
                words.append(word)
            }
        }
        return valid ? words : nil
    }

    // MARK: Reporting

    func mismatch(_ node: YAMLNode, _ name: @autoclosure () -> String, expected: String, hint: String? = nil) {
        log.error(node.location, "“\(name())”应为\(expected)，实际为\(node.kindName)", hint: hint)
    }

    /// `#` matches an ASCII digit; everything else matches itself.
    static func matches(_ text: String, _ pattern: String) -> Bool {
        let t = Array(text), p = Array(pattern)
        guard t.count == p.count else { return false }
        return zip(t, p).allSatisfy { c, q in q == "#" ? (c.isASCII && c.isNumber) : c == q }
    }
}

private extension String {
    var trimmingTrailingSpaces: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
