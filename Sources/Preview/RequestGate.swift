import FlyingSocks
import Foundation

/// What one request may cost the preview server (docs/serve.md, “请求的代价有上限”).
///
/// FlyingFox 0.27 reads a request head without any limit or read timeout, and splits it into
/// lines in time quadratic in each line's length (measured in a debug build: a 4 KB line 0.9 s,
/// 16 KB 11 s, 32 KB 49 s), so one long line kept a cooperative thread busy for minutes and two
/// starved every other request. It offers no hook for this (`HTTPServer.Configuration` has only
/// the handler timeout and body buffer sizes), so `RequestGate` reads each head first, within
/// these limits, and hands FlyingFox only lines short enough to parse at once.
public struct RequestLimits: Sendable, Equatable {
    /// Longest line FlyingFox is given: the request line (longer gets 414) and the `Host` line
    /// (longer gets 431). In a debug build FlyingFox needs about 0.2 s for a line this long.
    public var line: Int
    /// Longest request head, request line and every header line with their line ends (longer
    /// gets 431). Only the gate reads the header lines besides `Host`, in linear time.
    public var head: Int
    /// How long a request head may take to arrive, counted from when the gate starts waiting for
    /// it (so an idle keep-alive connection counts too): a partial head then gets 408, an idle
    /// connection is closed without an answer.
    public var headTimeout: Duration

    public init(line: Int = 2048, head: Int = 32 * 1024, headTimeout: Duration = .seconds(10)) {
        self.line = line
        self.head = head
        self.headTimeout = headTimeout
    }
}

/// Why the gate answers a request itself instead of passing it on.
enum GateRefusal: Error, Equatable {
    case malformed
    case requestLineTooLong(Int)
    case headTooLarge(Int)
    case hostTooLong(Int)
    case hasBody
    case tooSlow(Duration)

    var status: (code: Int, phrase: String) {
        switch self {
        case .malformed: (400, "Bad Request")
        case .requestLineTooLong: (414, "URI Too Long")
        case .headTooLarge, .hostTooLong: (431, "Request Header Fields Too Large")
        case .hasBody: (413, "Content Too Large")
        case .tooSlow: (408, "Request Timeout")
        }
    }

    var message: String {
        switch self {
        case .malformed:
            "请求格式不正确。\n"
        case .requestLineTooLong(let limit):
            "请求的网址太长：请求行不能超过 \(limit) 字节。\n"
        case .headTooLarge(let limit):
            "请求头太大：不能超过 \(limit) 字节。如果是浏览器发出的，可能是 127.0.0.1 或 localhost 上的 Cookie 太多，清除后再试。\n"
        case .hostTooLong(let limit):
            "请求头中的 Host 太长：不能超过 \(limit) 字节。\n"
        case .hasBody:
            "预览服务器不接受带正文的请求（只支持 GET 和 HEAD）。\n"
        case .tooSlow(let limit):
            "请求头没有在 \(Self.seconds(limit)) 秒内收完，连接已关闭。\n"
        }
    }

    static func seconds(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        return String(format: "%g", Double(seconds) + Double(attoseconds) / 1e18)
    }

    /// The whole answer; the gate closes the connection after it.
    var response: Data {
        let body = Data(message.utf8)
        let head = "HTTP/1.1 \(status.code) \(status.phrase)\r\nContent-Type: text/plain; charset=utf-8\r\n"
            + "Content-Length: \(body.count)\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n"
        return Data(head.utf8) + body
    }
}

/// One request head as the gate read it.
struct RequestHead: Equatable {
    /// What FlyingFox gets: the request line and `Host`, nothing else. The preview's handler reads
    /// only the method, the path and `Host` (`PreviewHandler`); dropping the other lines (cookies
    /// above all, which 127.0.0.1 shares with every other local server) keeps FlyingFox's
    /// quadratic line splitting to at most two short lines. A handler that starts reading
    /// another header must have it forwarded here.
    var forwarded: Data
    /// Whether the client may send another request on this connection (HTTP/1.1 without
    /// `Connection: close`).
    var keepAlive: Bool

    static let lineFeed = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")

    /// Parses a complete head (up to and including its blank line).
    static func parse(_ bytes: ArraySlice<UInt8>, limits: RequestLimits) throws(GateRefusal) -> RequestHead {
        var lines = bytes.split(separator: lineFeed, omittingEmptySubsequences: false).map { line in
            line.last == carriageReturn ? line.dropLast() : line
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        guard let first = lines.first else { throw .malformed }
        guard first.count <= limits.line else { throw .requestLineTooLong(limits.line) }
        guard let requestLine = String(bytes: first, encoding: .utf8) else { throw .malformed }
        let parts = requestLine.split(separator: " ", omittingEmptySubsequences: true)
        guard parts.count == 3, parts[2].hasPrefix("HTTP/") else { throw .malformed }

        var host: String?
        var closes = false
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: UInt8(ascii: ":")),
                  let name = String(bytes: line[..<colon], encoding: .utf8),
                  !name.isEmpty, !name.contains(where: \.isWhitespace) else { throw .malformed }
            // Latin-1 and other non-UTF-8 bytes are legal in a value; only `Host` must be text.
            let value = line[line.index(after: colon)...]
            switch name.lowercased() {
            case "host":
                guard line.count <= limits.line else { throw .hostTooLong(limits.line) }
                // RFC 9110 7.2: more than one Host is a bad request.
                guard host == nil, let text = String(bytes: value, encoding: .utf8) else { throw .malformed }
                host = text.trimmingCharacters(in: .whitespaces)
            case "connection":
                closes = closes || String(decoding: value, as: UTF8.self).lowercased()
                    .split(separator: ",").contains { $0.trimmingCharacters(in: .whitespaces) == "close" }
            case "content-length":
                // No body is ever passed on, so a request announcing one cannot be answered.
                guard let length = Int(String(decoding: value, as: UTF8.self).trimmingCharacters(in: .whitespaces)),
                      length >= 0 else { throw .malformed }
                if length > 0 { throw .hasBody }
            case "transfer-encoding":
                throw .hasBody
            default:
                continue
            }
        }
        var forwarded = requestLine + "\r\n"
        if let host { forwarded += "Host: \(host)\r\n" }
        forwarded += "\r\n"
        return RequestHead(forwarded: Data(forwarded.utf8), keepAlive: parts[2] == "HTTP/1.1" && !closes)
    }
}

/// The bytes received on one connection, and where the next request head ends. Scans each byte
/// once, so a head costs time linear in its length, and refuses a head as soon as it is over the
/// limits, without waiting for the rest.
struct HeadReader {
    let limits: RequestLimits
    private(set) var buffer: [UInt8] = []
    /// Bytes of `buffer` already scanned for the blank line, and where the current line starts.
    private var scanned = 0
    private var lineStart = 0
    private var requestLineEnded = false

    init(limits: RequestLimits) { self.limits = limits }

    mutating func append(_ bytes: [UInt8]) { buffer += bytes }

    /// The next complete head, taken out of the buffer (bytes after it stay, a pipelined
    /// request); nil while it has not fully arrived.
    mutating func nextHead() throws(GateRefusal) -> RequestHead? {
        while scanned < buffer.count {
            let index = scanned
            scanned += 1
            guard buffer[index] == RequestHead.lineFeed else { continue }
            var length = index - lineStart
            if length > 0 && buffer[index - 1] == RequestHead.carriageReturn { length -= 1 }
            if !requestLineEnded {
                requestLineEnded = true
                if length > limits.line { throw .requestLineTooLong(limits.line) }
            }
            lineStart = scanned
            if length == 0 {
                guard scanned <= limits.head else { throw .headTooLarge(limits.head) }
                let head = try RequestHead.parse(buffer[..<scanned], limits: limits)
                buffer.removeFirst(scanned)
                (scanned, lineStart, requestLineEnded) = (0, 0, false)
                return head
            }
        }
        // Over a limit before the end has arrived: refuse now rather than read on.
        if !requestLineEnded && buffer.count > limits.line + 2 { throw .requestLineTooLong(limits.line) }
        if buffer.count > limits.head { throw .headTooLarge(limits.head) }
        return nil
    }
}

/// The front of the preview server: accepts the browser's connections on 127.0.0.1, reads each
/// request head within `RequestLimits`, answers what is over them itself (400, 408, 413, 414,
/// 431) and passes the rest, reduced to the request line and `Host`, to FlyingFox listening on
/// a Unix socket in a private folder (unreachable from a web page, so nothing bypasses the
/// gate). Each request gets its own FlyingFox connection, half-closed after the head so
/// FlyingFox answers exactly that request; the answer is copied back as it comes.
struct RequestGate: Sendable {
    let limits: RequestLimits
    let backend: sockaddr_un
    let pool: any AsyncSocketPool

    /// Accepts connections on `listener` until the task is cancelled.
    func run(listener: Socket) async throws {
        try await pool.prepare()
        let listening = try AsyncSocket(socket: listener, pool: pool)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await pool.run() }
            group.addTask {
                await withDiscardingTaskGroup { connections in
                    while !Task.isCancelled {
                        do {
                            let client = try await listening.accept()
                            connections.addTask { await serve(client) }
                        } catch is CancellationError {
                            break
                        } catch {
                            // EMFILE and the like: wait for connections to close instead of spinning.
                            try? await Task.sleep(for: .milliseconds(50))
                        }
                    }
                    connections.cancelAll()
                }
            }
            try await group.next()
            group.cancelAll()
        }
    }

    /// One browser connection: request after request while it keeps the connection alive.
    func serve(_ client: AsyncSocket) async {
        defer { try? client.close() }
        var reader = HeadReader(limits: limits)
        while !Task.isCancelled {
            let head: RequestHead
            do {
                guard let next = try await nextHead(&reader, from: client) else { return }
                head = next
            } catch let refusal as GateRefusal {
                await refuse(client, refusal)
                return
            } catch {
                return
            }
            guard (try? await pass(head, answeringOn: client)) == true, head.keepAlive else { return }
        }
    }

    /// The next request head, or nil when the client closed the connection or left it idle
    /// past `limits.headTimeout`.
    func nextHead(_ reader: inout HeadReader, from client: AsyncSocket) async throws -> RequestHead? {
        let deadline = ContinuousClock.now + limits.headTimeout
        while true {
            if let head = try reader.nextHead() { return head }
            guard let bytes = try await Self.read(client, until: deadline) else {
                if reader.buffer.isEmpty { return nil }
                throw GateRefusal.tooSlow(limits.headTimeout)
            }
            reader.append(bytes)
        }
    }

    /// Sends `head` to FlyingFox on a connection of its own and copies the answer to the client;
    /// false when FlyingFox closed without answering.
    func pass(_ head: RequestHead, answeringOn client: AsyncSocket) async throws -> Bool {
        let backend = try await AsyncSocket.connected(to: backend, pool: pool)
        defer { try? backend.close() }
        try await backend.write(head.forwarded)
        // FlyingFox answers this request, then finds the connection's end instead of waiting for
        // another one, and closes: the end of its answer is the end of the stream.
        _ = shutdown(backend.socket.file.rawValue, Int32(SHUT_WR))
        var answered = false
        while true {
            let chunk: [UInt8]
            do { chunk = try await backend.read(atMost: 4096) } catch SocketError.disconnected { break }
            try await client.write(Data(chunk))
            answered = true
        }
        return answered
    }

    /// Answers `refusal` and closes. Reads (and drops) what the client is still sending for a
    /// moment first: closing with unread bytes would reset the connection and the client might
    /// lose the answer.
    func refuse(_ client: AsyncSocket, _ refusal: GateRefusal) async {
        guard (try? await client.write(refusal.response)) != nil else { return }
        _ = shutdown(client.socket.file.rawValue, Int32(SHUT_WR))
        let deadline = ContinuousClock.now + .seconds(1)
        var drained = 0
        while drained < 1 << 20, let bytes = try? await Self.read(client, until: deadline) {
            drained += bytes.count
        }
    }

    /// Up to 4 KB from `socket`, or nil when `deadline` passes first. Throws
    /// `SocketError.disconnected` at the end of the stream.
    static func read(_ socket: AsyncSocket, until deadline: ContinuousClock.Instant) async throws -> [UInt8]? {
        try await withThrowingTaskGroup(of: [UInt8]?.self) { group in
            group.addTask { try await socket.read(atMost: 4096) }
            group.addTask {
                try? await Task.sleep(until: deadline, clock: .continuous)
                return nil
            }
            defer { group.cancelAll() }
            return try await group.next() ?? nil
        }
    }
}
