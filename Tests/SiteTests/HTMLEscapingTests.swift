import Mustache
import Testing
@testable import Site

/// Every `{{tag}}` of a theme goes through `HTMLEscaping`: it must give what swift-mustache's own
/// escaping gives for ordinary text, and escape the five characters wherever they stand.
@Suite struct HTMLEscapingTests {
    static let alphabet: [String] = ["a", "Z", "0", " ", "\n", "湖", "塘", "，", "&", "<", ">", "\"", "'", "&amp;", "😀", "é"]

    /// Deterministic pseudo-random texts over `alphabet` (no combining marks).
    static func texts(count: Int) -> [String] {
        var state: UInt64 = 0x9e37_79b9_7f4a_7c15
        return (0..<count).map { _ in
            var text = ""
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            for _ in 0..<Int(state >> 59) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text += alphabet[Int(state >> 33) % alphabet.count]
            }
            return text
        }
    }

    @Test func matchesSwiftMustacheOnOrdinaryText() throws {
        let plain = try MustacheTemplate(string: "{{x}}")
        let ours = try MustacheTemplate(string: HTMLEscaping.pragma + "{{x}}")
        _ = HTMLEscaping.registered
        for text in Self.texts(count: 500) {
            #expect(ours.render(["x": text]) == plain.render(["x": text]), "\(text.debugDescription)")
            #expect(ours.render(["x": text]) == Fixture.escaped(text))
        }
    }

    @Test func textWithNothingToEscapeIsReturnedAsItIs() {
        #expect(HTMLEscaping().escapeText("湖塘社区 2017年度") == "湖塘社区 2017年度")
        #expect(HTMLEscaping().escapeText("") == "")
    }

    /// `"` followed by a combining mark is one Character; swift-mustache's escaping misses it.
    @Test func aQuoteBeforeACombiningMarkIsEscaped() {
        #expect(HTMLEscaping().escapeText("a\"\u{301}b<\u{308}") == "a&quot;\u{301}b&lt;\u{308}")
    }

    /// The pragma line leaves no trace: a template renders the same bytes with or without it.
    @Test func thePragmaAddsNothingToTheOutput() throws {
        _ = HTMLEscaping.registered
        let text = "{{#rows}}\n<li>{{name}}</li>\n{{/rows}}\n<p>{{{raw}}}</p>\n"
        let context: [String: Any] = ["rows": [["name": "甲&乙"], ["name": "<丙>"]], "raw": "<b>x</b>"]
        let plain = try MustacheTemplate(string: text).render(context)
        #expect(try MustacheTemplate(string: HTMLEscaping.pragma + text).render(context) == plain)
        #expect(plain.contains("甲&amp;乙") && plain.contains("<b>x</b>"))
    }
}
