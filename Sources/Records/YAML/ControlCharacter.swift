/// A C0 or C1 control character (or DEL) in a scalar. None may stand in any text of a record:
/// names and text reach terminals through the score table, the CSV and diagnostics, where ESC
/// and BEL would drive the terminal. YAML's escapes (`"\e"`, `"\x9b"`) write them too. Line
/// breaks (libyaml gives every one as LF) are the exception, and tabs inside `|` text and
/// Markdown files, which are Markdown's indentation and never printed to a terminal.
struct ControlCharacter {
    let scalar: Unicode.Scalar

    var isTab: Bool { scalar == "\t" }

    /// "U+001B", or "制表符（Tab）".
    var name: String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        return isTab ? "制表符（Tab，\(code)）" : code
    }

    /// The first control character of UTF-8 `bytes` other than those `allowed` (LF by default),
    /// with its byte offset. C1 characters (U+0080…U+009F) are the two-byte sequences
    /// C2 80…C2 9F.
    static func first(in bytes: UnsafeBufferPointer<UInt8>,
                      allowed: [UInt8] = [0x0A]) -> (character: ControlCharacter, offset: Int)? {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x20 && !allowed.contains(byte) || byte == 0x7F {
                return (ControlCharacter(scalar: Unicode.Scalar(byte)), index)
            }
            if byte == 0xC2, index + 1 < bytes.count, (0x80...0x9F).contains(bytes[index + 1]) {
                return (ControlCharacter(scalar: Unicode.Scalar(bytes[index + 1])), index)
            }
            index += 1
        }
        return nil
    }
}
