import CYaml
import Scoring

/// Builds a `YAMLNode` tree from libyaml events, refusing what the records format does not
/// accept as it goes. Stops (and `stopped` turns true) at a limit or after too many problems.
struct TreeBuilder {
    /// An open collection. A class, so appending to the innermost one is done in place:
    /// copying value-type frames on every event would make reading quadratic.
    private final class Frame {
        var mapping: YAMLMapping?
        var sequence: YAMLSequence?
        var keys = MappingKeys()
        var pendingKey: YAMLScalar?
        var expectingKey = true
        var discardValue = false

        // Room for a typical record up front: growing an array from empty reallocates it at 1,
        // 2, 4 and 8 elements, and a community file holds hundreds of small collections.
        init(mapping: YAMLMapping) {
            self.mapping = mapping
            self.mapping!.entries.reserveCapacity(8)
        }

        init(sequence: YAMLSequence) {
            self.sequence = sequence
            self.sequence!.items.reserveCapacity(8)
        }

        var node: YAMLNode { mapping.map(YAMLNode.mapping) ?? .sequence(sequence!) }
    }

    let source: SourceText
    let log: DiagnosticLog
    private(set) var root: YAMLNode?
    private(set) var stopped = false
    private var stack: [Frame] = []
    private var nodes = 0
    private var documents = 0
    private var problems = 0

    /// The most scalars, mappings and sequences this file may hold (`YAMLLimits`).
    private let maximumNodes: Int

    /// The file's length in Unicode scalars: the index of libyaml's mark at its end.
    private let scalarCount: Int

    init(source: SourceText, log: DiagnosticLog, maximumNodes: Int = YAMLLimits.maximumNodes) {
        self.source = source
        self.scalarCount = source.bytes.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
        self.log = log
        self.maximumNodes = maximumNodes
    }

    mutating func handle(_ event: yaml_event_t) {
        let location = self.location(event.start_mark)
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            documents += 1
            if documents > 1 {
                fail(location, "一个文件只能有一个 YAML 文档", hint: "删除多余的“---”分隔行")
            } else if event.data.document_start.tag_directives.start != nil {
                problem(location, "不支持 %TAG 指令", hint: "删除以 %TAG 开头的行")
            }
        case YAML_ALIAS_EVENT:
            let name = event.data.alias.anchor.map { String(cString: $0) } ?? ""
            problem(location, "不支持别名“*\(name)”（引用锚点）", hint: "请把内容直接写出来，不要用 & 和 * 引用")
            guard count(location) else { return }
            attach(.invalid(location))
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            refuse(anchor: scalar.anchor, tag: scalar.tag, at: location)
            guard count(location) else { return }
            let bytes = UnsafeBufferPointer(start: scalar.value, count: scalar.value == nil ? 0 : scalar.length)
            let isBlock = scalar.style == YAML_LITERAL_SCALAR_STYLE || scalar.style == YAML_FOLDED_SCALAR_STYLE
            // `|` text is Markdown, where a tab indents code; it never reaches a terminal.
            if let control = ControlCharacter.first(in: bytes, allowed: isBlock ? [0x0A, 0x09] : [0x0A])?.character {
                problem(location, "文字中有控制字符 \(control.name)，不能使用",
                        hint: control.isTab ? "用空格代替制表符" : "删除它；引号里的 \\e、\\a、\\x1b 等转义也会写出控制字符")
                attach(.invalid(location))
                return
            }
            let text = String(decoding: bytes, as: UTF8.self)
            let style: YAMLScalar.Style = switch scalar.style {
            case YAML_SINGLE_QUOTED_SCALAR_STYLE, YAML_DOUBLE_QUOTED_SCALAR_STYLE: .quoted
            case YAML_LITERAL_SCALAR_STYLE, YAML_FOLDED_SCALAR_STYLE: .block
            default: .plain
            }
            attach(.scalar(YAMLScalar(text: text, style: style, location: location,
                                      endLine: Int(event.end_mark.line) + 1)))
        case YAML_SEQUENCE_START_EVENT:
            refuse(anchor: event.data.sequence_start.anchor, tag: event.data.sequence_start.tag, at: location)
            guard count(location), enter(location) else { return }
            stack.append(Frame(sequence: YAMLSequence(items: [], location: location)))
        case YAML_MAPPING_START_EVENT:
            refuse(anchor: event.data.mapping_start.anchor, tag: event.data.mapping_start.tag, at: location)
            guard count(location), enter(location) else { return }
            stack.append(Frame(mapping: YAMLMapping(entries: [], location: location)))
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            guard let frame = stack.popLast() else { return }
            attach(frame.node)
        default:
            break
        }
    }

    private mutating func attach(_ node: YAMLNode) {
        guard let top = stack.last else {
            if root == nil { root = node }
            return
        }
        guard top.mapping != nil else {
            top.sequence!.items.append(node)
            return
        }
        guard top.expectingKey else {
            if !top.discardValue, let key = top.pendingKey {
                top.mapping!.entries.append(YAMLEntry(key: key, value: node))
                top.keys.added(key, entries: top.mapping!.entries)
            }
            top.pendingKey = nil
            top.discardValue = false
            top.expectingKey = true
            return
        }
        top.expectingKey = false
        switch node {
        case .scalar(let key):
            if let first = top.keys.location(of: key.text, in: top.mapping!) {
                problem(key.location, "重复的键“\(key.text)”（第 \(first.line) 行已有同名的键）",
                        hint: "合并两处内容，或删除其中一处")
                top.discardValue = true
            } else {
                top.pendingKey = key
            }
        case .invalid:
            top.discardValue = true
        case .mapping, .sequence:
            problem(node.location, "键必须是文字，不能是列表或映射", hint: "不要用“? ”或 [ ] { } 作键")
            top.discardValue = true
        }
    }

    private mutating func refuse(anchor: UnsafeMutablePointer<UInt8>?, tag: UnsafeMutablePointer<UInt8>?,
                                 at location: SourceLocation) {
        if let anchor {
            problem(location, "不支持锚点“&\(String(cString: anchor))”", hint: "请把内容直接写出来，不要用 & 和 * 引用")
        }
        if let tag {
            problem(location, "不支持 YAML 标签“\(Self.shortTag(String(cString: tag)))”",
                    hint: "删除标签；所有值都按文字读取，不需要标明类型")
        }
    }

    /// `tag:yaml.org,2002:str` is what the user typed as `!!str`.
    private static func shortTag(_ tag: String) -> String {
        let prefix = "tag:yaml.org,2002:"
        return tag.hasPrefix(prefix) ? "!!" + tag.dropFirst(prefix.count) : tag
    }

    private mutating func count(_ location: SourceLocation) -> Bool {
        nodes += 1
        if nodes > maximumNodes {
            fail(location, "文件的值超过 \(maximumNodes) 个，已停止读取", hint: "请检查文件是否被错误生成")
        }
        return !stopped
    }

    private mutating func enter(_ location: SourceLocation) -> Bool {
        if stack.count >= YAMLLimits.maximumDepth {
            fail(location, "嵌套超过 \(YAMLLimits.maximumDepth) 层，已停止读取", hint: "记录最多只需嵌套几层，请检查缩进或括号")
        }
        return !stopped
    }

    private mutating func problem(_ location: SourceLocation, _ message: String, hint: String) {
        problems += 1
        if problems > YAMLLimits.maximumProblemsPerFile {
            fail(location, "问题超过 \(YAMLLimits.maximumProblemsPerFile) 个，后面的内容未检查", hint: "请先改正前面的问题")
        } else {
            log.error(location, message, hint: hint)
        }
    }

    private mutating func fail(_ location: SourceLocation, _ message: String, hint: String) {
        guard !stopped else { return }
        log.error(location, message, hint: hint)
        stopped = true
    }

    /// Inside the file: libyaml's mark for what ends a file can be a line past its end. Only a
    /// mark at the end of the input (libyaml counts its index in characters) is checked, so a
    /// file's lines are split only then.
    private func location(_ mark: yaml_mark_t) -> SourceLocation {
        let (line, column) = (Int(mark.line) + 1, Int(mark.column) + 1)
        guard Int(mark.index) >= scalarCount else {
            return SourceLocation(file: source.file, line: line, column: column)
        }
        return source.clamped(line: line, column: column)
    }
}

/// Finds an earlier key of a mapping, to refuse a duplicate. A mapping's entries are its keys
/// so far (a key's value is attached before the next key is read): most mappings hold a
/// handful, compared one by one with `CanonicalText` (hashing a Chinese String costs a
/// normalization pass); past 16 keys a dictionary takes over (police.yaml has one per community).
struct MappingKeys {
    private var index: [String: SourceLocation]?
    private static let scanLimit = 16

    func location(of text: String, in mapping: YAMLMapping) -> SourceLocation? {
        if let index { return index[text] }
        return mapping.index(of: text).map { mapping.entries[$0].key.location }
    }

    /// Called after `key`'s entry was appended to `entries`.
    mutating func added(_ key: YAMLScalar, entries: [YAMLEntry]) {
        if index != nil {
            index![key.text] = key.location
        } else if entries.count > Self.scanLimit {
            index = Dictionary(entries.map { ($0.key.text, $0.key.location) }, uniquingKeysWith: { first, _ in first })
        }
    }
}
