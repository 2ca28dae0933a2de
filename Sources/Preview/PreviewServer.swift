import FlyingFox
import FlyingSocks
import Foundation

/// The preview HTTP server: FlyingFox on 127.0.0.1 only (never reachable from another
/// machine), answering through `PreviewHandler`.
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

    let server: HTTPServer
    let requestedPort: UInt16
    private let task: Task<Void, Never>
    private let failure: FailureBox

    /// Binds 127.0.0.1:`port` (0 picks a free port) and starts serving; throws `StartError`
    /// when the port cannot be bound.
    public init(port: UInt16, handler: PreviewHandler) async throws {
        let address = try sockaddr_in.inet(ip4: "127.0.0.1", port: port)
        let server = HTTPServer(address: address, timeout: 15, logger: .disabled, handler: handler)
        let failure = FailureBox()
        self.server = server
        self.requestedPort = port
        self.failure = failure
        self.task = Task {
            do { try await server.run() } catch { await failure.set(error) }
        }
        // The server either listens or fails; the limit only guards against a hang. It is long
        // because on a busy machine (or under `swift test`, where CPU-bound tests share the
        // cooperative threads) the server's first steps can wait their turn for many seconds.
        let deadline = ContinuousClock.now + .seconds(180)
        while ContinuousClock.now < deadline {
            if await server.isListening { return }
            if let error = await failure.error {
                if case let SocketError.failed(_, code, _) = error, code == EADDRINUSE { throw StartError.portInUse(port) }
                throw StartError.failed(port, String(describing: error))
            }
            try await Task.sleep(for: .milliseconds(5))
        }
        task.cancel()
        throw StartError.failed(port, "等待超时")
    }

    /// The port actually bound (differs from the requested one when that was 0).
    public var port: UInt16 {
        get async {
            if case let .ip4(_, port)? = await server.listeningAddress { return port }
            return requestedPort
        }
    }

    /// `http://127.0.0.1:PORT/`.
    public var url: String {
        get async { "http://127.0.0.1:\(await port)/" }
    }

    /// Closes the listening socket and open connections.
    public func stop() async {
        await server.stop(timeout: 0.2)
        task.cancel()
        _ = await task.value
    }
}

/// The error `HTTPServer.run()` ended with, if it ended.
actor FailureBox {
    private(set) var error: (any Error)?
    func set(_ error: any Error) { self.error = error }
}
