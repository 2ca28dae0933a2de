/// A template compiled once, when the theme is loaded, for `TemplateRenderer`.
///
/// `MustacheParser` gives swift-mustache's token list; compiling it turns every text into its
/// UTF-8 bytes, every tag name into the way it is looked up (the current object, the current
/// object's fields, or a climb of the context stack) with its dotted parts split once and each
/// part numbered (`Field`), every partial's name into the index of the template it names, and
/// every indentation into bytes. Nothing is left to do per page but to look up fields by number
/// and append bytes.
///
/// A text and a tag's name are held in the library's `Storage`, by address, so a node that prints
/// one is copied without a reference count: rendering a page walks some 3,000 nodes, and
/// counting references to the shared templates' arrays at each was a tenth of a build.
enum CompiledTemplate {
    enum Node: @unchecked Sendable {
        /// Printed as it is (in `Storage`).
        case text(UnsafeBufferPointer<UInt8>)
        /// `{{name}}` (escaped by the current content type) or `{{{name}}}`, `{{&name}}` (not).
        case variable(Name, escaped: Bool)
        /// `{{#name}}…{{/name}}`.
        case section(Name, [Node])
        /// `{{^name}}…{{/name}}`.
        case invertedSection(Name, [Node])
        /// `{{>name}}` (`overrides` nil) or `{{<name}}…{{/name}}` (the blocks it overrides): the
        /// index of the template named in the library's list, nil when there is none (renders nothing).
        case partial(Int?, indentation: [UInt8], overrides: [String: [Node]]?)
        /// `{{$name}}default{{/name}}` in a template that a `{{<…}}` can override.
        case block(String, defaultBody: [Node], indentation: [UInt8])
        /// `{{%CONTENT_TYPE:…}}`: escaping for the rest of this template (or section).
        case contentType(MustacheParser.ContentType)
    }

    /// One dotted part of a tag's name, with its number among every name the theme's templates
    /// use (`Compiler.fieldNames`): a view's field is found by that number (`FieldTable`).
    struct Field: Sendable, Equatable {
        let name: String
        let id: Int
    }

    /// A tag's name, split as swift-mustache splits it on every lookup (`getChild`); its parts
    /// are in `Storage`.
    struct Name: @unchecked Sendable {
        enum Scope {
            /// `.`, or a name with no parts (`{{}}`): the object on top of the stack itself.
            case top
            /// `.a.b`: only the object on top of the stack (an empty list: that object).
            case current(UnsafeBufferPointer<Field>)
            /// `a.b`: the first object on the stack, from the top, that has a field `a`; then its `b`.
            case stack(UnsafeBufferPointer<Field>)
        }

        let scope: Scope
    }

    /// Where a library's compiled texts and names are, for as long as the library is: every
    /// template of a library is rendered only through it (`TemplateLibrary`), which holds this.
    final class Storage: @unchecked Sendable {
        private var bytes: [UnsafeMutableBufferPointer<UInt8>] = []
        private var fields: [UnsafeMutableBufferPointer<Field>] = []

        /// `text` copied in.
        func keep(_ text: some Collection<UInt8>) -> UnsafeBufferPointer<UInt8> {
            let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: text.count)
            _ = buffer.initialize(from: text)
            bytes.append(buffer)
            return UnsafeBufferPointer(buffer)
        }

        /// `parts` copied in.
        func keep(_ parts: [Field]) -> UnsafeBufferPointer<Field> {
            let buffer = UnsafeMutableBufferPointer<Field>.allocate(capacity: parts.count)
            _ = buffer.initialize(from: parts)
            fields.append(buffer)
            return UnsafeBufferPointer(buffer)
        }

        deinit {
            for buffer in bytes { buffer.deallocate() }
            for buffer in fields {
                buffer.deinitialize()
                buffer.deallocate()
            }
        }
    }

    /// Compiles the templates of one library, numbering the names they use as it goes.
    struct Compiler {
        /// Each template's index in the library's list, by name: what a partial's name becomes.
        let templateIndex: [String: Int]
        /// Every name part met so far, by number.
        private(set) var fieldNames: [String] = []
        private var fieldIDs: [String: Int] = [:]
        /// Where the texts and names go.
        let storage = Storage()

        init(templateIndex: [String: Int]) {
            self.templateIndex = templateIndex
        }

        /// The nodes of `tokens`.
        mutating func compile(_ tokens: [MustacheParser.Token]) -> [Node] {
            tokens.map { token in
                switch token {
                case .text(let text): .text(storage.keep(text.utf8))
                case .variable(let name): .variable(self.name(name), escaped: true)
                case .unescapedVariable(let name): .variable(self.name(name), escaped: false)
                case .section(let name, let body): .section(self.name(name), compile(body))
                case .invertedSection(let name, let body): .invertedSection(self.name(name), compile(body))
                case .blockDefinition:
                    // Only ever inside a `{{<…}}`, where the parser collects them as overrides.
                    .text(UnsafeBufferPointer(start: nil, count: 0))
                case .blockExpansion(let name, let body, let indentation):
                    .block(name, defaultBody: compile(body), indentation: Array(indentation.utf8))
                case .partial(let name, let indentation, let overrides):
                    .partial(templateIndex[name], indentation: Array((indentation ?? "").utf8),
                             overrides: overrides?.mapValues { compile($0) })
                case .contentType(let type): .contentType(type)
                }
            }
        }

        /// `name` split as swift-mustache splits it, each part numbered.
        mutating func name(_ name: String) -> Name {
            let parts = storage.keep(name.split(separator: ".").map { field(String($0)) })
            if name == "." {
                return Name(scope: .top)
            } else if name.first == "." {
                return Name(scope: .current(parts))
            } else if parts.isEmpty {
                return Name(scope: .top)
            } else {
                return Name(scope: .stack(parts))
            }
        }

        private mutating func field(_ name: String) -> Field {
            if let id = fieldIDs[name] { return Field(name: name, id: id) }
            let id = fieldNames.count
            fieldNames.append(name)
            fieldIDs[name] = id
            return Field(name: name, id: id)
        }
    }

    /// The names of the templates `tokens` include (`{{>…}}` and `{{<…}}`), at any depth.
    static func partials(of tokens: [MustacheParser.Token]) -> Set<String> {
        var names: Set<String> = []
        for token in tokens {
            switch token {
            case .section(_, let body), .invertedSection(_, let body), .blockDefinition(_, let body),
                 .blockExpansion(_, let body, _):
                names.formUnion(partials(of: body))
            case .partial(let name, _, let overrides):
                names.insert(name)
                for body in (overrides ?? [:]).values { names.formUnion(partials(of: body)) }
            case .text, .variable, .unescapedVariable, .contentType:
                break
            }
        }
        return names
    }
}
