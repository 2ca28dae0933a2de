import FlyingFox
import FlyingSocks
import Foundation
import Testing
@testable import Preview

/// Through a real socket on an ephemeral port of 127.0.0.1.
struct PreviewServerTests {
    func fetch(_ rawPath: String, port: UInt16) async throws -> (HTTPResponse, String) {
        var client = HTTPClient()
        let request = HTTPRequest(method: .GET, version: .http11, target: .init(path: rawPath, query: ""),
                                  headers: [.host: "127.0.0.1", .connection: "close"], body: HTTPBodySequence(data: Data()))
        let response = try await client.sendHTTPRequest(request, to: try sockaddr_in.inet(ip4: "127.0.0.1", port: port))
        return (response, String(decoding: try await response.bodyData, as: UTF8.self))
    }

    @Test func servesTheSiteAndRefusesTraversalOverHTTP() async throws {
        let site = try await ServedSite()
        defer { site.folder.remove() }
        let server = try await PreviewServer(port: 0, handler: site.handler)
        let port = await server.port
        #expect(port != 0)
        #expect(await server.url == "http://127.0.0.1:\(port)/")

        let (home, body) = try await fetch("/", port: port)
        #expect(home.statusCode == .ok)
        #expect(body.contains("首页 v1") && body.contains("qunfang-serve-reload"))
        let (css, _) = try await fetch("/assets/site.css", port: port)
        #expect(css.headers[.contentType] == "text/css; charset=utf-8")
        for path in ["/../Package.swift", "/%2e%2e/Package.swift"] {
            let (refused, text) = try await fetch(path, port: port)
            #expect(refused.statusCode != .ok)
            #expect(!text.contains("outside the site"))
        }
        await server.stop()
    }

    @Test func portInUseIsAClearError() async throws {
        let site = try await ServedSite()
        defer { site.folder.remove() }
        let first = try await PreviewServer(port: 0, handler: site.handler)
        let port = await first.port
        await #expect(throws: PreviewServer.StartError.portInUse(port)) {
            _ = try await PreviewServer(port: port, handler: site.handler)
        }
        #expect(PreviewServer.StartError.portInUse(port).description.contains("端口 \(port) 已被占用"))
        await first.stop()
    }
}
