/// A JSON document built from exact values. Numbers are kept as decimal text made from integer
/// tenths, hundredths or fen, so `2.5` is written as `2.5` and never passes through a `Double`.
enum JSONValue: Equatable {
    case null
    case bool(Bool)
    /// Decimal text, already formatted (`"24"`, `"2.5"`, `"9.25"`).
    case number(String)
    case string(String)
    case array([JSONValue])
    /// Keys in the order given (docs/结果格式.md's order), not sorted.
    case object([(String, JSONValue)])

    static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        lhs.rendered(indent: 0) == rhs.rendered(indent: 0)
    }

    /// Pretty-printed with two spaces; arrays holding only numbers stay on one line, as docs/结果格式.md shows.
    func rendered(indent: Int = 0) -> String {
        var out: [UInt8] = []
        write(into: &out, indent: indent)
        return String(decoding: out, as: UTF8.self)
    }

    /// `rendered(indent:)`, appended to `out`: one buffer for the whole document (joining each
    /// level's text copied it once per level, a twentieth of a full build at 200 communities).
    private func write(into out: inout [UInt8], indent: Int) {
        switch self {
        case .null: out += "null".utf8
        case .bool(let value): out += (value ? "true" : "false").utf8
        case .number(let text): out += text.utf8
        case .string(let text): JSONValue.writeQuoted(text, into: &out)
        case .array(let values) where !values.isEmpty && values.allSatisfy(\.isScalar):
            out.append(UInt8(ascii: "["))
            for (index, value) in values.enumerated() {
                if index > 0 { out += ", ".utf8 }
                value.write(into: &out, indent: 0)
            }
            out.append(UInt8(ascii: "]"))
        case .array(let values):
            JSONValue.writeLines(values, open: "[", close: "]", indent: indent, into: &out) { value, out in
                value.write(into: &out, indent: indent + 1)
            }
        case .object(let members):
            JSONValue.writeLines(members, open: "{", close: "}", indent: indent, into: &out) { member, out in
                JSONValue.writeQuoted(member.0, into: &out)
                out += ": ".utf8
                member.1.write(into: &out, indent: indent + 1)
            }
        }
    }

    /// `open`, then each element on a line of its own one level deeper, separated by commas, then
    /// `close` on a line at `indent`; `open` and `close` together when there are no elements.
    private static func writeLines<Element>(_ elements: [Element], open: Unicode.Scalar, close: Unicode.Scalar, indent: Int,
                                            into out: inout [UInt8], each: (Element, inout [UInt8]) -> Void) {
        out.append(UInt8(ascii: open))
        guard !elements.isEmpty else {
            out.append(UInt8(ascii: close))
            return
        }
        for (index, element) in elements.enumerated() {
            out += (index > 0 ? ",\n" : "\n").utf8
            for _ in 0...indent { out += "  ".utf8 }
            each(element, &out)
        }
        out.append(UInt8(ascii: "\n"))
        for _ in 0..<indent { out += "  ".utf8 }
        out.append(UInt8(ascii: close))
    }

    private var isScalar: Bool {
        switch self {
        case .array, .object: false
        default: true
        }
    }

    /// RFC 8259 string escaping; non-ASCII text is kept as UTF-8.
    static func quoted(_ text: String) -> String {
        var out: [UInt8] = []
        writeQuoted(text, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// `quoted(text)`, appended to `out`. Only ASCII bytes and U+2028/U+2029 (E2 80 A8/A9 in
    /// UTF-8) are escaped, so every other byte is copied as it is.
    static func writeQuoted(_ text: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        let bytes = Array(text.utf8)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""): out += "\\\"".utf8
            case UInt8(ascii: "\\"): out += "\\\\".utf8
            case UInt8(ascii: "\n"): out += "\\n".utf8
            case UInt8(ascii: "\r"): out += "\\r".utf8
            case UInt8(ascii: "\t"): out += "\\t".utf8
            case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                out += (bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8
                index += 2
            case _ where byte < 0x20:
                let digits = Array("0123456789abcdef".utf8)
                out += "\\u00".utf8
                out.append(digits[Int(byte >> 4)])
                out.append(digits[Int(byte & 0xF)])
            default: out.append(byte)
            }
            index += 1
        }
        out.append(UInt8(ascii: "\""))
    }
}
