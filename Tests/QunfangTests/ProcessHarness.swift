import Foundation
import Testing
import TestSupport

/// Runs the real `qunfang` binary (built by `swift build` before `swift test`, see the Makefile)
/// as a child process (`ChildProcess`), in throw-away folders (`TemporaryFolder`).
enum Harness {
    /// The package root.
    static let packageRoot = PackageFolder.path

    static let themes = packageRoot + "/themes"

    /// `.build/debug/NAME` (or the folder holding this test bundle, whichever has it).
    static func binary(_ name: String) -> String {
        let bundleFolder = Bundle.main.bundleURL.path
        let candidates = [bundleFolder + "/" + name, packageRoot + "/.build/debug/" + name]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates[1]
    }

    static var qunfang: String { binary("qunfang") }

    /// Runs `qunfang ARGS` to the end.
    static func run(_ arguments: [String], in folder: String, environment: [String: String] = [:]) throws -> ProcessOutcome {
        try ChildProcess.run(qunfang, arguments, in: folder, environment: environment)
    }

    /// `qunfang build` of `content` into `output`, with the package's themes.
    static func buildArguments(content: String, output: String) -> [String] {
        ["build", "--content", content, "--output", output, "--themes", themes]
    }
}
