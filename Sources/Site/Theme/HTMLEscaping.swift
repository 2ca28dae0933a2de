import Mustache

/// How every `{{tag}}` of a theme is escaped: `& < > " '` become `&amp; &lt; &gt; &quot; &#39;`,
/// the same five entities as swift-mustache's own HTML escaping, byte by byte.
///
/// swift-mustache escapes by walking a string's `Character`s and looking each one up in a
/// dictionary: a quarter of a build's rendering time went there. This escaper scans the UTF-8
/// bytes once and hands back the string itself when there is nothing to escape (almost every
/// value). It is also stricter: swift-mustache leaves `"` unescaped when a combining mark follows
/// it (`"\u{301}` is one `Character`, not `"`), which would end an attribute value early; here
/// every one of the five bytes is escaped wherever it stands.
///
/// `Theme.load` selects it for every template and partial with swift-mustache's documented
/// content-type pragma (`{{%CONTENT_TYPE:QUNFANG_HTML}}`, on a line of its own, so it leaves no
/// trace in the output); a template may still switch to `{{%CONTENT_TYPE:TEXT}}` itself. The
/// preview server escapes what it writes into pages with it too (`escape(_:)`).
public struct HTMLEscaping: MustacheContentType {
    /// The name the pragma uses.
    static let name = "QUNFANG_HTML"

    /// The line `Theme.load` puts before each template's text.
    static let pragma = "{{%CONTENT_TYPE:\(name)}}\n"

    /// Registers the escaper with swift-mustache (once per process) before any template is parsed.
    static let registered: Void = MustacheContentTypes.register(HTMLEscaping(), named: name)

    public func escapeText(_ text: String) -> String { Self.escape(text) }

    /// `text` with `& < > " '` replaced by their entities; `text` itself when it has none.
    public static func escape(_ text: String) -> String {
        var text = text
        return text.withUTF8 { escaped($0) } ?? text
    }

    /// The escaped text, or nil when `bytes` hold nothing to escape.
    static func escaped(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard let first = bytes.firstIndex(where: { entity(for: $0) != nil }) else { return nil }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 16)
        output.append(contentsOf: bytes[..<first])
        for byte in bytes[first...] {
            if let entity = entity(for: byte) {
                output.append(contentsOf: entity)
            } else {
                output.append(byte)
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Appends `text` escaped to `output`, byte by byte (qunfang's renderer, `TemplateRenderer`):
    /// the same bytes as `escape(text)`, without making a string.
    static func append(_ text: String, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            for index in bytes.indices {
                guard let entity = entity(for: bytes[index]) else { continue }
                if start < index { output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index])) }
                output.append(contentsOf: entity)
                start = index + 1
            }
            if start < bytes.count { output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...])) }
        }
    }

    /// Appends `text` escaped as swift-mustache's own `HTML` content type escapes it: `Character`
    /// by `Character`, so a `"` or `'` that a combining mark follows is left as it is. Only for a
    /// template that asks for `{{%CONTENT_TYPE:HTML}}` itself, or for what a partial prints before
    /// its own pragma line (nothing, in a theme loaded by `Theme.load`).
    static func appendAsSwiftMustache(_ text: String, to output: inout [UInt8]) {
        for character in text {
            switch character {
            case "<": output.append(contentsOf: "&lt;" as StaticString)
            case ">": output.append(contentsOf: "&gt;" as StaticString)
            case "&": output.append(contentsOf: "&amp;" as StaticString)
            case "\"": output.append(contentsOf: "&quot;" as StaticString)
            case "'": output.append(contentsOf: "&#39;" as StaticString)
            default: output.append(contentsOf: character.utf8)
            }
        }
    }

    @inline(__always)
    private static func entity(for byte: UInt8) -> StaticString? {
        switch byte {
        case UInt8(ascii: "&"): "&amp;"
        case UInt8(ascii: "<"): "&lt;"
        case UInt8(ascii: ">"): "&gt;"
        case UInt8(ascii: "\""): "&quot;"
        case UInt8(ascii: "'"): "&#39;"
        default: nil
        }
    }
}

private extension Array where Element == UInt8 {
    mutating func append(contentsOf text: StaticString) {
        text.withUTF8Buffer { append(contentsOf: $0) }
    }
}
