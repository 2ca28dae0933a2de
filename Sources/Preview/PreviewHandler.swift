import FlyingFox
import Foundation

/// Answers every request of the preview server: `/_qunfang/version` from the shared state,
/// anything else from the site folder, with the reload script (and the diagnostics banner)
/// added to HTML responses only. Every response says `no-store`: a preview is never cached.
/// A request whose `Host` does not name this preview is refused first (`isPreviewHost`).
public struct PreviewHandler: HTTPHandler {
    public let folder: SiteFolder
    public let state: PreviewState
    /// The port the browser reaches the preview on, which `Host` must name.
    public let port: UInt16

    public init(folder: SiteFolder, state: PreviewState, port: UInt16) {
        self.folder = folder
        self.state = state
        self.port = port
    }

    /// Whether a request's `Host` names this preview: `127.0.0.1`, `localhost` or `[::1]` with
    /// `port`. Anything else is refused, missing `Host` included: against DNS rebinding, where a
    /// web page on `evil.example` gets its name pointed at 127.0.0.1 and then reads the preview
    /// as its own origin, its requests carrying `Host: evil.example:8000`. Without a port, a
    /// Host names the scheme's default port (RFC 9110 7.2), so it matches only when the preview
    /// is on port 80; browsers leave `:80` out there.
    public static func isPreviewHost(_ host: String?, port: UInt16) -> Bool {
        guard let host = host?.lowercased() else { return false }
        return ["127.0.0.1", "localhost", "[::1]"].contains { name in
            host == "\(name):\(port)" || (port == 80 && host == name)
        }
    }

    public func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        let head = request.method == .HEAD
        guard Self.isPreviewHost(request.headers[.host], port: port) else {
            return Self.text(.forbidden, "拒绝访问：请求中的主机名（Host）不是本机预览地址，这样的请求可能来自另一个网站"
                             + "（DNS 重绑定）。请用 http://127.0.0.1:\(port)/ 打开预览。\n", head: head)
        }
        guard request.method == .GET || head else {
            return Self.text(.methodNotAllowed, "只支持 GET 和 HEAD。\n", head: head, extra: [HTTPHeader("Allow"): "GET, HEAD"])
        }
        let rawPath = request.target.path()
        let status = await state.status
        if rawPath == LiveReload.versionPath {
            return Self.response(.ok, type: ContentType.forPath("x.json"), Data(status.json.utf8), head: head)
        }
        switch folder.resolve(rawPath: rawPath) {
        case .refused:
            return Self.text(.forbidden, "拒绝访问：路径不能超出网站文件夹。\n", head: head)
        case .redirect(let location):
            return Self.text(.found, "请访问 \(location)\n", head: head, extra: [.location: location])
        case .notFound:
            let page = "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>页面不存在</title></head>"
                + "<body><h1>页面不存在</h1><p>\(LiveReload.escaped(rawPath.removingPercentEncoding ?? rawPath))</p>"
                + "<p><a href=\"/\">回到首页</a></p></body></html>\n"
            return Self.response(.notFound, type: ContentType.html,
                                 Data(LiveReload.inject(into: page, status: status).utf8), head: head)
        case .file(let path):
            guard let data = FileManager.default.contents(atPath: path) else {
                return Self.text(.notFound, "无法读取文件。\n", head: head)
            }
            let type = ContentType.forPath(path)
            guard ContentType.isHTML(type) else {
                return Self.response(.ok, type: type, data, head: head)
            }
            let html = String(decoding: data, as: UTF8.self)
            return Self.response(.ok, type: type, Data(LiveReload.inject(into: html, status: status).utf8),
                                 head: head)
        }
    }

    static func text(_ code: HTTPStatusCode, _ body: String, head: Bool, extra: [HTTPHeader: String] = [:]) -> HTTPResponse {
        var response = response(code, type: "text/plain; charset=utf-8", Data(body.utf8), head: head)
        for (name, value) in extra { response.headers[name] = value }
        return response
    }

    static func response(_ code: HTTPStatusCode, type: String, _ body: Data, head: Bool) -> HTTPResponse {
        var headers: HTTPHeaders = [.contentType: type, .cacheControl: "no-store"]
        if head {
            headers[.contentLength] = String(body.count)
            return HTTPResponse(statusCode: code, headers: headers)
        }
        return HTTPResponse(statusCode: code, headers: headers, body: body)
    }
}
