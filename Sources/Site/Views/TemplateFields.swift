import Mustache

/// A view that hands swift-mustache its fields by name through a table of key paths.
///
/// Without it swift-mustache finds every `{{tag}}` by reflection: it builds a `Mirror` of the
/// whole view and boxes each of its fields until one has the tag's name, for every tag and for
/// every object it climbs on the context stack. A view lists its fields once in
/// `templateFields`, under their property names (the names the templates use). A name missing
/// from the table renders empty, like any unknown tag: TemplateFieldsTests checks every table
/// against the view's stored properties, so adding a property without its entry fails a test.
protocol TemplateFields: MustacheParent, Fingerprintable {
    static var templateFields: [String: PartialKeyPath<Self> & Sendable] { get }
}

extension TemplateFields {
    func child(named name: String) -> Any? {
        guard let path = Self.templateFields[name] else { return nil }
        return self[keyPath: path]
    }
}
