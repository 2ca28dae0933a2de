import Mustache

/// A view that hands swift-mustache its fields by name through a table of accessors.
///
/// Without it swift-mustache finds every `{{tag}}` by reflection: it builds a `Mirror` of the
/// whole view and boxes each of its fields until one has the tag's name, for every tag and for
/// every object it climbs on the context stack. A view lists its fields once in
/// `templateFields`, under their property names (the names the templates use). A name missing
/// from the table renders empty, like any unknown tag: TemplateFieldsTests checks every table
/// against the view's stored properties, so adding a property without its entry fails a test.
/// The table holds closures rather than key paths: projecting a `PartialKeyPath` goes through
/// the runtime's generic machinery on every tag, a closure is a plain call. A field's value is a
/// `TemplateValue`: text, a number, a flag, a view or a list of them, which the compiler checks.
protocol TemplateFields: MustacheParent, Fingerprintable, TemplateValue {
    static var templateFields: [String: TemplateAccessor<Self>] { get }
    /// This type's table of the accessors for `names`, and the field numbered `id` read with it,
    /// unwrapped: qunfang's renderer reads fields with them (`TemplateRenderer`). Never
    /// implemented by a view: the defaults (Theme/TemplateRenderer.swift) are requirements so that
    /// each view's witnesses are compiled for its own type, and agree on which type that is.
    static func fieldTable(names: [String]) -> any ViewTable
    func templateField(_ id: Int, in table: any ViewTable) -> TemplateRenderer.Found
    static func templateField(_ id: Int, at address: UnsafeRawPointer, in table: any ViewTable) -> TemplateRenderer.Found
    /// The same for an array of this type's views (`ViewElements`).
    static func viewElements(names: [String]) -> any TemplateListElements
    static func forEachView(of views: Any, in table: any ViewTable,
                            _ body: (TemplateRenderer.ListElement) throws(TemplateRenderer.Bail) -> Void)
        throws(TemplateRenderer.Bail)
}

/// How a view hands over one of its fields. The view is passed `inout`, that is by its address,
/// and never changed: qunfang's renderer reads the views of a list where the array stores them
/// (`TemplateRenderer.ViewReference`), and a view passed by value from there would be copied,
/// every text in it retained and released again, for each field read.
typealias TemplateAccessor<View> = @Sendable (inout View) -> any TemplateValue

extension TemplateFields {
    func child(named name: String) -> Any? {
        guard let field = Self.templateFields[name] else { return nil }
        return TemplateText.wrapping(read(field))
    }

    /// The field `accessor` hands over, read from this view where it is (not a copy of it).
    func read(_ accessor: TemplateAccessor<Self>) -> any TemplateValue {
        withUnsafePointer(to: self) { accessor(&UnsafeMutablePointer(mutating: $0).pointee) }
    }
}

/// A text or number field as swift-mustache renders it fastest.
///
/// swift-mustache tries a `{{tag}}`'s value against `MustacheTemplate`, `MustacheCustomRenderable`,
/// `MustacheLambda` and its own optional protocol before it falls back to `String(describing:)`,
/// which casts once more; each cast to a protocol is a conformance-cache lookup in the Swift
/// runtime. A plain `String` or `Int` pays for all of them, this wrapper only for the first two.
/// It renders the same text (`String(describing:)` of a `String` or an `Int`), and in a section
/// it is a non-empty value like them (`isNull` is false).
struct TemplateText: MustacheCustomRenderable, TemplateValue {
    let renderText: String
    /// Text is never swift-mustache's null object.
    var isNull: Bool { false }

    /// `value` wrapped when it is text or a number, else unchanged (views, arrays, flags).
    static func wrapping(_ value: Any) -> Any {
        if let text = value as? String { return TemplateText(renderText: text) }
        if let number = value as? Int { return TemplateText(renderText: String(number)) }
        return value
    }
}

/// What a view's field can hold: text, a number, a flag, a view, a list of them (and the
/// booklet's `SplicedCards`). qunfang's renderer asks a value its `templateKind` instead of
/// casting it: a text or a number prints, and a flag decides a section, without a dynamic cast
/// (a cast from `Any` is a runtime call, and rendering makes one for nearly every tag).
protocol TemplateValue {
    var templateKind: TemplateKind { get }
}

/// A field's value as `TemplateRenderer` takes it.
enum TemplateKind {
    /// Text, or a number as `String(describing:)` prints it: swift-mustache gets a `TemplateText`.
    case text(String)
    case flag(Bool)
    /// A view, a list or anything else: looked at as swift-mustache does, by its type.
    case other
}

extension TemplateValue {
    var templateKind: TemplateKind { .other }
}

extension String: TemplateValue {
    var templateKind: TemplateKind { .text(self) }
}

extension Int: TemplateValue {
    var templateKind: TemplateKind { .text(String(self)) }
}

extension Bool: TemplateValue {
    var templateKind: TemplateKind { .flag(self) }
}

extension Array: TemplateValue where Element: TemplateValue {}

extension Optional: TemplateValue where Wrapped: TemplateValue {}
