import Foundation
import Scoring
import Testing
@testable import Preview

struct LiveReloadTests {
    let page = "<!DOCTYPE html>\n<html><body>\n<p>正文</p>\n</body>\n</html>\n"

    @Test func insertsTheScriptBeforeTheClosingBody() throws {
        let served = LiveReload.inject(into: page, status: PreviewStatus(version: 7, hasBuiltSite: true))
        let script = try #require(served.range(of: "<script id=\"qunfang-serve-reload\">"))
        let body = try #require(served.range(of: "</body>"))
        #expect(script.upperBound < body.lowerBound)
        #expect(served.contains("var version = 7;"))
        #expect(served.contains(LiveReload.versionPath))
        #expect(!served.contains("qunfang-serve-problems"))
        // Taking the injected block out gives the original page back, byte for byte.
        var original = served
        original.removeSubrange(try #require(served.range(of: "\n<!-- qunfang-serve")).lowerBound..<body.lowerBound)
        #expect(original == page)
    }

    @Test func appendsWhenThereIsNoBody() {
        let served = LiveReload.inject(into: "<p>片段</p>", status: PreviewStatus(version: 1))
        #expect(served.hasPrefix("<p>片段</p>"))
        #expect(served.hasSuffix("</script>\n"))
    }

    /// A quote followed by a combining mark is one Character but still a quote to the browser.
    @Test func aQuoteBeforeACombiningMarkIsEscapedInTheBanner() {
        let location = SourceLocation(file: "content/2017/communities/hutang.yaml", line: 3, column: 1)
        let served = LiveReload.inject(into: page, status: PreviewStatus(version: 2, problems: [
            .error(location, "未知的键“a\"\u{301} onmouseover=alert(1)”"),
        ], hasBuiltSite: true))
        let escaped = "a&quot;\u{301} onmouseover=alert(1)", raw = "a\"\u{301}"
        #expect(served.contains(escaped))
        #expect(!served.contains(raw))
    }

    @Test func brokenBuildShowsEscapedDiagnosticsErrorsFirst() {
        let location = SourceLocation(file: "content/2017/communities/hutang.yaml", line: 12, column: 5)
        let status = PreviewStatus(version: 3, problems: [
            .warning(SourceLocation(file: "content/2017/communities/a.yaml", line: 1, column: 1), "排班只有 2 人"),
            .error(location, "未知的键“<script>alert('x')</script>”"),
        ], hasBuiltSite: true)
        let served = LiveReload.inject(into: page, status: status)
        #expect(served.contains("记录有错误，显示的是上一次成功生成的网站"))
        #expect(served.contains("content/2017/communities/hutang.yaml:12:5: 错误: 未知的键“&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;”"))
        #expect(!served.contains("<script>alert"))
        #expect(served.contains("另有 1 个警告"))
        let error = served.range(of: "hutang.yaml:12:5")!
        let warning = served.range(of: "a.yaml:1:1")!
        #expect(error.lowerBound < warning.lowerBound)
    }

    @Test func firstBuildBrokenSaysNoSiteWasBuilt() {
        let status = PreviewStatus(version: 1, problems: [.error(.start(of: "content/site.yaml"), "缺少标题")])
        #expect(LiveReload.inject(into: page, status: status).contains("记录有错误，网站未能生成"))
    }

    @Test func versionJSONEscapesMessages() throws {
        let status = PreviewStatus(version: 2, problems: [.error(.start(of: "a\"b.yaml"), "行\n尾<")])
        let answer = try #require(JSONSerialization.jsonObject(with: Data(status.json.utf8)) as? [String: Any])
        #expect(answer["version"] as? Int == 2)
        #expect(answer["ok"] as? Bool == false)
        #expect(answer["problems"] as? [String] == [status.problems[0].description])
        #expect(PreviewStatus(version: 5).json == #"{"ok":true,"problems":[],"version":5}"#)
    }
}
