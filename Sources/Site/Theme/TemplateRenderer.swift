import Foundation
import Mustache

/// qunfang's own Mustache renderer: renders a `CompiledTemplate` with a view, appending bytes
/// to one buffer, with exactly swift-mustache 2.1.1's semantics (Template+Render.swift,
/// Context.swift, Sequence.swift), which stays the reference (`TemplateLibrary.referenceRender`,
/// `RendererEquivalenceTests`).
///
/// What it does the library's way:
///
/// - **Lookup.** A name is looked up on the context stack from the top (`a.b`: the first object
///   with a field `a`, then `b` of that), or only on the top (`.a`), or is the top itself (`.`).
///   A view (`TemplateFields`) answers from its field table (`FieldTable`: the accessors of its
///   type for the names the theme uses, by the number each name was given when the templates
///   were compiled, so no name is hashed or compared per page), with its text and numbers wrapped in
///   `TemplateText` as `child(named:)` does; another `MustacheParent` through `child(named:)`;
///   anything else by reflection (`Mirror`), as in the library. A field found with a nil value
///   stops the climb (the table's answer is not nil); a nil found by reflection does not.
/// - **Variables.** A `MustacheCustomRenderable` (`TemplateText`) prints its `renderText`,
///   anything else `String(describing:)` of it, with one level of `Optional` unwrapped (so a nil
///   optional prints `nil`, as in the library); escaped by the current content type unless the
///   tag is `{{{…}}}` or `{{&…}}`.
/// - **Sections.** A sequence repeats its body for each element, pushed on the stack (an empty one
///   renders an inverted section, with the sequence pushed); a `Bool` shows the body or not,
///   without pushing; a renderable whose `isNull` is true counts as missing; anything else
///   present, even an empty text or a nil optional, shows the body once with the value pushed;
///   a missing name renders an inverted section.
/// - **Partials and inheritance.** A partial renders with the same stack, escaping reset to
///   swift-mustache's HTML until its own `{{%CONTENT_TYPE:…}}` (every theme template starts with
///   qunfang's), its indentation added to the one it is in, and the blocks it overrides merged
///   under the ones already inherited (the outer override wins). A block renders its inherited
///   override, or its default, with its own indentation added.
/// - **Indentation** (of a standalone partial or block): before each node whose output is not
///   empty, when this template's (or section's) output so far ends with `\n` — not `\r\n`, which
///   is one `Character` — the indentation is inserted. Lines inside one variable's value are not
///   indented, and neither is the first node of a section's body (the node holding the section is).
///
/// **Splicing.** A section over `SplicedCards` (a booklet's scorecards) renders each card's view
/// with the body as a sequence would, or copies the bytes a previous build rendered for it, and
/// notes where each card's bytes are in the output (`pieces`, moved along when an indentation is
/// inserted before them). Using the cards any other way throws `Bail`.
///
/// What it does not do: lambdas and values that are themselves templates (`MustacheLambda`,
/// `MustacheTemplate`), which no view holds. Meeting one throws `Bail`, and the page is rendered
/// by swift-mustache instead, whole; constructs that can be seen in the template text
/// (transforms, dynamic partials, unknown content types) are refused earlier, when the theme is
/// loaded (`MustacheParser.Unsupported`).
struct TemplateRenderer {
    typealias Node = CompiledTemplate.Node

    /// A value this renderer leaves to swift-mustache; the page is rendered there.
    struct Bail: Error {
        let reason: String
    }

    /// The rendering state swift-mustache keeps in `MustacheContext`, minus the stack.
    struct Context {
        /// Added after each line break of this template's output ("" for none).
        var indentation: [UInt8] = []
        /// The blocks inherited from every `{{<…}}` being rendered, by name.
        var overrides: [String: [Node]] = [:]
        /// The escaping of `{{name}}`: swift-mustache starts every template and partial with HTML.
        var escaping: MustacheParser.ContentType = .html
    }

    /// How an object answers a name, worked out once when it is pushed.
    enum Access {
        /// A view and its type's `FieldTable`.
        case fields(any TemplateFields, any ViewTable)
        case parent(any MustacheParent)
        case mirror(Any)
        /// A `MustacheCustomRepresentation` represented by nil: it has no fields.
        case nothing
    }

    // Both kinds of view frame hold their type's table without a reference count: the
    // library's `TypeCatalog` keeps every table alive for as long as any page is rendered, so
    // retaining and releasing it for every frame pushed and every field read would be work for
    // nothing.

    /// A plain view (`TypeFacts.plainView`) opened as a view, and its type's table.
    struct OpenedView {
        let view: any TemplateFields
        unowned(unsafe) let table: any ViewTable
    }

    /// An element of an array of plain views where the array stores it, and its type's table:
    /// read in place, neither copied nor boxed. Only valid while the array is, which is while
    /// its frame is on the stack (`TemplateFields.forEachView`).
    struct ViewReference {
        let address: UnsafeRawPointer
        unowned(unsafe) let table: any ViewTable
    }

    /// An object on the context stack.
    enum Frame {
        /// An element of an array of plain views.
        case element(ViewReference)
        /// A view that is nothing else (`TypeFacts.plainView`), read through its type's table.
        case view(OpenedView)
        /// Any other object, and how it answers.
        case other(Any, Access)

        /// The object itself, as swift-mustache's stack holds it.
        var value: Any {
            switch self {
            case .element(let element): element.table.value(at: element.address)
            case .view(let opened): opened.view
            case .other(let value, _): value
            }
        }
    }

    /// An element of a list, as `TemplateListElements` hands it over to be pushed.
    enum ListElement {
        case value(Any)
        /// An element of an array of plain views, in the array's storage.
        case view(ViewReference)
    }

    /// What a name stands for. A view's text and flags are kept apart from other values (their
    /// `TemplateKind`), so that printing them or testing them takes no cast; `value` is what
    /// swift-mustache would hold (a text as a `TemplateText`).
    enum Found {
        case missing
        case text(String)
        case flag(Bool)
        case value(Any)

        var value: Any? {
            switch self {
            case .missing: nil
            case .text(let text): TemplateText(renderText: text)
            case .flag(let flag): flag
            case .value(let value): value
            }
        }

        /// A view's field, its text and flags told apart by their `TemplateKind`.
        init(_ value: any TemplateValue) {
            switch value.templateKind {
            case .text(let text): self = .text(text)
            case .flag(let flag): self = .flag(flag)
            case .other: self = .value(value)
            }
        }
    }

    /// Every compiled template of the theme, by the index a partial names it with.
    let templates: [[Node]]
    /// What is known of each type, shared by every page.
    let catalog: TypeCatalog
    private(set) var output: [UInt8] = []
    /// Where each card of the `SplicedCards` is in `output`, in order.
    private(set) var pieces: [Range<Int>] = []
    /// Whether the `SplicedCards` were met, and whether one of their cards is being rendered.
    private var spliced = false
    private var splicing = false
    private var stack: [Frame] = []
    /// This page's copy of what `catalog` (which is locked) knows of each type met, in the order
    /// met: a page meets a dozen types or so, which a list finds faster than a hash.
    private var knownTypes: [ObjectIdentifier] = []
    private var knownFacts: [TypeFacts] = []

    /// The page's view, the bottom of the stack.
    private let root: Any

    init(templates: [[Node]], catalog: TypeCatalog, root: Any, capacity: Int = 16_384) {
        self.templates = templates
        self.catalog = catalog
        self.root = root
        output.reserveCapacity(capacity)
        stack.reserveCapacity(16)
    }

    /// Renders `nodes`, the page's template, with the page's view on the stack.
    mutating func renderPage(_ nodes: [Node]) throws(Bail) {
        let root = root
        try rendering(nodes, Context(), pushing: frame(for: root))
    }

    // MARK: Templates and nodes

    /// Renders `nodes` as `MustacheTemplate.render(context:)` renders its tokens.
    mutating func render(_ nodes: [Node], _ context: Context) throws(Bail) {
        var context = context
        guard !context.indentation.isEmpty else {
            for node in nodes { try render(node, &context) }
            return
        }
        let start = output.count
        let indentation = context.indentation
        for node in nodes {
            let indent = endsWithLineFeed(since: start)
            let before = output.count
            try render(node, &context)
            if indent, output.count > before {
                output.insert(contentsOf: indentation, at: before)
                movePieces(from: before, by: indentation.count)
            }
        }
    }

    /// Moves the pieces at or after `position` by `count` bytes (an indentation inserted there).
    /// Those are the last ones: an insertion is at the start of a node holding them.
    private mutating func movePieces(from position: Int, by count: Int) {
        var index = pieces.count - 1
        while index >= 0, pieces[index].lowerBound >= position {
            pieces[index] = pieces[index].lowerBound + count..<pieces[index].upperBound + count
            index -= 1
        }
    }

    /// Whether the output since `start` ends with a `"\n"` `Character` (a `\r\n` is another one).
    private func endsWithLineFeed(since start: Int) -> Bool {
        let count = output.count
        guard count > start, output[count - 1] == UInt8(ascii: "\n") else { return false }
        return count - 2 < start || output[count - 2] != UInt8(ascii: "\r")
    }

    private mutating func render(_ node: Node, _ context: inout Context) throws(Bail) {
        switch node {
        case .text(let bytes):
            output.append(contentsOf: bytes)
        case .variable(let name, let escaped):
            try variable(try resolve(name), escaped: escaped, context.escaping)
        case .section(let name, let body):
            let found = try resolve(name)
            if case .value(let child) = found, !Self.isPlain(child), child is MustacheLambda { throw Bail(reason: "lambda") }
            try section(found, body, context, inverted: false)
        case .invertedSection(let name, let body):
            try section(try resolve(name), body, context, inverted: true)
        case .partial(let index, let indentation, let overrides):
            guard let index else { return }
            let template = templates[index]
            var inner = context
            inner.indentation += indentation
            if let overrides { inner.overrides.merge(overrides) { outer, _ in outer } }
            inner.escaping = .html
            try render(template, inner)
        case .block(let name, let defaultBody, let indentation):
            var inner = context
            inner.indentation += indentation
            try render(context.overrides[name] ?? defaultBody, inner)
        case .contentType(let type):
            context.escaping = type
        }
    }

    // MARK: Values

    private mutating func variable(_ found: Found, escaped: Bool, _ escaping: MustacheParser.ContentType) throws(Bail) {
        let child: Any
        switch found {
        case .missing:
            return
        case .text(let text):
            append(text, escaped ? escaping : .text)
            return
        case .flag(let flag):
            append(flag ? "true" : "false", escaped ? escaping : .text)
            return
        case .value(let value):
            child = value
        }
        let type = type(of: child)
        if type == SplicedCards.self { throw Bail(reason: "spliced cards printed") }
        if type == TemplateText.self {
            append((child as! TemplateText).renderText, escaped ? escaping : .text)
            return
        }
        if type == Bool.self {
            append((child as! Bool) ? "true" : "false", escaped ? escaping : .text)
            return
        }
        if escaped, child is MustacheTemplate { throw Bail(reason: "template value") }
        if let renderable = child as? MustacheCustomRenderable {
            append(renderable.renderText, escaped ? escaping : .text)
        } else if child is MustacheLambda {
            throw Bail(reason: "lambda")
        } else {
            append(String(describing: unwrappingOptional(child)), escaped ? escaping : .text)
        }
    }

    private mutating func section(_ found: Found, _ body: [Node], _ context: Context, inverted: Bool) throws(Bail) {
        let child: Any
        switch found {
        case .missing:
            if inverted { try render(body, context) }
            return
        case .text(let text):
            // Not a sequence, not a Bool, never null: present.
            if !inverted { try rendering(body, context, with: TemplateText(renderText: text)) }
            return
        case .flag(let flag):
            if flag != inverted { try render(body, context) }
            return
        case .value(let value):
            child = value
        }
        let type = type(of: child)
        if type == TemplateText.self {
            // Not a sequence, not a Bool, never null: present.
            if !inverted { try rendering(body, context, with: child) }
            return
        }
        if type == Bool.self {
            if (child as! Bool) != inverted { try render(body, context) }
            return
        }
        if type == SplicedCards.self {
            try splice(child as! SplicedCards, body, context, inverted: inverted)
            return
        }
        let facts = facts(of: type)
        if facts.plainView, let table = facts.table {
            if !inverted { try rendering(body, context, pushing: .view(OpenedView(view: table.open(child), table: table))) }
            return
        }
        if let list = facts.list {
            // An array, as `each` renders it, without a cast to the protocol per section.
            if inverted {
                if list.isEmpty(child) { try rendering(body, context, with: child) }
            } else {
                try list.forEach(child) { (element) throws(Bail) in
                    switch element {
                    case .value(let value): try rendering(body, context, with: value)
                    case .view(let view): try rendering(body, context, pushing: .element(view))
                    }
                }
            }
        } else if let sequence = child as? any MustacheSequence {
            try each(of: sequence, body, context, inverted: inverted)
        } else if let bool = child as? Bool {
            if bool != inverted { try render(body, context) }
        } else if let renderable = child as? MustacheCustomRenderable, renderable.isNull {
            if inverted { try render(body, context) }
        } else if !inverted {
            try rendering(body, context, with: child)
        }
    }

    /// The cards, each rendered with `body` or copied, as `each` renders a sequence of views.
    private mutating func splice(_ cards: SplicedCards, _ body: [Node], _ context: Context, inverted: Bool) throws(Bail) {
        guard !inverted, !spliced, !splicing else { throw Bail(reason: "spliced cards used again") }
        spliced = true
        pieces.reserveCapacity(cards.cards.count)
        for card in cards.cards {
            let start = output.count
            switch card {
            case .rendered(let bytes):
                output.append(contentsOf: bytes)
            case .view(let view):
                splicing = true
                defer { splicing = false }
                try rendering(body, context, with: view)
            }
            pieces.append(start..<output.count)
        }
    }

    private mutating func each<S: MustacheSequence>(of sequence: S, _ body: [Node], _ context: Context,
                                                  inverted: Bool) throws(Bail) {
        if inverted {
            var iterator = sequence.makeIterator()
            if iterator.next() == nil { try rendering(body, context, with: sequence) }
            return
        }
        for element in sequence { try rendering(body, context, with: element) }
    }

    private mutating func rendering(_ body: [Node], _ context: Context, with object: Any) throws(Bail) {
        try rendering(body, context, pushing: frame(for: object))
    }

    private mutating func rendering(_ body: [Node], _ context: Context, pushing frame: Frame) throws(Bail) {
        stack.append(frame)
        defer { stack.removeLast() }
        try render(body, context)
    }

    // MARK: Lookup (MustacheTemplate.getChild)

    private mutating func resolve(_ name: CompiledTemplate.Name) throws(Bail) -> Found {
        var found = Found.missing
        switch name.scope {
        case .top:
            found = .value(stack[stack.count - 1].value)
        case .current(let parts):
            // The top object's first field from its frame, as `descend` would find it.
            let top = stack[stack.count - 1]
            guard !parts.isEmpty else {
                found = .value(top.value)
                break
            }
            try Self.refuseLambda(top)
            let first = Self.child(parts[0], of: top)
            if parts.count == 1 {
                found = first
            } else if let next = first.value {
                found = try descend(parts.dropFirst(), from: next)
            }
        case .stack(let parts):
            for index in stack.indices.reversed() {
                let first = Self.child(parts[0], of: stack[index])
                if case .missing = first { continue }
                found = parts.count == 1 ? first : try descend(parts.dropFirst(), from: first.value!)
                break
            }
        }
        guard case .value(let value) = found else { return found }
        if Self.isPlain(value) { return found }
        let facts = facts(of: type(of: value))
        if facts.plainView || !facts.customRepresentation { return found }
        let custom = value as! MustacheCustomRepresentation
        return custom.representation.map(Found.value) ?? .missing
    }

    /// `_getChild`: the fields `names` of `object`, one after the other.
    private mutating func descend(_ names: Slice<UnsafeBufferPointer<CompiledTemplate.Field>>, from object: Any) throws(Bail) -> Found {
        var object = object
        var found = Found.value(object)
        for (offset, name) in names.enumerated() {
            if offset > 0 {
                guard let next = found.value else { return .missing }
                object = next
            }
            if type(of: object) == SplicedCards.self { throw Bail(reason: "spliced cards looked into") }
            let objectFrame = frame(for: object)
            try Self.refuseLambda(objectFrame)
            found = Self.child(name, of: objectFrame)
        }
        return found
    }

    /// Bails out of looking into a lambda (the page is then rendered by swift-mustache), unless
    /// the object is read through a view's table.
    private static func refuseLambda(_ frame: Frame) throws(Bail) {
        guard case .other(let object, let access) = frame else { return }
        if case .fields = access { return }
        if object is MustacheLambda { throw Bail(reason: "lambda") }
    }

    /// A value of a type that is none of the library's special protocols' (checked by type, not
    /// by a cast): text, numbers and flags.
    @inline(__always)
    private static func isPlain(_ value: Any) -> Bool {
        let type = type(of: value)
        return type == TemplateText.self || type == Bool.self || type == String.self || type == Int.self
    }

    /// What is known of `type`: from this page's list, or else from the catalog.
    private mutating func facts(of type: Any.Type) -> TypeFacts {
        let id = ObjectIdentifier(type)
        if let index = knownTypes.firstIndex(of: id) { return knownFacts[index] }
        let facts = catalog.facts(of: type)
        knownTypes.append(id)
        knownFacts.append(facts)
        return facts
    }

    /// `object` as the stack holds it, with `_getImmediateChild`'s view of it.
    private mutating func frame(for object: Any) -> Frame {
        if Self.isPlain(object) { return .other(object, .mirror(object)) }
        let objectFacts = facts(of: type(of: object))
        if objectFacts.plainView, let table = objectFacts.table {
            // Opened by its type's table, a cast to that type (one to the protocol searches the
            // runtime's conformances).
            return .view(OpenedView(view: table.open(object), table: table))
        }
        let represented: Any?
        if objectFacts.customRepresentation {
            represented = (object as! MustacheCustomRepresentation).representation
        } else {
            represented = object
        }
        guard let represented else { return .other(object, .nothing) }
        if let view = represented as? any TemplateFields, let table = facts(of: type(of: view)).table {
            return .other(object, .fields(view, table))
        }
        if let parent = represented as? any MustacheParent { return .other(object, .parent(parent)) }
        return .other(object, .mirror(represented))
    }

    /// `_getImmediateChild`: the field `field` of an object. A view's field is what
    /// `TemplateFields.child(named:)` hands swift-mustache (`TemplateText.wrapping`: its text
    /// and numbers as `TemplateText`), told apart by its `TemplateKind` instead of by casts.
    static func child(_ field: CompiledTemplate.Field, of frame: Frame) -> Found {
        switch frame {
        case .element(let element): element.table.field(field.id, at: element.address)
        case .view(let opened): opened.view.templateField(field.id, in: opened.table)
        case .other(_, let access): child(field, of: access)
        }
    }

    static func child(_ field: CompiledTemplate.Field, of access: Access) -> Found {
        switch access {
        case .fields(let view, let table):
            return view.templateField(field.id, in: table)
        case .parent(let parent):
            return parent.child(named: field.name).map(Found.value) ?? .missing
        case .mirror(let object):
            let name = field.name
            guard let matched = Mirror(reflecting: object).children.first(where: { $0.label == name }) else { return .missing }
            let mirror = Mirror(reflecting: matched.value)
            guard mirror.displayStyle == .optional else { return .value(matched.value) }
            return mirror.children.first.map { .value($0.value) } ?? .missing
        case .nothing:
            return .missing
        }
    }

    // MARK: Output

    private mutating func append(_ text: String, _ escaping: MustacheParser.ContentType) {
        switch escaping {
        case .qunfang: HTMLEscaping.append(text, to: &output)
        case .text: output.append(contentsOf: text.utf8)
        case .html: HTMLEscaping.appendAsSwiftMustache(text, to: &output)
        }
    }
}

/// A view type's `FieldTable`, its type erased. Every `value` handed to it is of its view type,
/// and every address is of a view of that type.
protocol ViewTable: AnyObject, Sendable {
    /// `value` as a view: a cast to the table's type, much cheaper than one to the protocol.
    func open(_ value: Any) -> any TemplateFields
    /// The field numbered `id` of the view at `address`.
    func field(_ id: Int, at address: UnsafeRawPointer) -> TemplateRenderer.Found
    /// A copy of the view at `address`.
    func value(at address: UnsafeRawPointer) -> Any
}

/// A view type's accessors for the names one library's templates use, by their numbers
/// (`CompiledTemplate.Field.id`): nil where the type has no field of that name.
final class FieldTable<View: TemplateFields>: ViewTable {
    let accessors: [TemplateAccessor<View>?]

    init(names: [String]) {
        accessors = names.map { View.templateFields[$0] }
    }

    func field(_ id: Int, at address: UnsafeRawPointer) -> TemplateRenderer.Found {
        // Through the view type's own witness, compiled for it: here, in the generic class,
        // every use of `View` would look its metadata up at run time.
        View.templateField(id, at: address, in: self)
    }

    func open(_ value: Any) -> any TemplateFields { value as! View }

    func value(at address: UnsafeRawPointer) -> Any { address.assumingMemoryBound(to: View.self).pointee }
}

/// What `TemplateRenderer` needs to know of a type whose values it meets, worked out once per
/// type from casts of the type, instead of casting every value several ways. A class, so that
/// handing it around is one retain.
final class TypeFacts: Sendable {
    /// Whether values of the type are views (`TemplateFields`) and nothing else swift-mustache
    /// treats specially: not a sequence, a `Bool`, a renderable, a custom representation, a
    /// lambda or a template, and not a class (which could bridge). Such a value is looked up in
    /// its table and, in a section, pushed as it is, exactly what the library's casts conclude.
    let plainView: Bool
    /// Whether the type is a `MustacheCustomRepresentation` (standing for another value).
    let customRepresentation: Bool
    /// A view type's field table (nil for any other type).
    let table: (any ViewTable)?
    /// An array type's elements (nil for any other type): swift-mustache renders an array as
    /// the `MustacheSequence` it is.
    let list: (any TemplateListElements)?

    init(of type: Any.Type, names: [String]) {
        let view = type as? any TemplateFields.Type
        customRepresentation = type is any MustacheCustomRepresentation.Type
        plainView = view != nil && Self.isPlainView(type)
        table = view?.fieldTable(names: names)
        list = (type as? any TemplateList.Type)?.elements(names: names)
    }

    /// Whether a type that is a view is nothing else swift-mustache treats specially.
    static func isPlainView(_ type: Any.Type) -> Bool {
        !(type is AnyObject.Type)
            && !(type is any MustacheSequence.Type) && !(type is Bool.Type)
            && !(type is any MustacheCustomRenderable.Type) && !(type is any MustacheCustomRepresentation.Type)
            && !(type is MustacheLambda.Type) && !(type is MustacheTemplate.Type)
    }
}

/// An array, whose elements `TypeFacts.list` reaches without a cast to a protocol.
protocol TemplateList {
    static func elements(names: [String]) -> any TemplateListElements
}

extension Array: TemplateList {
    static func elements(names: [String]) -> any TemplateListElements {
        if let view = Element.self as? any TemplateFields.Type, TypeFacts.isPlainView(view) {
            return view.viewElements(names: names)
        }
        return ArrayElements<Element>()
    }
}

/// The elements of an array of one type (`value`, of that type, is cast to it).
protocol TemplateListElements: Sendable {
    func isEmpty(_ value: Any) -> Bool
    func forEach(_ value: Any, _ body: (TemplateRenderer.ListElement) throws(TemplateRenderer.Bail) -> Void)
        throws(TemplateRenderer.Bail)
}

struct ArrayElements<Element>: TemplateListElements {
    func isEmpty(_ value: Any) -> Bool { (value as! [Element]).isEmpty }

    func forEach(_ value: Any, _ body: (TemplateRenderer.ListElement) throws(TemplateRenderer.Bail) -> Void)
        throws(TemplateRenderer.Bail) {
        for element in value as! [Element] { try body(.value(element)) }
    }
}

/// The elements of an array of plain views (`TypeFacts.plainView`), handed over opened with
/// their type's table (`TemplateFields.forEachView`): no cast and no look-up per element.
struct ViewElements<View: TemplateFields>: TemplateListElements {
    let table: any ViewTable

    func isEmpty(_ value: Any) -> Bool { (value as! [View]).isEmpty }

    func forEach(_ value: Any, _ body: (TemplateRenderer.ListElement) throws(TemplateRenderer.Bail) -> Void)
        throws(TemplateRenderer.Bail) {
        try View.forEachView(of: value, in: table, body)
    }
}

/// The `TypeFacts` of every type the pages of one library meet, with their field tables for its
/// names, each worked out the first time a page meets the type and shared by every page.
final class TypeCatalog: @unchecked Sendable {
    /// The names, by number.
    let names: [String]
    private let lock = NSLock()
    private var facts: [ObjectIdentifier: TypeFacts] = [:]

    init(names: [String]) {
        self.names = names
    }

    func facts(of type: Any.Type) -> TypeFacts {
        lock.lock()
        defer { lock.unlock() }
        if let known = facts[ObjectIdentifier(type)] { return known }
        let new = TypeFacts(of: type, names: names)
        facts[ObjectIdentifier(type)] = new
        return new
    }
}

extension TemplateFields {
    /// The requirements' only implementations, compiled for each view's type (so `Self` is the
    /// type whose table is built and then read).
    static func fieldTable(names: [String]) -> any ViewTable {
        FieldTable<Self>(names: names)
    }

    /// The elements of an array of this type, with a table of `names`.
    static func viewElements(names: [String]) -> any TemplateListElements {
        ViewElements<Self>(table: FieldTable<Self>(names: names))
    }

    /// Each view of `views` (an array of this type) where the array stores it, with `table`
    /// (this type's): the array, which the caller holds, outlives every call of `body`.
    static func forEachView(of views: Any, in table: any ViewTable,
                            _ body: (TemplateRenderer.ListElement) throws(TemplateRenderer.Bail) -> Void)
        throws(TemplateRenderer.Bail) {
        let views = views as! [Self]
        try views.withUnsafeBufferPointer { (buffer) throws(TemplateRenderer.Bail) in
            guard let base = buffer.baseAddress else { return }
            for offset in 0..<buffer.count {
                try body(.view(TemplateRenderer.ViewReference(address: UnsafeRawPointer(base + offset), table: table)))
            }
        }
    }

    /// The field numbered `id` of the view of this type at `address`, from `table` (this type's).
    static func templateField(_ id: Int, at address: UnsafeRawPointer, in table: any ViewTable) -> TemplateRenderer.Found {
        guard let accessor = unsafeDowncast(table, to: FieldTable<Self>.self).accessors[id] else { return .missing }
        let view = UnsafeMutablePointer(mutating: address.assumingMemoryBound(to: Self.self))
        return TemplateRenderer.Found(accessor(&view.pointee))
    }

    /// The field numbered `id`, as it is (`child(named:)` wraps text for swift-mustache), from
    /// `table`, which `fieldTable(names:)` gave for this type.
    func templateField(_ id: Int, in table: any ViewTable) -> TemplateRenderer.Found {
        withUnsafePointer(to: self) { Self.templateField(id, at: UnsafeRawPointer($0), in: table) }
    }
}

/// swift-mustache's `unwrapIfAnyContainsOptional`: one level of `Optional` taken off a value to
/// print (a nil stays the optional, which prints `nil`).
private func unwrappingOptional(_ value: Any) -> Any {
    guard let optional = value as? OptionalValue else { return value }
    return optional.wrappedValue ?? value
}

private protocol OptionalValue {
    var wrappedValue: Any? { get }
}

extension Optional: OptionalValue {
    fileprivate var wrappedValue: Any? { self }
}
