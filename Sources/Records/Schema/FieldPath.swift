/// A mapping's key path as messages print it (`队伍[2].队员[3]`), kept as its parts and spelled
/// out only when a message needs it: most records are valid, and building every path's text
/// up front cost more than reading the values.
indirect enum FieldPath {
    /// A file's root mapping: "".
    case root
    /// `parent.key`, or `key` at the root.
    case key(FieldPath, String)
    /// `parent[number]` (1-based) for an item of a list.
    case item(FieldPath, Int)

    /// A path given as text (a police.yaml SLUG, `细则`).
    init(_ text: String) {
        self = text.isEmpty ? .root : .key(.root, text)
    }

    var text: String {
        switch self {
        case .root: return ""
        case .key(let parent, let key):
            let prefix = parent.text
            return prefix.isEmpty ? key : prefix + "." + key
        case .item(let parent, let number): return "\(parent.text)[\(number)]"
        }
    }
}
