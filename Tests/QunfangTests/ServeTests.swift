import Foundation
import Testing
import TestSupport

/// The real `qunfang serve` on an ephemeral port of 127.0.0.1: the command wires the gate, the
/// Host check and the cleaned redirects together (docs/serve.md).
@Suite struct ServeTests {
    @Test func servesThePreviewAndRefusesWhatDocsServeSaysItRefuses() throws {
        let sites = try #require(SampleSites.shared)
        let folder = TemporaryFolder("process").path
        let child = try ChildProcess(Harness.qunfang, ["serve", "--port", "0", "--content", sites.contentA,
                                                        "--output", "out/site", "--themes", Harness.themes], in: folder)
        defer { if child.process.isRunning { child.kill() } }
        let port = try #require(Self.waitForPort(child), "\(child.stdout)\n\(child.stderr)")
        let host = "Host: 127.0.0.1:\(port)\r\nConnection: close\r\n"

        let home = try #require(Self.exchange("GET / HTTP/1.1\r\n\(host)\r\n", port: port))
        #expect(home.hasPrefix("HTTP/1.1 200 "))
        #expect(home.contains("qunfang-serve-reload"))
        // A year folder of the built site, asked for with a doubled slash and no trailing one.
        let year = try #require(sites.siteA.keys.compactMap { path -> String? in
            let parts = path.split(separator: "/")
            return parts.count == 2 && parts[1] == "index.html" && parts[0].allSatisfy(\.isNumber) ? String(parts[0]) : nil
        }.first)
        let redirect = try #require(Self.exchange("GET //\(year) HTTP/1.1\r\n\(host)\r\n", port: port))
        #expect(redirect.hasPrefix("HTTP/1.1 302 "))
        #expect(redirect.contains("\r\nLocation: /\(year)/\r\n"))
        let rebound = try #require(Self.exchange(
            "GET /_qunfang/version HTTP/1.1\r\nHost: evil.example:\(port)\r\nConnection: close\r\n\r\n", port: port))
        #expect(rebound.hasPrefix("HTTP/1.1 403 "))
        #expect(!rebound.contains("\"version\""))
        let long = try #require(Self.exchange(
            "GET /" + String(repeating: "a", count: 16 * 1024) + " HTTP/1.1\r\n\(host)\r\n", port: port))
        #expect(long.hasPrefix("HTTP/1.1 414 "))

        kill(child.process.processIdentifier, SIGTERM)
        #expect(child.finish() == 0, "\(child.stderr)")
        #expect(child.stdout.contains("预览已停止"))
    }

    /// The port in `预览地址：http://127.0.0.1:PORT/`, once the first build is done (at most 120 s).
    static func waitForPort(_ child: ChildProcess) -> UInt16? {
        let prefix = "预览地址：http://127.0.0.1:"
        let deadline = Date().addingTimeInterval(120)
        while Date() < deadline && child.process.isRunning {
            if let range = child.stdout.range(of: prefix) {
                let digits = child.stdout[range.upperBound...].prefix { $0.isNumber }
                if child.stdout[range.upperBound...].dropFirst(digits.count).hasPrefix("/") { return UInt16(digits) }
            }
            usleep(20_000)
        }
        return nil
    }

    /// Sends `request` to 127.0.0.1:`port` on a blocking socket and reads until the server
    /// closes; nil when connecting fails or nothing arrives within 5 s.
    static func exchange(_ request: String, port: UInt16) -> String? {
        #if canImport(Glibc)
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let fd = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        // A write to a connection the server closed must fail, not kill the test run with SIGPIPE.
        #if canImport(Glibc)
        let sendFlags = Int32(MSG_NOSIGNAL)
        #else
        let sendFlags: Int32 = 0
        var one: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_NOSIGPIPE, &one, socklen_t(MemoryLayout<Int32>.size))
        #endif
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else { return nil }
        let bytes = Array(request.utf8)
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes { send(fd, $0.baseAddress, $0.count, sendFlags) }
            guard count > 0 else { return nil }
            sent += count
        }
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = recv(fd, &buffer, buffer.count, 0)
            guard count > 0 else { break }
            received += buffer[..<count]
        }
        return received.isEmpty ? nil : String(decoding: received, as: UTF8.self)
    }
}
