import FlyingFox
import FlyingSocks
import Foundation
import Testing
@testable import Preview

/// What came back on a raw connection: everything until the server closed it, or a time-out.
struct Exchange {
    var bytes: [UInt8]
    var timedOut: Bool

    var text: String { String(decoding: bytes, as: UTF8.self) }
    /// The status code of the first answer, if one came.
    var status: Int? {
        guard text.hasPrefix("HTTP/1.1 ") else { return nil }
        return Int(text.dropFirst(9).prefix(3))
    }
    /// How many answers came (keep-alive, pipelining).
    var answers: Int { text.components(separatedBy: "HTTP/1.1 ").count - 1 }
}

/// Through a real socket on an ephemeral port of 127.0.0.1.
struct PreviewServerTests {
    func fetch(_ rawPath: String, port: UInt16) async throws -> (HTTPResponse, String) {
        var client = HTTPClient()
        let request = HTTPRequest(method: .GET, version: .http11, target: .init(path: rawPath, query: ""),
                                  headers: [.host: "127.0.0.1:\(port)", .connection: "close"],
                                  body: HTTPBodySequence(data: Data()))
        let response = try await client.sendHTTPRequest(request, to: try sockaddr_in.inet(ip4: "127.0.0.1", port: port))
        return (response, String(decoding: try await response.bodyData, as: UTF8.self))
    }

    /// Sends `request` as is on a new connection to 127.0.0.1:`port` and reads until the server
    /// closes the connection, for at most `limit`.
    static func exchange(_ request: String, port: UInt16, limit: Duration = .seconds(30)) async throws -> Exchange {
        let socket = try await AsyncSocket.connected(to: try sockaddr_in.inet(ip4: "127.0.0.1", port: port))
        defer { try? socket.close() }
        try await socket.write(Data(request.utf8))
        let received = await withTaskGroup(of: [UInt8]?.self) { group in
            group.addTask {
                var bytes: [UInt8] = []
                // Ends at the end of the stream (or a reset): the server closed the connection.
                while let chunk = try? await socket.read(atMost: 4096) { bytes += chunk }
                return Task.isCancelled ? nil : bytes
            }
            group.addTask {
                try? await Task.sleep(for: limit)
                return nil
            }
            defer { group.cancelAll() }
            return await group.next() ?? nil
        }
        return Exchange(bytes: received ?? [], timedOut: received == nil)
    }

    @Test func servesTheSiteAndRefusesTraversalOverHTTP() async throws {
        let site = try await ServedSite()
        defer { site.folder.remove() }
        let server = try await PreviewServer(port: 0, folder: site.site, state: site.state)
        let port = server.port
        #expect(port != 0)
        #expect(server.url == "http://127.0.0.1:\(port)/")

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
        // Raw: HTTPClient would rewrite `//2017` itself.
        let redirect = try await Self.exchange("GET //2017 HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n\r\n",
                                               port: port)
        #expect(redirect.status == 302)
        #expect(redirect.text.contains("\r\nLocation: /2017/\r\n"))
        await server.stop()
    }

    /// The Host check over a real connection: the gate passes Host on unchanged.
    @Test func otherHostsAreRefusedOverHTTP() async throws {
        let site = try await ServedSite()
        defer { site.folder.remove() }
        let server = try await PreviewServer(port: 0, folder: site.site, state: site.state)
        let port = server.port
        for (host, status) in [("Host: localhost:\(port)\r\n", 200), ("Host: evil.example:\(port)\r\n", 403),
                               ("Host: 127.0.0.1.evil.com:\(port)\r\n", 403), ("Host: 127.0.0.1:\(port &+ 1)\r\n", 403),
                               ("", 403)] {
            let exchange = try await Self.exchange("GET \(LiveReload.versionPath) HTTP/1.1\r\n\(host)Connection: close\r\n\r\n",
                                                   port: port)
            #expect(exchange.status == status, "\(host)")
            #expect(exchange.text.contains(#""version":"#) == (status == 200))
            #expect(exchange.text.contains("拒绝访问：请求中的主机名（Host）不是本机预览地址") == (status == 403))
        }
        await server.stop()
    }

    @Test func portInUseIsAClearError() async throws {
        let site = try await ServedSite()
        defer { site.folder.remove() }
        let first = try await PreviewServer(port: 0, folder: site.site, state: site.state)
        let port = first.port
        await #expect(throws: PreviewServer.StartError.portInUse(port)) {
            _ = try await PreviewServer(port: port, folder: site.site, state: site.state)
        }
        #expect(PreviewServer.StartError.portInUse(port).description.contains("端口 \(port) 已被占用"))
        await first.stop()
    }

    @Test func keepAliveAndPipelinedRequestsAreAnsweredInOrder() async throws {
        let site = try await ServedSite()
        defer { site.folder.remove() }
        let server = try await PreviewServer(port: 0, folder: site.site, state: site.state)
        let host = "Host: 127.0.0.1:\(server.port)\r\n"
        let exchange = try await Self.exchange(
            "GET /assets/site.css HTTP/1.1\r\n\(host)\r\nGET /2017/results.json HTTP/1.1\r\n\(host)Connection: close\r\n\r\n",
            port: server.port)
        #expect(!exchange.timedOut)
        #expect(exchange.answers == 2)
        #expect(exchange.text.contains("body { color: black; }"))
        #expect(exchange.text.hasSuffix("{\"year\":2017}"))
        await server.stop()
    }
}

/// What one request may cost (docs/serve.md, “请求的代价有上限”). FlyingFox alone parses a
/// 16 KB request line for about 11 s in a debug build and reads a head with no time limit. These
/// tests assert what the gate answers (its status and message, which FlyingFox never sends), not
/// how fast: a timed assertion fails on a loaded machine. That the gate passes on only the
/// request line and `Host`, which is what keeps a request cheap, is `RequestGateTests`'. Each
/// exchange gives up after 30 s, so a head the gate failed to refuse ends the test instead of
/// hanging it.
struct RequestCostTests {
    /// Two oversized requests at once (FlyingFox alone: one cooperative thread each, which on a
    /// 2-core machine is all of them) and a normal request right after.
    @Test func oversizedRequestsAreRefusedAtOnceAndOthersAreStillServed() async throws {
        let site = try await ServedSite()
        defer { site.folder.remove() }
        let server = try await PreviewServer(port: 0, folder: site.site, state: site.state)
        let port = server.port
        let host = "Host: 127.0.0.1:\(port)\r\n"
        let longLine = "GET /" + String(repeating: "a", count: 16 * 1024) + " HTTP/1.1\r\n\(host)Connection: close\r\n\r\n"
        let manyHeaders = "GET / HTTP/1.1\r\n\(host)Connection: close\r\n"
            + (0..<9).map { "X-Filler-\($0): " + String(repeating: "b", count: 4000) + "\r\n" }.joined() + "\r\n"
        async let line = PreviewServerTests.exchange(longLine, port: port)
        async let headers = PreviewServerTests.exchange(manyHeaders, port: port)
        try await Task.sleep(for: .milliseconds(100))
        let normal = try await PreviewServerTests.exchange("GET / HTTP/1.1\r\n\(host)Connection: close\r\n\r\n",
                                                           port: port)
        let (tooLong, tooLarge) = try await (line, headers)

        #expect(!tooLong.timedOut && tooLong.status == 414)
        #expect(tooLong.text.contains("请求的网址太长：请求行不能超过 2048 字节"))
        #expect(!tooLarge.timedOut && tooLarge.status == 431)
        #expect(tooLarge.text.contains("请求头太大：不能超过 32768 字节"))
        #expect(!normal.timedOut && normal.status == 200)
        #expect(normal.text.contains("首页 v1"))
        await server.stop()
    }

    /// A head under the limit with a long line the handler does not read (a big Cookie, which
    /// 127.0.0.1 shares with every local server) is served, not refused; the line is not passed
    /// on to FlyingFox (`RequestGateTests.passesOnOnlyTheRequestLineAndHost`).
    @Test func aLongCookieUnderTheLimitIsServed() async throws {
        let site = try await ServedSite()
        defer { site.folder.remove() }
        let server = try await PreviewServer(port: 0, folder: site.site, state: site.state)
        let cookie = "Cookie: session=" + String(repeating: "c", count: 16 * 1024) + "\r\n"
        let exchange = try await PreviewServerTests.exchange(
            "GET /2017/results.json HTTP/1.1\r\nHost: 127.0.0.1:\(server.port)\r\n\(cookie)Connection: close\r\n\r\n",
            port: server.port)
        #expect(!exchange.timedOut && exchange.status == 200)
        #expect(exchange.text.hasSuffix("{\"year\":2017}"))
        await server.stop()
    }

    @Test func aHeadThatDoesNotArriveInTimeIsAnswered408AndIdleConnectionsAreClosed() async throws {
        let site = try await ServedSite()
        defer { site.folder.remove() }
        let server = try await PreviewServer(port: 0, folder: site.site, state: site.state,
                                             limits: RequestLimits(headTimeout: .milliseconds(500)))
        async let partial = PreviewServerTests.exchange("GET / HTTP/1.1\r\nHost: 127.0.0.1:\(server.port)\r\n",
                                                        port: server.port)
        async let idle = PreviewServerTests.exchange("", port: server.port)
        let (slow, silent) = try await (partial, idle)
        #expect(!slow.timedOut && slow.status == 408)
        #expect(slow.text.contains("请求头没有在 0.5 秒内收完"))
        #expect(!silent.timedOut && silent.bytes.isEmpty)
        await server.stop()
    }

    @Test func requestsWithABodyAreRefused() async throws {
        let site = try await ServedSite()
        defer { site.folder.remove() }
        let server = try await PreviewServer(port: 0, folder: site.site, state: site.state)
        let host = "Host: 127.0.0.1:\(server.port)\r\n"
        for request in ["POST / HTTP/1.1\r\n\(host)Content-Length: 5\r\n\r\nhello",
                        "POST / HTTP/1.1\r\n\(host)Transfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n"] {
            let exchange = try await PreviewServerTests.exchange(request, port: server.port)
            #expect(!exchange.timedOut && exchange.status == 413)
            #expect(exchange.text.contains("预览服务器不接受带正文的请求"))
        }
        await server.stop()
    }
}
