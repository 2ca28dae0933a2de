import Foundation
import Testing
@testable import Preview

/// The gate's reading of request heads, without sockets.
struct RequestGateTests {
    let limits = RequestLimits()

    func heads(_ text: String) throws(GateRefusal) -> [RequestHead] {
        var reader = HeadReader(limits: limits)
        reader.append(Array(text.utf8))
        var heads: [RequestHead] = []
        while let head = try reader.nextHead() { heads.append(head) }
        return heads
    }

    func refusal(_ text: String) -> GateRefusal? {
        do { _ = try heads(text); return nil } catch { return error }
    }

    @Test func passesOnOnlyTheRequestLineAndHost() throws {
        let head = try heads("GET /2017/?a=1 HTTP/1.1\r\nhost: 127.0.0.1:8000 \r\nCookie: x=1\r\nUser-Agent: t\r\n\r\n")
        #expect(head == [RequestHead(forwarded: Data("GET /2017/?a=1 HTTP/1.1\r\nHost: 127.0.0.1:8000\r\n\r\n".utf8),
                                     keepAlive: true)])
        // Without Host nothing is invented: the handler refuses the request.
        #expect(try heads("GET / HTTP/1.1\n\n").first?.forwarded == Data("GET / HTTP/1.1\r\n\r\n".utf8))
    }

    @Test func keepAliveOnlyForHTTP11WithoutClose() throws {
        #expect(try heads("GET / HTTP/1.1\r\nConnection: keep-alive, Close\r\n\r\n").first?.keepAlive == false)
        #expect(try heads("GET / HTTP/1.0\r\n\r\n").first?.keepAlive == false)
        #expect(try heads("GET / HTTP/1.1\r\nContent-Length: 0\r\n\r\n").first?.keepAlive == true)
    }

    @Test func pipelinedHeadsComeOneByOneAndAPartialOneWaits() throws {
        var reader = HeadReader(limits: limits)
        reader.append(Array("GET /a HTTP/1.1\r\n\r\nGET /b HTTP/1.1\r\n\r\nGET /c HT".utf8))
        #expect(try reader.nextHead()?.forwarded == Data("GET /a HTTP/1.1\r\n\r\n".utf8))
        #expect(try reader.nextHead()?.forwarded == Data("GET /b HTTP/1.1\r\n\r\n".utf8))
        #expect(try reader.nextHead() == nil)
        reader.append(Array("TP/1.1\r\n\r".utf8))
        #expect(try reader.nextHead() == nil)
        reader.append(Array("\n".utf8))
        #expect(try reader.nextHead()?.forwarded == Data("GET /c HTTP/1.1\r\n\r\n".utf8))
    }

    @Test func limitsAreEnforcedAsSoonAsTheyAreExceeded() {
        let line = String(repeating: "a", count: 2048 - "GET / HTTP/1.1".utf8.count)
        #expect(refusal("GET /\(line) HTTP/1.1\r\n\r\n") == nil)
        #expect(refusal("GET /\(line)a HTTP/1.1\r\n\r\n") == .requestLineTooLong(2048))
        // Refused before the line has ended: no need to read the rest.
        #expect(refusal("GET /" + String(repeating: "a", count: 3000)) == .requestLineTooLong(2048))
        #expect(refusal("GET / HTTP/1.1\r\nHost: " + String(repeating: "h", count: 2048) + "\r\n\r\n") == .hostTooLong(2048))
        let filler = "X: " + String(repeating: "b", count: 1000) + "\r\n"
        #expect(refusal("GET / HTTP/1.1\r\n" + String(repeating: filler, count: 31) + "\r\n") == nil)
        #expect(refusal("GET / HTTP/1.1\r\n" + String(repeating: filler, count: 33) + "\r\n") == .headTooLarge(32768))
        #expect(refusal("GET / HTTP/1.1\r\n" + String(repeating: filler, count: 33)) == .headTooLarge(32768))
    }

    @Test(arguments: [
        "\r\n\r\n", "GET /\r\n\r\n", "GET / HTTP/1.1 x\r\n\r\n", "GET / FTP\r\n\r\n",
        "GET / HTTP/1.1\r\nno colon\r\n\r\n", "GET / HTTP/1.1\r\n folded: x\r\n\r\n",
        "GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", "GET / HTTP/1.1\r\nContent-Length: -1\r\n\r\n",
    ])
    func malformedHeadsAreRefused(text: String) {
        #expect(refusal(text) == .malformed)
    }

    @Test func bodiesAreRefused() {
        #expect(refusal("POST / HTTP/1.1\r\nContent-Length: 3\r\n\r\nabc") == .hasBody)
        #expect(refusal("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n") == .hasBody)
    }

    @Test func refusalsAreCompleteAnswersThatClose() {
        let text = String(decoding: GateRefusal.tooSlow(.milliseconds(500)).response, as: UTF8.self)
        #expect(text.hasPrefix("HTTP/1.1 408 Request Timeout\r\nContent-Type: text/plain; charset=utf-8\r\n"))
        #expect(text.contains("Connection: close\r\n\r\n请求头没有在 0.5 秒内收完，连接已关闭。\n"))
        let body = GateRefusal.tooSlow(.seconds(10)).message
        #expect(text.contains("Content-Length: \(GateRefusal.tooSlow(.milliseconds(500)).message.utf8.count)\r\n"))
        #expect(body == "请求头没有在 10 秒内收完，连接已关闭。\n")
    }
}
