import Foundation
import Testing
@testable import Site

@Suite struct MarkdownTests {
    @Test func rendersChineseMarkdown() {
        let html = Markdown.html("# 标题\n\n本社区**重点**做好巡逻。")
        #expect(html.contains("<h1>标题</h1>"))
        #expect(html.contains("<strong>重点</strong>"))
    }

    @Test(arguments: [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "段落 <b onclick=\"x()\">粗</b>",
    ])
    func rawHTMLIsOmitted(markdown: String) {
        let html = Markdown.html(markdown)
        #expect(!html.contains("<script"))
        #expect(!html.contains("onerror"))
        #expect(!html.contains("onclick"))
        #expect(html.contains("raw HTML omitted"))
    }

    @Test(arguments: ["javascript:alert(1)", "vbscript:msgbox(1)", "data:text/html,<script>x</script>", "JAVASCRIPT:alert(1)"])
    func dangerousLinksAreEmptied(url: String) {
        let html = Markdown.html("[点我](\(url))")
        #expect(html.contains("<a href=\"\">点我</a>"))
    }

    @Test func textBeyondANulCharacterIsKept() {
        let html = Markdown.html("前\u{0}后")
        #expect(html.contains("后"))
    }
}

@Suite struct ChineseAmountTests {
    @Test(arguments: [
        (2_000_000, "贰万元整"), (1_500_050, "壹万伍仟元伍角整"), (1_020_304, "壹万零贰佰零叁元零肆分"),
        (10_000_000, "壹拾万元整"), (0, "零元整"), (5, "伍分"), (100_010_000, "壹佰万零壹佰元整"),
    ])
    func capitalNumerals(fen: Int, words: String) {
        #expect(ChineseAmount.words(.init(fen: fen)) == words)
    }
}

/// The Markdown the tool ships in `content/` renders as meant: libcmark knows no tables, so a
/// table's `| … |` rows would be printed as text on the published page.
@Suite struct ShippedMarkdownTests {
    static var files: [String] {
        let content = Fixture.repository.appendingPathComponent("content").path
        let all = FileManager.default.subpaths(atPath: content) ?? []
        return all.filter { $0.hasSuffix(".md") }.sorted().map { content + "/" + $0 }
    }

    @Test func theShippedPagesHaveNoLiteralTableRows() throws {
        #expect(!Self.files.isEmpty)
        for file in Self.files {
            let html = Markdown.html(try String(contentsOfFile: file, encoding: .utf8))
            #expect(!html.contains("<p>|") && !html.contains("| ---"), "\(file) shows a Markdown table as text")
            #expect(html.contains("<h1>") || html.contains("<p>"), "\(file)")
        }
    }
}
