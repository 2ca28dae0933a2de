import Scoring

/// `细则`: overrides of named rulebook parameters (`RulebookParameter.all`), applied to the
/// 2017 rules. Points take at most one decimal, counts are whole numbers, each in its range
/// (`range(of:)`), and a vocabulary takes a list of words that are appended (a word already
/// present is kept once).
enum RulebookOverrides {
    static func apply(_ node: YAMLNode, schema: SchemaReader) -> Rulebook {
        var rulebook = Rulebook()
        let parameters = RulebookParameter.all
        guard let fields = Fields(node, path: "细则", allowed: parameters.map(\.name), schema: schema) else {
            return rulebook
        }
        for parameter in parameters {
            guard let value = fields.node(parameter.name) else { continue }
            let name = fields.name(parameter.name)
            switch parameter.kind {
            case .points(let path):
                if let points = schema.points(value, name, range: .points) { rulebook[keyPath: path] = points }
            case .count(let path):
                if let count = schema.count(value, name, range: range(of: path)) { rulebook[keyPath: path] = count }
            case .vocabulary(let path):
                for item in schema.list(value, name) ?? [] {
                    guard let word = schema.text(item, name, shape: .name) else { continue }
                    if word.isEmpty {
                        schema.log.error(item.location, "“\(name)”中的词不能为空")
                    } else if !rulebook[keyPath: path].contains(word) {
                        rulebook[keyPath: path].append(word)
                    }
                }
            }
        }
        return rulebook
    }

    /// A count parameter's range: a due day is a day of the month (one past a short month's end
    /// means its last day), and a step of 0 % would divide by zero; every other count is a
    /// `NumberRange.count`.
    static func range(of path: WritableKeyPath<Rulebook, Int>) -> NumberRange {
        switch path {
        case \Rulebook.scheduleDueDay: .count(1...31)
        case \Rulebook.caseStepPercent: .count(1...100)
        default: .count
        }
    }
}
