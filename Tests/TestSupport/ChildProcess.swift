import Foundation

/// How a finished process ended: its exit status (-1 when killed by a signal) and what it printed.
public struct ProcessOutcome: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String

    public init(status: Int32, stdout: String, stderr: String) {
        self.status = status
        self.stdout = stdout
        self.stderr = stderr
    }
}

/// A started child process whose output goes to files, so a test can poll them while it runs,
/// kill it at a chosen moment, or wait for its end.
public final class ChildProcess {
    public let process = Process()
    let stdoutPath: String
    let stderrPath: String

    public init(_ executable: String, _ arguments: [String], in folder: String,
                environment: [String: String] = [:]) throws {
        let logs = TemporaryFolder("process")
        stdoutPath = logs.path("stdout")
        stderrPath = logs.path("stderr")
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

    /// What it printed, byte for byte as text (a BOM is kept: `String(contentsOfFile:)` drops it).
    public var stderr: String { Self.text(stderrPath) }
    public var stdout: String { Self.text(stdoutPath) }

    static func text(_ path: String) -> String {
        String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self)
    }

    /// Waits (polling) until standard error contains `text`; false after `timeout` seconds.
    public func waitForError(_ text: String, timeout: Double = 10) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if stderr.contains(text) { return true }
            if !process.isRunning { return stderr.contains(text) }
            usleep(2_000)
        }
        return false
    }

    public func kill(_ signal: Int32 = SIGKILL) {
        Foundation.kill(process.processIdentifier, signal)
        process.waitUntilExit()
    }

    /// Waits for the end and returns the exit status (-1 when killed by a signal).
    @discardableResult
    public func finish() -> Int32 {
        process.waitUntilExit()
        return process.terminationReason == .exit ? process.terminationStatus : -1
    }

    /// Waits for the end and returns how it ended.
    public func outcome() -> ProcessOutcome {
        let status = finish()
        return ProcessOutcome(status: status, stdout: stdout, stderr: stderr)
    }

    /// Runs `executable arguments…` in `folder` to the end.
    public static func run(_ executable: String, _ arguments: [String], in folder: String,
                           environment: [String: String] = [:]) throws -> ProcessOutcome {
        try ChildProcess(executable, arguments, in: folder, environment: environment).outcome()
    }
}
