import Ccmark
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Markdown → HTML through libcmark in its default, safe mode: raw HTML is omitted and
/// `javascript:`/`vbscript:`/`data:` links are emptied. `CMARK_OPT_UNSAFE` is never passed.
/// Its output is the only text a template inserts unescaped (`{{{x}}}`).
public enum Markdown {
    /// The HTML for `markdown` (pages/*.md, a year's index.md, a community's 备注).
    public static func html(_ markdown: String) -> String {
        var text = markdown
        return text.withUTF8 { buffer -> String in
            guard let base = buffer.baseAddress else { return "" }
            let rendered = base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                cmark_markdown_to_html(pointer, buffer.count, CMARK_OPT_DEFAULT)
            }
            guard let rendered else { return "" }
            defer { free(rendered) }
            return String(cString: rendered)
        }
    }
}
