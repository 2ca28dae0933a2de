import Foundation
import Scoring
import Site

/// What the preview server adds to every HTML response it serves (never to the files on disk,
/// which stay byte-identical to `qunfang build`): a small script that polls
/// `/_qunfang/version` and reloads the page when the version changes, and, while the latest
/// build is broken, a banner listing its diagnostics.
public enum LiveReload {
    /// The endpoint the script polls.
    public static let versionPath = "/_qunfang/version"
    /// Marks the injected block, so tests (and curious readers of the page source) can find it.
    public static let marker = "qunfang-serve"

    /// `html` with the banner (when broken) and the script inserted before its last `</body>`
    /// (or appended when there is none).
    public static func inject(into html: String, status: PreviewStatus) -> String {
        var block = "\n<!-- \(marker): 以下内容只在预览时加入，生成的文件中没有 -->\n"
        if status.isBroken { block += banner(status) }
        block += script(version: status.version)
        if let range = html.range(of: "</body>", options: [.caseInsensitive, .backwards]) {
            var result = html
            result.insert(contentsOf: block, at: range.lowerBound)
            return result
        }
        return html + block
    }

    static func script(version: Int) -> String {
        """
        <script id="\(marker)-reload">
        (function () {
          var version = \(version);
          function poll() {
            fetch("\(versionPath)", { cache: "no-store" })
              .then(function (r) { return r.json(); })
              .then(function (s) { if (s.version !== version) { location.reload(); } else { setTimeout(poll, 500); } })
              .catch(function () { setTimeout(poll, 2000); });
          }
          setTimeout(poll, 500);
        })();
        </script>

        """
    }

    static func banner(_ status: PreviewStatus) -> String {
        let heading = status.hasBuiltSite
            ? "记录有错误，显示的是上一次成功生成的网站"
            : "记录有错误，网站未能生成"
        let errors = status.problems.filter(\.isError)
        let warnings = status.problems.filter { !$0.isError }
        func list(_ diagnostics: [Diagnostic]) -> String {
            "<ul style=\"margin:6px 0 0;padding-left:20px\">\n"
                + diagnostics.map { "<li>\(escaped($0.description))</li>\n" }.joined() + "</ul>\n"
        }
        var html = """
        <div id="\(marker)-problems" role="alert" style="position:fixed;z-index:2147483647;left:0;right:0;top:0;\
        max-height:60vh;overflow:auto;margin:0;padding:12px 16px;background:#fff3f3;color:#000;\
        border-bottom:3px solid #c00;font:14px/1.5 monospace;box-shadow:0 2px 8px rgba(0,0,0,.3)">
        <strong style="color:#c00">\(heading)（\(errors.count) 个错误；改正后页面自动刷新）</strong>

        """
        html += list(errors)
        if !warnings.isEmpty {
            html += "<details><summary>另有 \(warnings.count) 个警告</summary>\n" + list(warnings) + "</details>\n"
        }
        return html + "</div>\n"
    }

    /// HTML-escapes `& < > " '`, byte by byte, as the site's templates do.
    public static func escaped(_ text: String) -> String { HTMLEscaping.escape(text) }
}
