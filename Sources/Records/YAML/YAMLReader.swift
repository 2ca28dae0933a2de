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
    let maximumNodes: Int

    /// The document's root; a null scalar for an empty file; nil when the file cannot be read.
    static func read(_ source: SourceText, log: DiagnosticLog,
                     maximumNodes: Int = YAMLLimits.maximumNodes) -> YAMLNode? {
        YAMLReader(source: source, log: log, maximumNodes: maximumNodes).read()
    }

    private func read() -> YAMLNode? {
        let tabs = IndentationTabs(source: source)
        var builder = TreeBuilder(source: source, log: log, maximumNodes: maximumNodes)
        var blockScalarLines: [ClosedRange<Int>] = []
        var syntaxError: (problem: String, context: String?, line: Int, column: Int)?
        var quoteStart: (line: Int, column: Int)?

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
                        if context == "while scanning a quoted scalar" {
                            quoteStart = (Int(parser.context_mark.line) + 1, Int(parser.context_mark.column) + 1)
                        }
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
            report(syntaxError, tabs: tabs, quoteStart: quoteStart)
            return nil
        }
        let stray = tabs.outside(blockScalarLines)
        // Like other problems, at most `maximumProblemsPerFile` are listed one by one: a file of
        // a million tab-indented lines must not make a million diagnostics.
        for tab in stray.prefix(YAMLLimits.maximumProblemsPerFile) { reportTab(tab) }
        if stray.count > YAMLLimits.maximumProblemsPerFile {
            log.error(stray[YAMLLimits.maximumProblemsPerFile], "另有 \(stray.count - YAMLLimits.maximumProblemsPerFile) 行的缩进中用了 Tab 字符，未逐一列出",
                      hint: "用编辑器的“替换”把 Tab 全部换成空格")
        }
        guard !builder.stopped, stray.isEmpty else { return nil }
        return builder.root ?? .scalar(YAMLScalar(text: "", style: .plain, location: .start(of: source.file),
                                                  endLine: 1))
    }

    private func report(_ error: (problem: String, context: String?, line: Int, column: Int),
                        tabs: IndentationTabs, quoteStart: (line: Int, column: Int)?) {
        if let tab = tabs.lines.first(where: { $0.line <= error.line }) {
            reportTab(tab)
            return
        }
        if let colon = FullWidthColon.find(in: source, before: error.line) {
            FullWidthColon.report(colon, log: log)
            return
        }
        if let mistake = TypingMistake.find(in: source, line: error.line, quoteStart: quoteStart) {
            log.error(mistake.location, mistake.message, hint: mistake.hint)
            return
        }
        let (message, hint) = SyntaxErrorMessage.message(problem: error.problem, context: error.context)
        log.error(source.clamped(line: error.line, column: error.column), message, hint: hint)
    }

    private func reportTab(_ tab: SourceLocation) {
        log.error(tab, "缩进中用了 Tab 字符", hint: "YAML 只能用空格缩进，请把 Tab 换成空格（编辑器中可设置“用空格代替 Tab”）")
    }
}

/// Lines whose indentation contains a tab, at the tab, in line order.
struct IndentationTabs {
    let lines: [SourceLocation]

    /// Works on the file's bytes, line by line as `SourceText.lines` splits them (at LF, a CR
    /// before it dropped): indentation is ASCII, so the tab's byte offset is its column, and
    /// the file is scanned once without being split into lines at all.
    init(source: SourceText) {
        var found: [SourceLocation] = []
        let (space, tab, hash, cr, lf) = (UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "#"),
                                          UInt8(ascii: "\r"), UInt8(ascii: "\n"))
        source.bytes.withUnsafeBufferPointer { bytes in
            var line = 1
            var start = 0
            while start <= bytes.count {
                var end = start
                while end < bytes.count && bytes[end] != lf { end += 1 }
                // The line's content: without its LF, and without a CR just before that LF.
                let contentEnd = end < bytes.count && end > start && bytes[end - 1] == cr ? end - 1 : end
                var index = start
                var firstTab: Int?
                while index < contentEnd && (bytes[index] == space || bytes[index] == tab) {
                    if bytes[index] == tab && firstTab == nil { firstTab = index }
                    index += 1
                }
                if let firstTab, index < contentEnd, bytes[index] != hash {
                    found.append(SourceLocation(file: source.file, line: line, column: firstTab - start + 1))
                }
                line += 1
                start = end + 1
            }
        }
        lines = found
    }

    /// The tabs on lines outside `blocks` (the text lines of `|` and `>` scalars, where a tab is
    /// content). Both lists are in line order, so one merge pass suffices: checking every tab
    /// against every block was quadratic, and a file of 100,000 block scalars and a million
    /// tab-indented continuation lines hung the loader (found while bounding issue 4.3).
    func outside(_ blocks: [ClosedRange<Int>]) -> [SourceLocation] {
        var result: [SourceLocation] = []
        var block = 0
        for tab in lines {
            while block < blocks.count && blocks[block].upperBound < tab.line { block += 1 }
            if block < blocks.count && blocks[block].contains(tab.line) { continue }
            result.append(tab)
        }
        return result
    }
}
