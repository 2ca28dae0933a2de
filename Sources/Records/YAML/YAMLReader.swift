import CYaml
import Scoring

/// Reads one file's YAML strictly, straight from libyaml's event stream (Yams's bundled
/// `CYaml`): refuses anchors, aliases, tags, several documents and duplicate keys (at the
/// second key), enforces `YAMLLimits`, and turns syntax errors into Chinese diagnostics.
/// Reading events ourselves, instead of composing a Yams tree, means an alias is never
/// expanded (a "billion laughs" file costs nothing) and no implicit typing ever happens.
struct YAMLReader {
    let source: SourceText
    let log: DiagnosticLog

    /// The document's root; a null scalar for an empty file; nil when the file cannot be read.
    static func read(_ source: SourceText, log: DiagnosticLog) -> YAMLNode? {
        YAMLReader(source: source, log: log).read()
    }

    private func read() -> YAMLNode? {
        let tabs = IndentationTabs(source: source)
        var builder = TreeBuilder(file: source.file, log: log)
        var blockScalarLines: [ClosedRange<Int>] = []
        var syntaxError: (problem: String, context: String?, line: Int, column: Int)?

        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) != 0 else {
            log.error(.start(of: source.file), "无法初始化 YAML 解析器（内存不足）")
            return nil
        }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)

        source.bytes.withUnsafeBufferPointer { buffer in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var event = yaml_event_t()
            while !builder.stopped {
                guard yaml_parser_parse(&parser, &event) != 0 else {
                    let problem = parser.problem.map { String(cString: $0) } ?? "unknown error"
                    let context = parser.context.map { String(cString: $0) }
                    if parser.error == YAML_READER_ERROR {
                        // The reader reports a byte offset, not a mark.
                        let offset = min(Int(parser.problem_offset), source.bytes.count)
                        let at = SourceText.location(ofByte: offset, in: source.bytes, file: source.file)
                        syntaxError = (problem, context, at.line, at.column)
                    } else {
                        syntaxError = (problem, context, Int(parser.problem_mark.line) + 1,
                                       Int(parser.problem_mark.column) + 1)
                    }
                    return
                }
                defer { yaml_event_delete(&event) }
                if event.type == YAML_STREAM_END_EVENT { return }
                if event.type == YAML_SCALAR_EVENT,
                   event.data.scalar.style == YAML_LITERAL_SCALAR_STYLE
                    || event.data.scalar.style == YAML_FOLDED_SCALAR_STYLE {
                    let first = Int(event.start_mark.line) + 2
                    let last = Int(event.end_mark.line) + 1
                    if first <= last { blockScalarLines.append(first...last) }
                }
                builder.handle(event)
            }
        }
        if let syntaxError {
            report(syntaxError, tabs: tabs)
            return nil
        }
        let stray = tabs.lines.filter { line in !blockScalarLines.contains { $0.contains(line.line) } }
        for tab in stray { reportTab(tab) }
        guard !builder.stopped, stray.isEmpty else { return nil }
        return builder.root ?? .scalar(YAMLScalar(text: "", style: .plain, location: .start(of: source.file),
                                                  end: .start(of: source.file)))
    }

    private func report(_ error: (problem: String, context: String?, line: Int, column: Int),
                        tabs: IndentationTabs) {
        if let tab = tabs.lines.first(where: { $0.line <= error.line }) {
            reportTab(tab)
            return
        }
        if let colon = FullWidthColon.find(in: source, before: error.line) {
            FullWidthColon.report(colon, log: log)
            return
        }
        let (message, hint) = SyntaxErrorMessage.message(problem: error.problem, context: error.context)
        log.error(SourceLocation(file: source.file, line: error.line, column: error.column), message, hint: hint)
    }

    private func reportTab(_ tab: SourceLocation) {
        log.error(tab, "缩进中用了 Tab 字符", hint: "YAML 只能用空格缩进，请把 Tab 换成空格（编辑器中可设置“用空格代替 Tab”）")
    }
}

/// Lines whose indentation contains a tab, at the tab.
struct IndentationTabs {
    let lines: [SourceLocation]

    init(source: SourceText) {
        var found: [SourceLocation] = []
        for (index, line) in source.lines.enumerated() {
            let indentation = line.prefix { $0 == " " || $0 == "\t" }
            guard let tab = indentation.firstIndex(of: "\t") else { continue }
            let rest = line[indentation.endIndex...]
            guard !rest.isEmpty, !rest.hasPrefix("#") else { continue }
            let column = line.unicodeScalars.distance(from: line.startIndex, to: tab) + 1
            found.append(SourceLocation(file: source.file, line: index + 1, column: column))
        }
        lines = found
    }
}
