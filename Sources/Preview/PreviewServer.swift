import FlyingFox
import FlyingSocks
import Foundation

/// The preview HTTP server, on 127.0.0.1 only (never reachable from another machine): a
/// `RequestGate` on the TCP port bounds what each request may cost, and FlyingFox behind it, on
/// a Unix socket in a private folder, answers through `PreviewHandler`.
public final class PreviewServer: Sendable {
    /// Why the server could not start, in Chinese for the terminal.
    public enum StartError: Error, Equatable, CustomStringConvertible {
        case portInUse(UInt16)
        case failed(UInt16, String)

        public var description: String {
            switch self {
            case .portInUse(let port):
                "端口 \(port) 已被占用（可能已有一个 qunfang serve 在运行）。请关闭占用它的程序，或用 --port 换一个端口，例如 --port \(port == 65535 ? 8001 : port + 1)。"
            case .failed(let port, let reason):
                "无法在 127.0.0.1:\(port) 上启动预览服务器：\(reason)"
            }
        }
    }

    /// The port actually bound (differs from the requested one when that was 0).
    public let port: UInt16
    let server: HTTPServer
    private let listener: Socket
    private let backendFolder: String
    private let serverTask: Task<Void, Never>
    private let gateTask: Task<Void, Never>

    /// Binds 127.0.0.1:`port` (0 picks a free port) and starts serving `folder`; throws
    /// `StartError` when the port cannot be bound.
    public init(port requested: UInt16, folder: SiteFolder, state: PreviewState,
                limits: RequestLimits = RequestLimits()) async throws {
        let listener: Socket
        do {
            listener = try Socket(domain: AF_INET)
            try listener.setValue(true, for: .localAddressReuse)
            try listener.bind(to: sockaddr_in.inet(ip4: "127.0.0.1", port: requested))
            try listener.listen()
        } catch let SocketError.failed(_, code, _) where code == EADDRINUSE {
            throw StartError.portInUse(requested)
        } catch {
            throw StartError.failed(requested, String(describing: error))
        }
        guard case let .ip4(_, bound)? = try? listener.sockname(),
              let backendFolder = Self.makePrivateFolder() else {
            try? listener.close()
            throw StartError.failed(requested, "无法准备内部通信用的文件夹")
        }
        let backend = sockaddr_un.unix(path: backendFolder + "/http.sock")
        let handler = PreviewHandler(folder: folder, state: state, port: bound)
        let server = HTTPServer(address: backend, timeout: 15, logger: .disabled, handler: handler)
        let failure = FailureBox()
        let serverTask = Task {
            do { try await server.run() } catch { await failure.set(error) }
        }
        // FlyingFox either listens or fails; the limit only guards against a hang. It is long
        // because on a busy machine (or under `swift test`, where CPU-bound tests share the
        // cooperative threads) the server's first steps can wait their turn for many seconds.
        let deadline = ContinuousClock.now + .seconds(180)
        var listening = false
        while !listening && ContinuousClock.now < deadline {
            listening = await server.isListening
            if listening { break }
            if let error = await failure.error {
                try? listener.close()
                try? FileManager.default.removeItem(atPath: backendFolder)
                throw StartError.failed(requested, String(describing: error))
            }
            try await Task.sleep(for: .milliseconds(5))
        }
        guard listening else {
            serverTask.cancel()
            try? listener.close()
            try? FileManager.default.removeItem(atPath: backendFolder)
            throw StartError.failed(requested, "等待超时")
        }
        let gate = RequestGate(limits: limits, backend: backend, pool: HTTPServer.defaultPool())
        self.port = bound
        self.server = server
        self.listener = listener
        self.backendFolder = backendFolder
        self.serverTask = serverTask
        self.gateTask = Task { try? await gate.run(listener: listener) }
    }

    /// `http://127.0.0.1:PORT/`.
    public var url: String { "http://127.0.0.1:\(port)/" }

    /// Closes the listening socket and open connections.
    public func stop() async {
        gateTask.cancel()
        _ = await gateTask.value
        try? listener.close()
        await server.stop(timeout: 0.2)
        serverTask.cancel()
        _ = await serverTask.value
        try? FileManager.default.removeItem(atPath: backendFolder)
    }

    /// A new folder only this user can enter, for FlyingFox's Unix socket: no other user, and no
    /// web page, can reach FlyingFox except through the gate.
    static func makePrivateFolder() -> String? {
        var template = Array((NSTemporaryDirectory() + "qunfang-serve-XXXXXX").utf8CString)
        return template.withUnsafeMutableBufferPointer { buffer in
            mkdtemp(buffer.baseAddress!).map { String(cString: $0) }
        }
    }
}

/// The error `HTTPServer.run()` ended with, if it ended.
actor FailureBox {
    private(set) var error: (any Error)?
    func set(_ error: any Error) { self.error = error }
}
