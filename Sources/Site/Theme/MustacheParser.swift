/// The template syntax exactly as swift-mustache 2.1.1 reads it, for qunfang's own renderer
/// (`CompiledTemplate`).
///
/// This is a line-by-line port of swift-mustache's `MustacheTemplate.parse` (Template+Parser.swift)
/// and of the `Parser` reader it runs on, kept in the library's own terms (its `Character`s, its
/// whitespace and newline tests, its sets of name characters, its quirks) so that the tree it
/// returns is the library's token list, token for token. Its rules for whitespace are the ones the
/// output depends on:
///
/// - a section, inverted section, closing, comment, set-delimiter, pragma, partial or block tag
///   alone on its line (only spaces and tabs around it) is *standalone*: its line's whitespace
///   and line ending are dropped;
/// - a standalone partial keeps its line's leading whitespace as the partial's indentation, and
///   the whitespace is also printed once as text (the library's way of indenting the first line);
/// - text is cut into one token per line, each ending with its `\n` (or `\r\n`).
///
/// It is only ever run on a text swift-mustache has already parsed without error (`Theme.load`
/// reports the library's errors, with their line and column, as before). It throws
/// `MustacheParser.Unsupported` for what qunfang's renderer does not do itself — transforms
/// (`{{name(x)}}`), dynamic partials (`{{>*x}}`, `{{<*x}}`), a content type other than
/// `QUNFANG_HTML`, `HTML` and `TEXT` — and the template is then rendered by swift-mustache.
/// Any other error it throws (it should throw none where the library did not) has the same
/// effect: a template this port cannot read the way the library does is never rendered by it.
struct MustacheParser {
    /// A token as swift-mustache's `MustacheTemplate.Token`, minus what falls back.
    indirect enum Token: Equatable {
        case text(String)
        case variable(name: String)
        case unescapedVariable(name: String)
        case section(name: String, body: [Token])
        case invertedSection(name: String, body: [Token])
        /// `{{$name}}…{{/name}}` directly inside `{{<partial}}`: an override of the partial's block.
        case blockDefinition(name: String, body: [Token])
        /// `{{$name}}default{{/name}}` anywhere else: the block, or its override when one is inherited.
        case blockExpansion(name: String, defaultBody: [Token], indentation: String)
        /// `{{>name}}` (`overrides` nil; `indentation` non-nil when standalone) or
        /// `{{<name}}…{{/name}}` (`overrides` the blocks defined inside; `indentation` never nil).
        case partial(name: String, indentation: String?, overrides: [String: [Token]]?)
        case contentType(ContentType)
    }

    /// The content types of `{{%CONTENT_TYPE:…}}` qunfang's renderer knows.
    enum ContentType: Equatable {
        /// `QUNFANG_HTML`: HTMLEscaping, byte by byte (every theme template starts with it).
        case qunfang
        /// `HTML`: swift-mustache's own escaping, `Character` by `Character`.
        case html
        /// `TEXT`: no escaping.
        case text
    }

    /// A construct the renderer leaves to swift-mustache.
    struct Unsupported: Error, Equatable {
        let construct: String
    }

    /// The library's errors, for the rare text this port would refuse; never shown to anyone.
    enum Failure: Error {
        case overflow, sectionCloseNameIncorrect, unfinishedName, expectedSectionEnd, invalidSetDelimiter
        case transformAppliedToInheritanceSection, illegalTokenInsideInheritSection
        case invalidConfigVariableSyntax, unrecognisedConfigVariable
    }

    /// The tokens of `text`, as swift-mustache would parse it.
    static func parse(_ text: String) throws -> [Token] {
        var reader = Reader(text)
        return try parse(&reader, state: State()).tokens
    }

    // MARK: - The parser (Template+Parser.swift)

    struct State {
        var sectionName: String?
        var newLine = true
        var isPartialDefinition = false
        var isPartialDefinitionTopLevel = false
        var startDelimiter = "{{"
        var endDelimiter = "}}"
        var partialDefinitionIndent: [Character]?

        func withSectionName(_ name: String, newLine: Bool) -> State {
            var state = self
            state.sectionName = name
            state.isPartialDefinitionTopLevel = false
            if !newLine { state.newLine = false }
            return state
        }

        func withInheritancePartial(_ name: String) -> State {
            var state = self
            state.sectionName = name
            state.newLine = true
            state.isPartialDefinition = true
            state.isPartialDefinitionTopLevel = true
            return state
        }

        func withDelimiters(start: String, end: String) -> State {
            var state = self
            state.startDelimiter = start
            state.endDelimiter = end
            state.isPartialDefinitionTopLevel = false
            return state
        }
    }

    private static func parse(_ reader: inout Reader, state: State) throws -> (tokens: [Token], closed: Bool) {
        var tokens: [Token] = []
        var state = state
        var whiteSpaceBefore: [Character] = []
        while !reader.reachedEnd {
            if state.newLine {
                let whiteSpace = reader.read(whileIn: spaceOrTab)
                if state.isPartialDefinition, !state.isPartialDefinitionTopLevel {
                    if let indent = state.partialDefinitionIndent {
                        whiteSpaceBefore = Array(whiteSpace.dropFirst(indent.count))
                    } else {
                        state.partialDefinitionIndent = whiteSpace
                    }
                } else {
                    whiteSpaceBefore = whiteSpace
                }
            }
            let text = try readUntilDelimiterOrNewline(&reader, state: state)
            if reader.current.isNewline {
                tokens.append(.text(String(whiteSpaceBefore) + text + String(reader.current)))
                state.newLine = true
                reader.advance()
                continue
            }
            if !text.isEmpty {
                tokens.append(.text(String(whiteSpaceBefore) + text))
                whiteSpaceBefore = []
                state.newLine = false
            }
            if reader.reachedEnd { break }
            var setNewLine = false
            switch reader.current {
            case "#", "^":
                let inverted = reader.current == "^"
                reader.advance()
                let name = try parseName(&reader, state: state)
                if isStandalone(&reader, state: state) {
                    setNewLine = true
                } else if !whiteSpaceBefore.isEmpty {
                    tokens.append(.text(String(whiteSpaceBefore)))
                    whiteSpaceBefore = []
                }
                let body = try parseSection(&reader, state: state.withSectionName(name, newLine: setNewLine))
                tokens.append(inverted ? .invertedSection(name: name, body: body) : .section(name: name, body: body))

            case "/":
                reader.advance()
                let name = try parseName(&reader, state: state)
                guard name == state.sectionName else { throw Failure.sectionCloseNameIncorrect }
                if isStandalone(&reader, state: state) {
                    setNewLine = true
                } else if !whiteSpaceBefore.isEmpty {
                    tokens.append(.text(String(whiteSpaceBefore)))
                    whiteSpaceBefore = []
                }
                return (tokens, true)

            case "!":
                reader.advance()
                try reader.skip(untilString: state.endDelimiter)
                setNewLine = isStandalone(&reader, state: state)

            case "{":
                if !whiteSpaceBefore.isEmpty {
                    tokens.append(.text(String(whiteSpaceBefore)))
                    whiteSpaceBefore = []
                }
                reader.advance()
                let name = try parseName(&reader, state: state)
                guard try reader.read("}") else { throw Failure.unfinishedName }
                tokens.append(.unescapedVariable(name: name))

            case "&":
                if !whiteSpaceBefore.isEmpty {
                    tokens.append(.text(String(whiteSpaceBefore)))
                    whiteSpaceBefore = []
                }
                reader.advance()
                let name = try parseName(&reader, state: state)
                tokens.append(.unescapedVariable(name: name))

            case ">":
                reader.advance()
                _ = reader.read(while: \.isWhitespace)
                if reader.current == "*" { throw Unsupported(construct: "{{>*…}}") }
                let name = try parsePartialName(&reader, state: state)
                if !whiteSpaceBefore.isEmpty {
                    tokens.append(.text(String(whiteSpaceBefore)))
                }
                if isStandalone(&reader, state: state) {
                    setNewLine = true
                    tokens.append(.partial(name: name, indentation: String(whiteSpaceBefore), overrides: nil))
                } else {
                    tokens.append(.partial(name: name, indentation: nil, overrides: nil))
                }
                whiteSpaceBefore = []

            case "<":
                reader.advance()
                _ = reader.read(while: \.isWhitespace)
                let sectionName = try parsePartialName(&reader, state: state)
                if sectionName.first == "*" { throw Unsupported(construct: "{{<*…}}") }
                if !whiteSpaceBefore.isEmpty {
                    tokens.append(.text(String(whiteSpaceBefore)))
                }
                if isStandalone(&reader, state: state) {
                    setNewLine = true
                }
                let body = try parseSection(&reader, state: state.withInheritancePartial(sectionName))
                var overrides: [String: [Token]] = [:]
                for token in body {
                    switch token {
                    case .blockDefinition(let name, let template): overrides[name] = template
                    case .text: break
                    default: throw Failure.illegalTokenInsideInheritSection
                    }
                }
                tokens.append(.partial(name: sectionName, indentation: String(whiteSpaceBefore), overrides: overrides))
                whiteSpaceBefore = []

            case "$":
                reader.advance()
                let name = try parseName(&reader, state: state)
                if state.isPartialDefinitionTopLevel {
                    if isStandalone(&reader, state: state) {
                        setNewLine = true
                    }
                    let body = try parseSection(&reader, state: state.withSectionName(name, newLine: setNewLine))
                    tokens.append(.blockDefinition(name: name, body: body))
                } else {
                    if !whiteSpaceBefore.isEmpty {
                        tokens.append(.text(String(whiteSpaceBefore)))
                    }
                    if isStandalone(&reader, state: state) {
                        setNewLine = true
                    }
                    let body = try parseSection(&reader, state: state.withSectionName(name, newLine: setNewLine))
                    tokens.append(.blockExpansion(name: name, defaultBody: body, indentation: String(whiteSpaceBefore)))
                    whiteSpaceBefore = []
                }

            case "=":
                reader.advance()
                state = try parseSetDelimiter(&reader, state: state)
                setNewLine = isStandalone(&reader, state: state)

            case "%":
                reader.advance()
                tokens.append(.contentType(try readConfigVariable(&reader, state: state)))
                setNewLine = isStandalone(&reader, state: state)

            default:
                if !whiteSpaceBefore.isEmpty {
                    tokens.append(.text(String(whiteSpaceBefore)))
                    whiteSpaceBefore = []
                }
                let name = try parseName(&reader, state: state)
                tokens.append(.variable(name: name))
            }
            state.newLine = setNewLine
        }
        guard state.sectionName == nil else { throw Failure.expectedSectionEnd }
        return (tokens, false)
    }

    /// A section's body, which must end with its closing tag.
    private static func parseSection(_ reader: inout Reader, state: State) throws -> [Token] {
        let (tokens, closed) = try parse(&reader, state: state)
        guard closed else { throw Failure.expectedSectionEnd }
        return tokens
    }

    /// Reads until the start delimiter (consumed) or a newline (not consumed).
    private static func readUntilDelimiterOrNewline(_ reader: inout Reader, state: State) throws -> String {
        guard let delimiterFirst = state.startDelimiter.first else { return "" }
        let until: Set<Character> = ["\n", "\r\n", delimiterFirst]
        var total = ""
        while !reader.reachedEnd {
            total += String(reader.read(untilIn: until))
            if reader.current.isNewline {
                break
            } else if reader.current == delimiterFirst {
                if try reader.read(string: state.startDelimiter) { break }
                total.append(delimiterFirst)
                reader.advance()
            }
        }
        return total
    }

    /// A tag's name. A name with brackets is a transform, which swift-mustache renders.
    private static func parseName(_ reader: inout Reader, state: State) throws -> String {
        _ = reader.read(while: \.isWhitespace)
        let text = String(reader.read(whileIn: sectionNameChars))
        _ = reader.read(while: \.isWhitespace)
        guard try reader.read(string: state.endDelimiter) else { throw Failure.unfinishedName }
        if text.contains(where: { $0 == "(" || $0 == ")" }) { throw Unsupported(construct: "{{…(…)}}") }
        return text
    }

    private static func parsePartialName(_ reader: inout Reader, state: State) throws -> String {
        _ = reader.read(while: \.isWhitespace)
        let text = String(reader.read(whileIn: partialNameChars))
        _ = reader.read(while: \.isWhitespace)
        guard try reader.read(string: state.endDelimiter) else { throw Failure.unfinishedName }
        return text
    }

    private static func parseSetDelimiter(_ reader: inout Reader, state: State) throws -> State {
        let start: [Character]
        let end: [Character]
        do {
            _ = reader.read(while: \.isWhitespace)
            start = try reader.read(until: \.isWhitespace)
            _ = reader.read(while: \.isWhitespace)
            end = try reader.read(until: { $0 == "=" || $0.isWhitespace })
            _ = reader.read(while: \.isWhitespace)
        } catch {
            throw Failure.invalidSetDelimiter
        }
        guard try reader.read("=") else { throw Failure.invalidSetDelimiter }
        guard try reader.read(string: state.endDelimiter) else { throw Failure.invalidSetDelimiter }
        guard !start.isEmpty, !end.isEmpty else { throw Failure.invalidSetDelimiter }
        return state.withDelimiters(start: String(start), end: String(end))
    }

    private static func readConfigVariable(_ reader: inout Reader, state: State) throws -> ContentType {
        let variable: [Character]
        let value: [Character]
        do {
            _ = reader.read(while: \.isWhitespace)
            variable = reader.read(whileIn: sectionNameCharsWithoutBrackets)
            _ = reader.read(while: \.isWhitespace)
            guard try reader.read(":") else { throw Failure.invalidConfigVariableSyntax }
            _ = reader.read(while: \.isWhitespace)
            value = reader.read(whileIn: sectionNameCharsWithoutBrackets)
            _ = reader.read(while: \.isWhitespace)
            guard try reader.read(string: state.endDelimiter) else { throw Failure.invalidConfigVariableSyntax }
        } catch {
            throw Failure.invalidConfigVariableSyntax
        }
        guard !variable.isEmpty, !value.isEmpty else { throw Failure.invalidConfigVariableSyntax }
        guard String(variable) == "CONTENT_TYPE" else { throw Failure.unrecognisedConfigVariable }
        switch String(value) {
        case HTMLEscaping.name: return .qunfang
        case "HTML": return .html
        case "TEXT": return .text
        default: throw Unsupported(construct: "{{%CONTENT_TYPE:\(String(value))}}")
        }
    }

    /// Whether the tag just read is alone on its line; if so, the rest of the line (spaces, tabs
    /// and the line ending) is consumed.
    private static func isStandalone(_ reader: inout Reader, state: State) -> Bool {
        guard state.newLine else { return false }
        if reader.reachedEnd { return true }
        var ahead = reader
        _ = ahead.read(whileIn: spaceOrTab)
        if ahead.current.isNewline {
            ahead.advance()
            reader.position = ahead.position
            return true
        }
        return false
    }

    private static let spaceOrTab = Set<Character>(" \t")
    private static let sectionNameCharsWithoutBrackets =
        Set<Character>("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?*")
    private static let sectionNameChars =
        Set<Character>("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*")
    private static let partialNameChars =
        Set<Character>("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*/")

    // MARK: - The reader (Parser.swift), over the text's Characters

    struct Reader {
        let characters: [Character]
        var position = 0

        init(_ text: String) { characters = Array(text) }

        var reachedEnd: Bool { position == characters.count }
        /// The current character; `"\0"` at the end, as in the library.
        var current: Character { reachedEnd ? "\0" : characters[position] }

        mutating func advance() { position += 1 }

        /// Consumes `character` if it is the current one; throws at the end.
        mutating func read(_ character: Character) throws -> Bool {
            guard !reachedEnd else { throw Failure.overflow }
            guard characters[position] == character else { return false }
            position += 1
            return true
        }

        /// Consumes `string` if the text continues with it (compared as Strings, like the
        /// library's `Substring == String`); throws when fewer characters are left than it has.
        mutating func read(string: String) throws -> Bool {
            let count = string.count
            guard count > 0 else { return true }
            guard characters.count - position >= count else { throw Failure.overflow }
            guard String(characters[position..<position + count]) == string else { return false }
            position += count
            return true
        }

        mutating func read(whileIn set: Set<Character>) -> [Character] {
            let start = position
            while !reachedEnd, set.contains(characters[position]) { position += 1 }
            return Array(characters[start..<position])
        }

        mutating func read(while test: (Character) -> Bool) -> [Character] {
            let start = position
            while !reachedEnd, test(characters[position]) { position += 1 }
            return Array(characters[start..<position])
        }

        /// Reads up to the first character in `set`, or to the end.
        mutating func read(untilIn set: Set<Character>) -> ArraySlice<Character> {
            let start = position
            while !reachedEnd, !set.contains(characters[position]) { position += 1 }
            return characters[start..<position]
        }

        /// Reads up to the first character passing `test`; throws (and goes back) at the end.
        mutating func read(until test: (Character) -> Bool) throws -> [Character] {
            let start = position
            while !reachedEnd {
                if test(characters[position]) { return Array(characters[start..<position]) }
                position += 1
            }
            position = start
            throw Failure.overflow
        }

        /// Skips past the first occurrence of `string` as the library finds it (a partial match
        /// that fails starts again at the next character, not at the one that failed); throws
        /// (and goes back) when there is none.
        mutating func skip(untilString string: String) throws {
            let target = Array(string)
            guard !target.isEmpty else { return }
            let start = position
            var matched = 0
            while !reachedEnd {
                if characters[position] == target[matched] {
                    matched += 1
                    if matched == target.count {
                        position += 1
                        return
                    }
                } else {
                    matched = 0
                }
                position += 1
            }
            position = start
            throw Failure.overflow
        }
    }
}
