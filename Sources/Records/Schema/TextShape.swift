/// What a text field may look like, so that one oversized or multi-line value is refused at its
/// position instead of repeating on every page (a name appears on dozens of them). Lengths count
/// Unicode scalars: a name of 100 Chinese characters is 100. Control characters are refused
/// for every scalar while the file is read (`TreeBuilder`), whatever its shape.
enum TextShape {
    /// A name (社区, 派出所, a person, a team, 媒体, 案件, 区域, a band, a word of a list): one line,
    /// at most 100 characters.
    case name
    /// One line of text (说明, 主题, 情况, 时段): at most 2,000 characters.
    case line
    /// Markdown written with `|` (备注): any number of lines, bounded by the file's size limit.
    case block

    static let maximumNameLength = 100
    static let maximumLineLength = 2_000

    var maximumLength: Int? {
        switch self {
        case .name: Self.maximumNameLength
        case .line: Self.maximumLineLength
        case .block: nil
        }
    }

    /// The first problem of `text` for this shape, as the end of a message about the field.
    func problem(of text: String) -> (message: String, hint: String)? {
        guard let maximum = maximumLength else { return nil }
        // Bytes bound scalars from above: most values are decided without counting.
        if text.utf8.count > maximum {
            let length = text.unicodeScalars.count
            if length > maximum {
                return ("太长（\(length) 个字），最多 \(maximum) 个字",
                        self == .name ? "名称请写简称；详细情况写在“说明”或“备注”中" : "较长的内容请写在“备注”中")
            }
        }
        if text.utf8.contains(UInt8(ascii: "\n")) {
            return ("不能换行", "写成一行；需要分段的内容请写在“备注”中")
        }
        return nil
    }
}

/// The loader's rule for a name, for tools that write one into a record (`qunfang new --name`):
/// what they write must load.
public enum RecordName {
    /// Why `name` could not stand as a name in a record (a control character, a line break, more
    /// than 100 characters), in Chinese; nil when it can.
    public static func problem(of name: String) -> String? {
        let found = Array(name.utf8).withUnsafeBufferPointer { ControlCharacter.first(in: $0) }
        if let (control, _) = found { return "含有控制字符 \(control.name)" }
        return TextShape.name.problem(of: name)?.message
    }
}
