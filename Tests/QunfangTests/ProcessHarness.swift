import Foundation
import Testing

/// Runs the real `qunfang` and `qunfang-sample` binaries (built by `swift build` before
/// `swift test`, see the Makefile) as child processes, in throw-away folders.
enum Harness {
    /// The package root, found from this file's path.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path

    static let themes = packageRoot + "/themes"

    /// `.build/debug/NAME` (or the folder holding this test bundle, whichever has it).
    static func binary(_ name: String) -> String {
        let bundleFolder = Bundle.main.bundleURL.path
        let candidates = [bundleFolder + "/" + name, packageRoot + "/.build/debug/" + name]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates[1]
    }

    static var qunfang: String { binary("qunfang") }

    /// A fresh empty folder.
    static func temporaryFolder() -> String {
        let path = NSTemporaryDirectory() + "qunfang-process-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return OutputPathForTests.real(path)
    }

    /// A started child process whose output goes to files, so a test can poll them.
    final class Child {
        let process = Process()
        let stdoutPath: String
        let stderrPath: String

        init(_ executable: String, _ arguments: [String], in folder: String, environment: [String: String] = [:]) throws {
            let logs = Harness.temporaryFolder()
            stdoutPath = logs + "/stdout"
            stderrPath = logs + "/stderr"
            _ = FileManager.default.createFile(atPath: stdoutPath, contents: nil)
            _ = FileManager.default.createFile(atPath: stderrPath, contents: nil)
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = arguments
            process.currentDirectoryURL = URL(fileURLWithPath: folder)
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
            process.standardOutput = FileHandle(forWritingAtPath: stdoutPath)
            process.standardError = FileHandle(forWritingAtPath: stderrPath)
            try process.run()
        }

        var stderr: String { (try? String(contentsOfFile: stderrPath, encoding: .utf8)) ?? "" }
        var stdout: String { (try? String(contentsOfFile: stdoutPath, encoding: .utf8)) ?? "" }

        /// Waits (polling) until standard error contains `text`; false after `timeout` seconds.
        func waitForError(_ text: String, timeout: Double = 10) -> Bool {
            let deadline = Date().addingTimeInterval(timeout)
            while Date() < deadline {
                if stderr.contains(text) { return true }
                if !process.isRunning { return stderr.contains(text) }
                usleep(2_000)
            }
            return false
        }

        func kill() {
            Foundation.kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }

        /// Waits for the end and returns the exit status (-1 when killed by a signal).
        @discardableResult
        func finish() -> Int32 {
            process.waitUntilExit()
            return process.terminationReason == .exit ? process.terminationStatus : -1
        }
    }

    /// Runs `qunfang ARGS` to the end.
    static func run(_ arguments: [String], in folder: String, environment: [String: String] = [:]) throws
        -> (status: Int32, stdout: String, stderr: String) {
        let child = try Child(qunfang, arguments, in: folder, environment: environment)
        let status = child.finish()
        return (status, child.stdout, child.stderr)
    }

    /// `qunfang build` of `content` into `output`, with the package's themes.
    static func buildArguments(content: String, output: String) -> [String] {
        ["build", "--content", content, "--output", output, "--themes", themes]
    }

    /// Every file and folder under `folder` (links not followed) with the bytes of the files:
    /// equal snapshots mean byte-identical trees.
    static func snapshot(_ folder: String) -> [String: [UInt8]] {
        var result: [String: [UInt8]] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return result }
        while let path = enumerator.nextObject() as? String {
            let full = folder + "/" + path
            var info = stat()
            guard lstat(full, &info) == 0 else { continue }
            switch info.st_mode & S_IFMT {
            case S_IFREG: result[path] = [UInt8](FileManager.default.contents(atPath: full) ?? Data())
            case S_IFLNK: result[path] = Array(("→" + ((try? FileManager.default.destinationOfSymbolicLink(atPath: full)) ?? "")).utf8)
            default: result[path + "/"] = []
            }
        }
        return result
    }

    static func entries(_ folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
    }
}

/// Resolves the temporary folder's own links (`/tmp` may be one), so paths compare cleanly.
enum OutputPathForTests {
    static func real(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
