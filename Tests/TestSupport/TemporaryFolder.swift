import Foundation

/// A fresh folder under the system's temporary folder for one test, its path with the temporary
/// folder's own links resolved (`/tmp` may be one) so paths compare cleanly. Every test target
/// makes its scratch folders with this one type.
///
/// All of one test process's folders are made in one folder, `qunfang-tests-PID`, which is
/// removed when the process exits, so that test runs do not fill the temporary folder; one
/// left by a process that crashed is removed by the next run.
public struct TemporaryFolder: Sendable {
    public let path: String

    /// Creates the folder; `label` names it (`qunfang-LABEL-UUID`) for a reader of `/tmp`.
    public init(_ label: String = "test") {
        let made = Self.processFolder + "/\(label)-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: made, withIntermediateDirectories: true)
        path = Self.real(made)
    }

    public var url: URL { URL(fileURLWithPath: path) }

    /// `path/relative`.
    public func path(_ relative: String) -> String { path + "/" + relative }

    /// Writes `text` at `relative`, creating folders as needed; returns the absolute path.
    @discardableResult
    public func write(_ relative: String, _ text: String) throws -> String {
        try write(relative, bytes: Array(text.utf8))
    }

    @discardableResult
    public func write(_ relative: String, bytes: [UInt8]) throws -> String {
        let target = path(relative)
        try FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: target))
        return target
    }

    public func read(_ relative: String) throws -> String {
        try String(contentsOfFile: path(relative), encoding: .utf8)
    }

    public func remove() { try? FileManager.default.removeItem(atPath: path) }

    /// This process's folder, made (and its removal at exit arranged) when first used.
    private static let processFolder: String = {
        let temporary = NSTemporaryDirectory()
        removeFoldersOfEndedProcesses(in: temporary)
        let folder = temporary + "qunfang-tests-\(getpid())"
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(atPath: NSTemporaryDirectory() + "qunfang-tests-\(getpid())") }
        return folder
    }()

    /// Removes the folders of test processes that are no longer running (a crash skips `atexit`).
    private static func removeFoldersOfEndedProcesses(in temporary: String) {
        let prefix = "qunfang-tests-"
        for name in (try? FileManager.default.contentsOfDirectory(atPath: temporary)) ?? []
        where name.hasPrefix(prefix) {
            guard let pid = pid_t(name.dropFirst(prefix.count)), pid != getpid() else { continue }
            if kill(pid, 0) != 0, errno == ESRCH { try? FileManager.default.removeItem(atPath: temporary + name) }
        }
    }

    /// `path` with every link resolved, or as given when it does not exist.
    public static func real(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
