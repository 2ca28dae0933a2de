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
