import Scoring

/// Typing mistakes that make libyaml fail somewhere else than where they were typed, found by
/// looking back from libyaml's complaint at the lines the user wrote (like `FullWidthColon`):
/// libyaml names the first place the grammar cannot continue, which for these mistakes is a
/// line or a quarter later, with a message about indentation that sends the clerk to the wrong
/// line. Each finding is at the line typed and names the real cause.
enum TypingMistake {
    /// One mistake: where it was typed, what it is, how to fix it.
    struct Finding {
        let location: SourceLocation
        let message: String
        let hint: String
    }

    /// The mistake behind a syntax error at `line` (1-based), or nil. `quoteStart` is where
    /// libyaml began the quoted scalar it was scanning, when it was scanning one.
    static func find(in source: SourceText, line: Int, quoteStart: (line: Int, column: Int)?) -> Finding? {
        let last = min(max(line, 1), source.lines.count)
        guard last >= 1 else { return nil }
        let lines = Array(source.lines[0..<last]).map { Line($0) }
        if let quoteStart { return unclosedQuote(source.file, line: quoteStart.line, column: quoteStart.column) }
        return fullWidthIndentation(source.file, lines)
            ?? blockAfterEmptyFlow(source.file, lines)
            ?? unclosedQuote(source.file, lines)
            ?? missingSpaceAfterColon(source.file, lines, from: max(1, last - 2))
            ?? misindentedKey(source.file, lines)
    }

    // MARK: Full-width space

    /// A full-width space (U+3000, typed with a Chinese input method) in a line's indentation.
    static func fullWidthIndentation(_ file: String, _ lines: [Line]) -> Finding? {
        for (index, line) in lines.enumerated() {
            guard let column = line.fullWidthSpaceInIndentation else { continue }
            return fullWidthSpace(SourceLocation(file: file, line: index + 1, column: column))
        }
        return nil
    }

    static func fullWidthSpace(_ location: SourceLocation) -> Finding {
        Finding(location: location, message: "缩进中用了全角空格（U+3000）",
                hint: "YAML 只能用半角空格缩进：请切换到英文输入法，把这些全角空格换成半角空格")
    }

    // MARK: A block under `[]` or `{}`

    /// An indented line right below `key: []` or `key: {}` (a template's empty list with its
    /// examples uncommented): the key already has its value, so the block cannot belong to it.
    static func blockAfterEmptyFlow(_ file: String, _ lines: [Line]) -> Finding? {
        var previous: (number: Int, line: Line)?
        for (index, line) in lines.enumerated() where line.hasContent {
            if let (number, above) = previous, let (key, empty) = above.emptyFlowValue,
               line.indentation > above.indentation {
                let kind = empty == "[]" ? "空列表" : "空映射"
                return Finding(location: SourceLocation(file: file, line: index + 1, column: line.indentation + 1),
                               message: "“\(key)”（第 \(number) 行）已经写了 \(empty)（\(kind)），下面的内容不能再接在它后面",
                               hint: "删除第 \(number) 行的“\(empty)”，写成“\(key):”")
            }
            previous = (index + 1, line)
        }
        return nil
    }

    // MARK: Unclosed quote

    static func unclosedQuote(_ file: String, line: Int, column: Int) -> Finding {
        Finding(location: SourceLocation(file: file, line: line, column: column),
                message: "引号没有配对：从这里开始的文字没有结束的引号",
                hint: "在文字末尾补上同样的引号，或删去开头的引号")
    }

    /// The first line where a quoted value opens and does not close: libyaml reads on to the
    /// next quote, lines later, and complains there.
    static func unclosedQuote(_ file: String, _ lines: [Line]) -> Finding? {
        for (index, line) in lines.enumerated() {
            if let column = line.unclosedQuoteColumn { return unclosedQuote(file, line: index + 1, column: column) }
        }
        return nil
    }

    // MARK: No space after the colon

    /// `专人负责:是`: without a space, `:` does not separate a key, so the line is read as one
    /// text and libyaml fails on a later line.
    static func missingSpaceAfterColon(_ file: String, _ lines: [Line], from first: Int) -> Finding? {
        for number in first...lines.count {
            if let column = lines[number - 1].colonWithoutSpace {
                return missingSpace(SourceLocation(file: file, line: number, column: column))
            }
        }
        return nil
    }

    static func missingSpace(_ location: SourceLocation) -> Finding {
        Finding(location: location, message: "冒号后面要有一个空格",
                hint: "把“键:值”写成“键: 值”（半角冒号后加一个空格）")
    }

    /// The `:` of text read where a key was expected (`专人负责:是`), when that is all the text is.
    static func missingSpace(in scalar: YAMLScalar, source: SourceText) -> SourceLocation? {
        // A plain scalar on one line is its text as typed, so its offsets are columns.
        guard scalar.style == .plain, scalar.endLine == scalar.location.line,
              let column = Line(Substring(scalar.text)).colonWithoutSpace else { return nil }
        return SourceLocation(file: source.file, line: scalar.location.line, column: scalar.location.column + column - 1)
    }

    // MARK: Indentation

    /// A key whose indentation does not match its siblings': libyaml fails at the next line
    /// that is right (a later quarter, a later key), or at a wrong line that follows. The key
    /// lines up to the error are replayed on a stack of indentations: the error line either
    /// returns to a level that a shallower line closed too early (that line is the culprit), or
    /// sits below a simple value; then of the two the one whose indentation the file uses less is.
    static func misindentedKey(_ file: String, _ lines: [Line]) -> Finding? {
        let keyLines = lines.enumerated().filter { $0.element.hasContent && $0.element.blockKey != nil }
        guard let (errorIndex, errorLine) = keyLines.last, keyLines.count >= 2 else { return nil }
        var stack: [(indentation: Int, line: Int)] = []
        var closedBy: [Int: Int] = [:]
        for (index, line) in keyLines.dropLast() {
            while let top = stack.last, top.indentation > line.indentation {
                closedBy[top.indentation] = index
                stack.removeLast()
            }
            if stack.last?.indentation != line.indentation { stack.append((line.indentation, index)) }
        }
        let indentation = errorLine.indentation
        let uses = { (width: Int) in keyLines.filter { $0.element.indentation == width }.count }
        guard let top = stack.last, let (previousIndex, previous) = keyLines.dropLast().last else { return nil }
        let culprit: Int
        if top.indentation > indentation, !stack.contains(where: { $0.indentation == indentation }) {
            // Back to a level no open key has: either the simple value just above went too deep
            // (its indentation is rarer than the error line's), or a shallower key closed the
            // level too early.
            if previous.blockKey?.hasValue == true, uses(previous.indentation) < uses(indentation) {
                culprit = previousIndex
            } else {
                guard let closer = closedBy[indentation] else { return nil }
                culprit = closer
            }
        } else if top.indentation < indentation, previous.indentation == top.indentation, previous.blockKey?.hasValue == true {
            // Deeper than a simple value: the one of the two whose indentation is rarer.
            culprit = uses(previous.indentation) < uses(indentation) ? previousIndex : errorIndex
        } else {
            return nil
        }
        let line = lines[culprit]
        return Finding(location: SourceLocation(file: file, line: culprit + 1, column: line.indentation + 1),
                       message: "缩进没有对齐：“\(line.blockKey?.key ?? "")”与同一层的键不在同一列",
                       hint: "同一层的键必须左对齐，下一层比上一层多缩进两格，只用空格")
    }
}

/// One line as typed, split into its indentation and content, for the look-backs above.
struct Line {
    let scalars: [Unicode.Scalar]
    /// Spaces before the content.
    let indentation: Int

    init(_ text: Substring) {
        scalars = Array(text.unicodeScalars)
        indentation = scalars.prefix { $0 == " " }.count
    }

    /// The content without the comment: a `#` at the start or after a space, outside quotes.
    var content: ArraySlice<Unicode.Scalar> {
        var quote: Unicode.Scalar?
        for index in indentation..<scalars.count {
            let scalar = scalars[index]
            if let open = quote {
                if scalar == open { quote = nil }
            } else if scalar == "\"" || scalar == "'" {
                quote = scalar
            } else if scalar == "#", index == indentation || scalars[index - 1] == " " {
                return scalars[indentation..<index]
            }
        }
        return scalars[indentation...]
    }

    var hasContent: Bool { !content.allSatisfy { $0 == " " || $0 == "\u{3000}" } }

    /// The 1-based column of the first U+3000 in the leading whitespace, when content follows.
    var fullWidthSpaceInIndentation: Int? {
        let leading = scalars.prefix { $0 == " " || $0 == "\u{3000}" }
        guard let offset = leading.firstIndex(of: "\u{3000}"), leading.count < scalars.count,
              scalars[leading.count] != "#" else { return nil }
        return offset + 1
    }

    /// The content after a list item's `- `, and its offset in the line.
    private var item: (text: ArraySlice<Unicode.Scalar>, offset: Int) {
        var text = content
        while text.first == "-", text.dropFirst().first == " " {
            text = text.dropFirst(2).drop { $0 == " " }
        }
        return (text, text.startIndex)
    }

    /// `key:` or `key: value` of a block mapping (not a flow collection, not a list value).
    var blockKey: (key: String, hasValue: Bool)? {
        let text = item.text
        guard let first = text.first, !"\"'[{#-".unicodeScalars.contains(first),
              let colon = text.firstIndex(where: { $0 == ":" }),
              colon + 1 == text.endIndex || scalars[colon + 1] == " " else { return nil }
        let key = String(String.UnicodeScalarView(text[..<colon]))
        let value = text[(colon + 1)...].drop { $0 == " " }
        return (key, !value.isEmpty)
    }

    /// `key: []` or `key: {}`, with the key and the brackets.
    var emptyFlowValue: (key: String, empty: String)? {
        guard let (key, _) = blockKey else { return nil }
        let text = item.text
        let value = String(String.UnicodeScalarView(text[(text.firstIndex(of: ":")! + 1)...]))
            .filter { $0 != " " }
        return value == "[]" || value == "{}" ? (key, value) : nil
    }

    /// The 1-based column of a quote that opens a value (after `: `, `- `, `[`, `{` or `, `)
    /// and is not closed on the line.
    var unclosedQuoteColumn: Int? {
        var index = indentation
        var quote: (scalar: Unicode.Scalar, at: Int)?
        while index < scalars.count {
            let scalar = scalars[index]
            if let open = quote {
                if scalar == "\\" && open.scalar == "\"" { index += 2; continue }
                if scalar == open.scalar {
                    if open.scalar == "'", index + 1 < scalars.count, scalars[index + 1] == "'" { index += 2; continue }
                    quote = nil
                }
            } else if scalar == "\"" || scalar == "'" {
                let before = index == indentation ? " " : scalars[index - 1]
                if " [{,".unicodeScalars.contains(before) { quote = (scalar, index) }
            } else if scalar == "#", index == indentation || scalars[index - 1] == " " {
                return nil
            }
            index += 1
        }
        return quote.map { $0.at + 1 }
    }

    /// The 1-based column of the `:` in `key:value`: a line whose only colon-separated key has
    /// no space after its colon (`专人负责:是`, `- 日期:2017-01-20`). Not a time or an address
    /// (`13:00`, `http://`): the key before the colon must not start with a digit, nor the
    /// colon be followed by `/`.
    var colonWithoutSpace: Int? {
        let (text, _) = item
        guard let first = text.first, !"\"'[{#0123456789".unicodeScalars.contains(first),
              let colon = text.firstIndex(of: ":"), colon > text.startIndex, colon + 1 < text.endIndex else { return nil }
        let after = scalars[colon + 1]
        guard after != " ", after != "/", !text[..<colon].contains(" ") else { return nil }
        return colon + 1
    }
}
