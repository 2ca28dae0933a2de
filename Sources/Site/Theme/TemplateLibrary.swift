import Mustache

/// A theme's templates, each held twice: parsed by swift-mustache (the reference, and the
/// renderer of whatever qunfang's renderer leaves to it) and compiled for `TemplateRenderer`.
///
/// **Decision: qunfang renders its own templates.** swift-mustache costs per tag (it splits the
/// name on every lookup, casts every object it climbs and every value it finds several ways,
/// copies the context stack for every section, concatenates strings): rendering was ~45 % of a
/// full build (docs/performance.md). Each template is now compiled once when the theme is loaded
/// (`MustacheParser`, a port of the library's parser, then `CompiledTemplate`), and a page is
/// rendered by appending bytes into one buffer, looking fields up in the views' tables
/// (`TemplateFields`). The output is swift-mustache's, byte for byte: `RendererEquivalenceTests`
/// renders the whole sample site, hostile generated content and every construct on small
/// templates through both.
///
/// **Fallback.** A template is rendered by swift-mustache, exactly as before, when it (or a
/// partial it includes, at any depth) uses what the port does not do: transforms
/// (`{{name(first)}}`), dynamic partials (`{{>*name}}`, `{{<*name}}`), a content type other than
/// `QUNFANG_HTML`, `HTML` and `TEXT`. A page whose view holds a lambda or a template (none does)
/// is rendered by swift-mustache when the renderer meets it. So whatever a theme's editor writes
/// renders as it always did; only the speed differs.
struct TemplateLibrary: Sendable {
    /// swift-mustache's library of every template: the reference.
    let reference: MustacheLibrary
    /// The templates qunfang's renderer renders, by name.
    let compiled: [String: [CompiledTemplate.Node]]
    /// The same in the order of their names: what a compiled partial's index points into.
    let templates: [[CompiledTemplate.Node]]
    /// What the renderer knows of each type, with the views' field tables for the names the
    /// compiled templates use.
    let catalog: TypeCatalog
    /// The templates left to swift-mustache, by name, with why.
    let fallbacks: [String: String]
    /// What the compiled templates' texts and names point into.
    private let storage: CompiledTemplate.Storage

    /// `templates` by name, each with its text exactly as swift-mustache parsed it.
    init(_ templates: [String: (text: String, parsed: MustacheTemplate)]) {
        reference = MustacheLibrary(templates: templates.mapValues(\.parsed))
        var tokens: [String: [MustacheParser.Token]] = [:]
        var fallbacks: [String: String] = [:]
        for (name, template) in templates {
            do {
                tokens[name] = try MustacheParser.parse(template.text)
            } catch let unsupported as MustacheParser.Unsupported {
                fallbacks[name] = unsupported.construct
            } catch {
                fallbacks[name] = "\(error)"
            }
        }
        // A template that includes one left to swift-mustache is left to it too, whole.
        var changed = true
        while changed {
            changed = false
            for (name, body) in tokens {
                if let partial = CompiledTemplate.partials(of: body).sorted().first(where: { fallbacks[$0] != nil }) {
                    tokens[name] = nil
                    fallbacks[name] = "{{>\(partial)}}"
                    changed = true
                }
            }
        }
        let names = tokens.keys.sorted()
        var compiler = CompiledTemplate.Compiler(
            templateIndex: Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) }))
        let list = names.map { compiler.compile(tokens[$0]!) }
        self.templates = list
        compiled = Dictionary(uniqueKeysWithValues: zip(names, list))
        catalog = TypeCatalog(names: compiler.fieldNames)
        storage = compiler.storage
        self.fallbacks = fallbacks
    }

    /// Parses `texts` with swift-mustache (throwing its error) and compiles them.
    init(texts: [String: String]) throws {
        var templates: [String: (text: String, parsed: MustacheTemplate)] = [:]
        for (name, text) in texts { templates[name] = (text, try MustacheTemplate(string: text)) }
        self.init(templates)
    }

    /// The bytes of `object` rendered with the template `name` (empty when there is none):
    /// by qunfang's renderer, or by swift-mustache for a template left to it.
    func render(_ object: Any, template name: String) -> [UInt8] {
        if let nodes = compiled[name] {
            var renderer = TemplateRenderer(templates: templates, catalog: catalog, root: object)
            do {
                try renderer.renderPage(nodes)
                return renderer.output
            } catch {
                // A lambda or a template among the values: swift-mustache renders the page.
            }
        }
        return referenceRender(object, template: name)
    }

    /// The bytes of `object`, which holds `cards` (`SplicedCards`), rendered with the template
    /// `name` by qunfang's renderer, and where each card's bytes are in them; nil when the
    /// template is left to swift-mustache, when the renderer meets what it leaves to it, or
    /// when the page does not print the cards exactly once as a section: the caller then
    /// renders the page as usual, with every card a view.
    func renderSpliced(_ object: Any, cards: Int, template name: String) -> (bytes: [UInt8], pieces: [Range<Int>])? {
        guard let nodes = compiled[name] else { return nil }
        var renderer = TemplateRenderer(templates: templates, catalog: catalog, root: object)
        do {
            try renderer.renderPage(nodes)
        } catch {
            return nil
        }
        guard renderer.pieces.count == cards else { return nil }
        return (renderer.output, renderer.pieces)
    }

    /// The same through swift-mustache only.
    func referenceRender(_ object: Any, template name: String) -> [UInt8] {
        Array((reference.render(object, withTemplate: name) ?? "").utf8)
    }
}
