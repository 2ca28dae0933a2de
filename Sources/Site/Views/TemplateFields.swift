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
/// the runtime's generic machinery on every tag, a closure is a plain call.
protocol TemplateFields: MustacheParent, Fingerprintable {
    static var templateFields: [String: @Sendable (Self) -> Any] { get }
    /// The field `name` from the table, unwrapped; qunfang's renderer reads fields with it
    /// (`TemplateRenderer`). Never implemented by a view: the default (Theme/TemplateRenderer.swift)
    /// is a requirement so that each view's witness is compiled for its own type.
    func templateField(named name: String) -> Any?
}

extension TemplateFields {
    func child(named name: String) -> Any? {
        guard let field = Self.templateFields[name] else { return nil }
        return TemplateText.wrapping(field(self))
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
struct TemplateText: MustacheCustomRenderable {
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
