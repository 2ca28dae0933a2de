import Foundation

/// A fresh folder under the system's temporary folder for one test, its path with the temporary
/// folder's own links resolved (`/tmp` may be one) so paths compare cleanly. Every test target
/// makes its scratch folders with this one type.
public struct TemporaryFolder: Sendable {
    public let path: String

    /// Creates the folder; `label` names it (`qunfang-LABEL-UUID`) for a reader of `/tmp`.
    public init(_ label: String = "test") {
        let made = NSTemporaryDirectory() + "qunfang-\(label)-" + UUID().uuidString
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

    /// `path` with every link resolved, or as given when it does not exist.
    public static func real(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
