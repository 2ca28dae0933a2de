/// Finds markup in a rendered page that a browser would act on: script-like elements, event
/// handler attributes, and `javascript:` URLs. Escaped text (`&lt;script&gt;`) is inert and
/// not reported, even inside an attribute value.
enum LiveMarkup {
    static let dangerousElements: Set<String> = ["script", "iframe", "object", "embed", "frame", "frameset", "base"]
    static let urlAttributes: Set<String> = ["href", "src", "action", "formaction", "xlink:href", "data"]

    /// One line per problem found in `html` (empty when the page is safe).
    static func problems(in html: String) -> [String] {
        var problems: [String] = []
        let scalars = Array(html.unicodeScalars)
        var index = 0
        while index < scalars.count {
            guard scalars[index] == "<", index + 1 < scalars.count,
                  scalars[index + 1].properties.isAlphabetic || scalars[index + 1] == "/" else {
                index += 1
                continue
            }
            let (name, attributes, end) = tag(scalars, from: index + 1)
            let bare = name.hasPrefix("/") ? String(name.dropFirst()) : name
            if dangerousElements.contains(bare.lowercased()) {
                problems.append("element <\(name)>")
            }
            for (attribute, value) in attributes {
                let lowered = attribute.lowercased()
                if lowered.hasPrefix("on") { problems.append("<\(name) \(attribute)=…>") }
                let url = value.lowercased().filter { !$0.isWhitespace && $0 != "\u{0}" }
                if urlAttributes.contains(lowered), url.hasPrefix("javascript:") || url.hasPrefix("vbscript:")
                    || url.hasPrefix("data:text/html") {
                    problems.append("<\(name) \(attribute)=\"\(value)\">")
                }
            }
            index = end
        }
        return problems
    }

    /// Parses a tag's name and attributes (quoted or not) up to its closing `>`.
    private static func tag(_ s: [Unicode.Scalar], from start: Int) -> (String, [(String, String)], Int) {
        var index = start
        func read(while condition: (Unicode.Scalar) -> Bool) -> String {
            var text = String.UnicodeScalarView()
            while index < s.count, condition(s[index]) { text.append(s[index]); index += 1 }
            return String(text)
        }
        let name = read { !$0.properties.isWhitespace && $0 != ">" && $0 != "/" || ($0 == "/" && index == start) }
        var attributes: [(String, String)] = []
        while index < s.count, s[index] != ">" {
            if s[index].properties.isWhitespace || s[index] == "/" { index += 1; continue }
            let attribute = read { !$0.properties.isWhitespace && $0 != "=" && $0 != ">" && $0 != "/" }
            guard !attribute.isEmpty else { index += 1; continue }
            _ = read { $0.properties.isWhitespace }
            var value = ""
            if index < s.count, s[index] == "=" {
                index += 1
                _ = read { $0.properties.isWhitespace }
                if index < s.count, s[index] == "\"" || s[index] == "'" {
                    let quote = s[index]
                    index += 1
                    value = read { $0 != quote }
                    index += 1
                } else {
                    value = read { !$0.properties.isWhitespace && $0 != ">" }
                }
            }
            attributes.append((attribute, value))
        }
        return (name, attributes, index + 1)
    }
}
