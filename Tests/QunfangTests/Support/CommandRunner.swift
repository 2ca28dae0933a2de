import Foundation
import TestSupport

/// Runs the built `qunfang` executable as a user would, and captures what it prints.
struct CommandRunner {
    /// The package root, for the committed `content/` and `themes/`.
    static let packageRoot = URL(fileURLWithPath: Harness.packageRoot)

    /// Runs `qunfang arguments…` in `folder` and waits for it on a thread of its own, so the
    /// wait never holds one of the few threads that all concurrently running tests share.
    static func run(_ arguments: [String], in folder: URL = packageRoot) async throws -> ProcessOutcome {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread {
                continuation.resume(with: Result { try Harness.run(arguments, in: folder.path) })
            }
        }
    }
}

/// A scratch folder holding a copy of the sample content, removed when the test ends.
struct ScratchProject {
    let root: URL

    init(copyingContent: Bool = true) throws {
        root = TemporaryFolder("cli").url
        if copyingContent {
            try FileManager.default.copyItem(at: CommandRunner.packageRoot.appendingPathComponent("content"),
                                             to: root.appendingPathComponent("content"))
            try FileManager.default.copyItem(at: CommandRunner.packageRoot.appendingPathComponent("themes"),
                                             to: root.appendingPathComponent("themes"))
        }
    }

    func url(_ path: String) -> URL { root.appendingPathComponent(path) }

    func read(_ path: String) throws -> String { try String(contentsOf: url(path), encoding: .utf8) }

    func write(_ path: String, _ text: String) throws {
        try FileManager.default.createDirectory(at: url(path).deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url(path))
    }

    func run(_ arguments: String...) async throws -> ProcessOutcome {
        try await CommandRunner.run(arguments, in: root)
    }

    func remove() { try? FileManager.default.removeItem(at: root) }
}
