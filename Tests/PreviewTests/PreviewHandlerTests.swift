import FlyingFox
import Foundation
import Scoring
import Testing
@testable import Preview
import TestSupport

/// A built site in a temporary folder, with a handler serving it.
struct ServedSite {
    let folder: TemporaryFolder
    let state = PreviewState()
    var site: SiteFolder { SiteFolder(root: folder.path + "/site") }
    /// The port the handler is told it serves on (nothing listens: requests are handed to it).
    static let port: UInt16 = 8000
    var handler: PreviewHandler { PreviewHandler(folder: site, state: state, port: Self.port) }

    static let home = "<!DOCTYPE html>\n<html lang=\"zh-CN\"><body><h1>首页 v1</h1></body></html>\n"

    init() async throws {
        folder = TemporaryFolder("preview")
        try folder.write("site/index.html", Self.home)
        try folder.write("site/2017/index.html", "<html><body>2017</body></html>")
        try folder.write("site/assets/site.css", "body { color: black; } /* </body> */\n")
        try folder.write("site/assets/bar.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>")
        try folder.write("site/2017/results.csv", "\u{FEFF}社区,总分\n")
        try folder.write("site/2017/results.json", "{\"year\":2017}")
        try folder.write("Package.swift", "// outside the site")
        await state.finish(.built("已生成"))
    }

    func get(_ rawPath: String, method: HTTPMethod = .GET, host: String? = "127.0.0.1:\(port)",
             handler: PreviewHandler? = nil) async throws -> (HTTPResponse, String) {
        var headers = HTTPHeaders()
        if let host { headers[.host] = host }
        let request = HTTPRequest(method: method, version: .http11, target: .init(path: rawPath, query: ""),
                                  headers: headers, body: HTTPBodySequence(data: Data()))
        let response = try await (handler ?? self.handler).handleRequest(request)
        return (response, String(decoding: try await response.bodyData, as: UTF8.self))
    }

    func onDisk(_ relative: String) throws -> String {
        // Decoded as is (a BOM stays), to compare with the served bytes.
        String(decoding: try Data(contentsOf: URL(fileURLWithPath: folder.path + "/site/" + relative)), as: UTF8.self)
    }
}

struct PreviewHandlerTests {
    @Test(arguments: [
        ("/assets/site.css", "text/css; charset=utf-8"),
        ("/assets/bar.svg", "image/svg+xml"),
        ("/2017/results.csv", "text/csv; charset=utf-8"),
        ("/2017/results.json", "application/json; charset=utf-8"),
    ])
    func nonHTMLFilesAreServedAsOnDisk(path: String, type: String) async throws {
        let site = try await ServedSite()
        defer { site.folder.remove() }
        let (response, body) = try await site.get(path)
        #expect(response.statusCode == .ok)
        #expect(response.headers[.contentType] == type)
        #expect(response.headers[.cacheControl] == "no-store")
        #expect(body == (try site.onDisk(String(path.dropFirst()))))
        #expect(body.utf8.count == (try site.onDisk(String(path.dropFirst()))).utf8.count)
        #expect(!body.contains("qunfang-serve"))
    }

    @Test func htmlGetsTheReloadScriptButTheFileOnDiskDoesNot() async throws {
        let site = try await ServedSite()
        defer { site.folder.remove() }
        for path in ["/", "/index.html", "/2017/"] {
            let (response, body) = try await site.get(path)
            #expect(response.statusCode == .ok)
            #expect(response.headers[.contentType] == "text/html; charset=utf-8")
            #expect(body.contains("qunfang-serve-reload"))
        }
        #expect(try site.onDisk("index.html") == ServedSite.home)
        let (_, home) = try await site.get("/")
        #expect(home.hasPrefix("<!DOCTYPE html>\n<html lang=\"zh-CN\"><body><h1>首页 v1</h1>"))
    }

    @Test(arguments: ["/../Package.swift", "/%2e%2e/Package.swift", "/2017/%2E%2E/%2e%2e/Package.swift"])
    func traversalIsRefused(path: String) async throws {
        let site = try await ServedSite()
        defer { site.folder.remove() }
        let (response, body) = try await site.get(path)
        #expect(response.statusCode == .forbidden)
        #expect(!body.contains("outside the site"))
    }

    @Test func foldersRedirectAndMissingPagesAre404WithTheScript() async throws {
        let site = try await ServedSite()
        defer { site.folder.remove() }
        let (redirect, _) = try await site.get("/2017")
        #expect(redirect.statusCode == .found)
        #expect(redirect.headers[.location] == "/2017/")
        let (missing, body) = try await site.get("/2017/q9.html")
        #expect(missing.statusCode == .notFound)
        #expect(body.contains("页面不存在") && body.contains("qunfang-serve-reload"))
        let (post, _) = try await site.get("/", method: .POST)
        #expect(post.statusCode == .methodNotAllowed)
    }

    /// The open redirect: `GET //2017` used to answer `Location: //2017/`, which a browser
    /// follows to the host "2017". Variants that cannot name a folder of the site are refused.
    @Test(arguments: [
        ("//2017", "/2017/"), ("///2017", "/2017/"), ("/%2F2017", "/2017/"), ("/.//2017", "/2017/"),
        ("/assets/../2017", "/2017/"),
    ])
    func redirectsStayOnThisSite(path: String, location: String) async throws {
        let site = try await ServedSite()
        defer { site.folder.remove() }
        let (response, body) = try await site.get(path)
        #expect(response.statusCode == .found)
        #expect(response.headers[.location] == location)
        #expect(body == "请访问 \(location)\n")
    }

    @Test(arguments: ["/\\2017", "/%5C2017", "/./../2017", "/%2e%2e/2017"])
    func pathsThatCannotBeCleanedAreRefused(path: String) async throws {
        let site = try await ServedSite()
        defer { site.folder.remove() }
        let (response, _) = try await site.get(path)
        #expect(response.statusCode == .forbidden)
        #expect(response.headers[.location] == nil)
    }

    @Test(arguments: ["127.0.0.1:8000", "localhost:8000", "LocalHost:8000", "[::1]:8000"])
    func previewHostsAreServed(host: String) async throws {
        let site = try await ServedSite()
        defer { site.folder.remove() }
        let (page, body) = try await site.get("/", host: host)
        #expect(page.statusCode == .ok && body.contains("首页 v1"))
        let (version, json) = try await site.get(LiveReload.versionPath, host: host)
        #expect(version.statusCode == .ok && json.contains(#""version":1"#))
    }

    /// DNS rebinding: a page of evil.example, its name pointed at 127.0.0.1, asks with its own
    /// Host. Neither the pages nor the live-reload status may answer it.
    @Test(arguments: [
        nil, "", "evil.example:8000", "evil.example", "127.0.0.1.evil.com:8000", "127.0.0.1:8000.evil.com",
        "127.0.0.1:8001", "127.0.0.1:80", "127.0.0.1", "localhost", "[::1]", "localhost.:8000",
        "0.0.0.0:8000", "127.0.0.2:8000", "[::ffff:127.0.0.1]:8000", "user@127.0.0.1:8000",
    ] as [String?])
    func otherHostsAreRefused(host: String?) async throws {
        let site = try await ServedSite()
        defer { site.folder.remove() }
        for path in ["/", LiveReload.versionPath, "/2017/results.json", "/2017", "/nothing.html"] {
            for method in [HTTPMethod.GET, .HEAD] {
                let (response, body) = try await site.get(path, method: method, host: host)
                #expect(response.statusCode == .forbidden)
                #expect(response.headers[.contentType] == "text/plain; charset=utf-8")
                #expect(response.headers[.location] == nil)
                #expect(body == (method == .HEAD ? "" : "拒绝访问：请求中的主机名（Host）不是本机预览地址，"
                    + "这样的请求可能来自另一个网站（DNS 重绑定）。请用 http://127.0.0.1:8000/ 打开预览。\n"))
            }
        }
    }

    /// Browsers leave the default port out of Host, so on port 80 a bare name is the preview.
    @Test func onPort80TheBareNamesAreServedToo() async throws {
        let site = try await ServedSite()
        defer { site.folder.remove() }
        let handler = PreviewHandler(folder: site.site, state: site.state, port: 80)
        for host in ["127.0.0.1", "localhost", "[::1]", "127.0.0.1:80"] {
            let (response, _) = try await site.get(LiveReload.versionPath, host: host, handler: handler)
            #expect(response.statusCode == .ok)
        }
        for host in ["127.0.0.1:8000", "evil.example", "evil.example:80"] {
            let (response, _) = try await site.get(LiveReload.versionPath, host: host, handler: handler)
            #expect(response.statusCode == .forbidden)
        }
    }

    @Test func versionEndpointChangesAfterEachRebuild() async throws {
        let site = try await ServedSite()
        defer { site.folder.remove() }
        let (response, first) = try await site.get(LiveReload.versionPath)
        #expect(response.headers[.contentType] == "application/json; charset=utf-8")
        #expect(first == #"{"ok":true,"problems":[],"version":1}"#)
        await site.state.rebuild { .built("已生成") }
        let (_, second) = try await site.get(LiveReload.versionPath)
        #expect(second == #"{"ok":true,"problems":[],"version":2}"#)
        let (_, page) = try await site.get("/")
        #expect(page.contains("var version = 2;"))
    }

    @Test func brokenRecordKeepsThePreviousSiteAndShowsItsDiagnostics() async throws {
        let site = try await ServedSite()
        defer { site.folder.remove() }
        let problem = Diagnostic.error(SourceLocation(file: "content/2017/communities/hutang.yaml", line: 206, column: 1),
                                       "未知的键“<b>未知键</b>”")
        // A failing build writes nothing; the served files stay those of the last good build.
        let outcome = await site.state.rebuild { .failed([problem]) }
        #expect(outcome == .failed([problem]))
        let (response, page) = try await site.get("/")
        #expect(response.statusCode == .ok)
        #expect(page.contains("<h1>首页 v1</h1>"))
        #expect(page.contains("记录有错误，显示的是上一次成功生成的网站"))
        #expect(page.contains("content/2017/communities/hutang.yaml:206:1: 错误: 未知的键“&lt;b&gt;未知键&lt;/b&gt;”"))
        let (_, css) = try await site.get("/assets/site.css")
        #expect(!css.contains("记录有错误"))
        let (_, version) = try await site.get(LiveReload.versionPath)
        #expect(version.contains(#"{"ok":false,"problems":["#))
        #expect(version.contains("hutang.yaml:206:1: 错误"))

        // Fixed: the banner goes away with the next good build.
        try site.folder.write("site/index.html", "<html><body><h1>首页 v2</h1></body></html>")
        await site.state.rebuild { .built("已生成") }
        let (_, fixed) = try await site.get("/")
        #expect(fixed.contains("首页 v2") && !fixed.contains("qunfang-serve-problems"))
    }
}
