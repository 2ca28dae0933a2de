/// A template compiled once, when the theme is loaded, for `TemplateRenderer`.
///
/// `MustacheParser` gives swift-mustache's token list; compiling it turns every text into its
/// UTF-8 bytes, every tag name into the way it is looked up (the current object, the current
/// object's fields, or a climb of the context stack) with its dotted parts split once, and every
/// indentation into bytes. Nothing is left to do per page but to look up fields and append bytes.
enum CompiledTemplate {
    indirect enum Node: Sendable {
        /// Printed as it is.
        case text([UInt8])
        /// `{{name}}` (escaped by the current content type) or `{{{name}}}`, `{{&name}}` (not).
        case variable(Name, escaped: Bool)
        /// `{{#name}}…{{/name}}`.
        case section(Name, [Node])
        /// `{{^name}}…{{/name}}`.
        case invertedSection(Name, [Node])
        /// `{{>name}}` (`overrides` nil) or `{{<name}}…{{/name}}` (the blocks it overrides).
        case partial(String, indentation: [UInt8], overrides: [String: [Node]]?)
        /// `{{$name}}default{{/name}}` in a template that a `{{<…}}` can override.
        case block(String, defaultBody: [Node], indentation: [UInt8])
        /// `{{%CONTENT_TYPE:…}}`: escaping for the rest of this template (or section).
        case contentType(MustacheParser.ContentType)
    }

    /// A tag's name, split as swift-mustache splits it on every lookup (`getChild`).
    struct Name: Sendable, Equatable {
        enum Scope: Sendable, Equatable {
            /// `.`, or a name with no parts (`{{}}`): the object on top of the stack itself.
            case top
            /// `.a.b`: only the object on top of the stack (an empty list: that object).
            case current([String])
            /// `a.b`: the first object on the stack, from the top, that has a field `a`; then its `b`.
            case stack([String])
        }

        let scope: Scope

        init(_ name: String) {
            let parts = name.split(separator: ".").map(String.init)
            if name == "." {
                scope = .top
            } else if name.first == "." {
                scope = .current(parts)
            } else if parts.isEmpty {
                scope = .top
            } else {
                scope = .stack(parts)
            }
        }
    }

    /// The nodes of `tokens`.
    static func compile(_ tokens: [MustacheParser.Token]) -> [Node] {
        tokens.map { token in
            switch token {
            case .text(let text): .text(Array(text.utf8))
            case .variable(let name): .variable(Name(name), escaped: true)
            case .unescapedVariable(let name): .variable(Name(name), escaped: false)
            case .section(let name, let body): .section(Name(name), compile(body))
            case .invertedSection(let name, let body): .invertedSection(Name(name), compile(body))
            case .blockDefinition:
                // Only ever inside a `{{<…}}`, where the parser collects them as overrides.
                .text([])
            case .blockExpansion(let name, let body, let indentation):
                .block(name, defaultBody: compile(body), indentation: Array(indentation.utf8))
            case .partial(let name, let indentation, let overrides):
                .partial(name, indentation: Array((indentation ?? "").utf8), overrides: overrides?.mapValues { compile($0) })
            case .contentType(let type): .contentType(type)
            }
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
