import Foundation

/// Runs the built `qunfang` executable as a user would, and captures what it prints.
struct CommandRunner {
    struct Outcome {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The package root, for the committed `content/` and `themes/`.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The executable built beside the test bundle (`.build/debug/qunfang` under `swift test`).
    static let executable: URL = {
        let testBinary = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var folder = testBinary.deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("qunfang")
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isFolder), !isFolder.boolValue {
                return candidate
            }
            folder = folder.deletingLastPathComponent()
        }
        return packageRoot.appendingPathComponent(".build/debug/qunfang")
    }()

    /// Runs `qunfang arguments…` in `folder` and waits for it on a thread of its own, so the
    /// wait never holds one of the few threads that all concurrently running tests share.
    static func run(_ arguments: [String], in folder: URL = packageRoot) async throws -> Outcome {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread {
                continuation.resume(with: Result { try runBlocking(arguments, in: folder) })
            }
        }
    }

    private static func runBlocking(_ arguments: [String], in folder: URL) throws -> Outcome {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read both pipes before waiting so a large output cannot block the child.
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                       stderr: String(decoding: errData, as: UTF8.self))
    }
}

/// A scratch folder holding a copy of the sample content, removed when the test ends.
struct ScratchProject {
    let root: URL

    init(copyingContent: Bool = true) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("qunfang-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
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

    func run(_ arguments: String...) async throws -> CommandRunner.Outcome {
        try await CommandRunner.run(arguments, in: root)
    }

    func remove() { try? FileManager.default.removeItem(at: root) }
}
