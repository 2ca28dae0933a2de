import Scoring

/// A Markdown file (`pages/NAME.md`, `Y/index.md`): strict UTF-8, LF line ends.
enum PageDecoder {
    /// The page's title: its first `# ` heading, else `name`.
    static func title(of markdown: String, name: String) -> String {
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) where line.hasPrefix("# ") {
            var title = line.dropFirst(2)
            while title.last == "#" || title.last == " " { title = title.dropLast() }
            let trimmed = title.drop { $0 == " " }
            if !trimmed.isEmpty { return String(trimmed) }
        }
        return name
    }

    static func page(_ source: SourceText, name: String) -> Page {
        let markdown = source.normalizedText
        return Page(name: name, title: title(of: markdown, name: name), markdown: markdown,
                    location: .start(of: source.file))
    }
}
