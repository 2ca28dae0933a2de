import FlyingFox
import Foundation

/// Answers every request of the preview server: `/_qunfang/version` from the shared state,
/// anything else from the site folder, with the reload script (and the diagnostics banner)
/// added to HTML responses only. Every response says `no-store`: a preview is never cached.
public struct PreviewHandler: HTTPHandler {
    public let folder: SiteFolder
    public let state: PreviewState

    public init(folder: SiteFolder, state: PreviewState) {
        self.folder = folder
        self.state = state
    }

    public func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        guard request.method == .GET || request.method == .HEAD else {
            return Self.text(.methodNotAllowed, "只支持 GET 和 HEAD。\n", extra: [HTTPHeader("Allow"): "GET, HEAD"])
        }
        let rawPath = request.target.path()
        let status = await state.status
        if rawPath == LiveReload.versionPath {
            return Self.response(.ok, type: ContentType.forPath("x.json"), Data(status.json.utf8), head: request.method == .HEAD)
        }
        switch folder.resolve(rawPath: rawPath) {
        case .refused:
            return Self.text(.forbidden, "拒绝访问：路径不能超出网站文件夹。\n")
        case .redirect(let location):
            return Self.text(.found, "请访问 \(location)\n", extra: [.location: location])
        case .notFound:
            let page = "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>页面不存在</title></head>"
                + "<body><h1>页面不存在</h1><p>\(LiveReload.escaped(rawPath.removingPercentEncoding ?? rawPath))</p>"
                + "<p><a href=\"/\">回到首页</a></p></body></html>\n"
            return Self.response(.notFound, type: ContentType.html,
                                 Data(LiveReload.inject(into: page, status: status).utf8), head: request.method == .HEAD)
        case .file(let path):
            guard let data = FileManager.default.contents(atPath: path) else {
                return Self.text(.notFound, "无法读取文件。\n")
            }
            let type = ContentType.forPath(path)
            guard ContentType.isHTML(type) else {
                return Self.response(.ok, type: type, data, head: request.method == .HEAD)
            }
            let html = String(decoding: data, as: UTF8.self)
            return Self.response(.ok, type: type, Data(LiveReload.inject(into: html, status: status).utf8),
                                 head: request.method == .HEAD)
        }
    }

    static func text(_ code: HTTPStatusCode, _ body: String, extra: [HTTPHeader: String] = [:]) -> HTTPResponse {
        var response = response(code, type: "text/plain; charset=utf-8", Data(body.utf8), head: false)
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
