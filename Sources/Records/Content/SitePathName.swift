/// Whether a content file's name can become a site path as it is: `pages/NAME.md` is published
/// as `pages/NAME.html`, so NAME must be a file name every file system takes and a link a
/// browser follows unchanged. Checked at load, so `check` refuses what `build` could not write.
public enum SitePathName {
    /// The most UTF-8 bytes of a name: file systems take 255 per name, and the site adds
    /// `.html` (a Chinese character is 3 bytes, so about 66 of them).
    static let maximumBytes = 200
    /// Characters some file system (Windows shares, archives) refuses, or that end a link's
    /// path (`#`, `?`) or start an escape (`%`).
    static let refused: [Character] = ["\\", "/", ":", "*", "?", "\"", "<", ">", "|", "#", "%"]

    /// Why `name` cannot be a site path, or nil when it can.
    public static func problem(of name: String) -> String? {
        if name.isEmpty { return "名称是空的" }
        if name.utf8.count > maximumBytes {
            return "太长（\(name.utf8.count) 个字节），最多 \(maximumBytes) 个字节（约 \(maximumBytes / 3) 个汉字）"
        }
        if name.unicodeScalars.contains(where: isControl) { return "含有控制字符" }
        if let character = name.first(where: refused.contains) { return "不能含有“\(character)”" }
        if name.first == " " || name.last == " " || name.last == "." { return "不能以空格开头或结尾，也不能以“.”结尾" }
        return nil
    }

    /// The name as a message may show it: control characters as `\u{…}`, at most 40 characters.
    static func shown(_ name: String) -> String {
        var text = ""
        for scalar in name.unicodeScalars.prefix(40) {
            text += isControl(scalar) ? "\\u{\(String(scalar.value, radix: 16))}" : String(scalar)
        }
        return name.unicodeScalars.count > 40 ? text + "…" : text
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }
}
