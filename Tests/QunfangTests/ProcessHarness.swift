import Foundation
import Testing
import TestSupport

/// Runs the real `qunfang` binary (built by `swift build` before `swift test`, see the Makefile)
/// as a child process (`ChildProcess`), in throw-away folders (`TemporaryFolder`).
enum Harness {
    /// The package root.
    static let packageRoot = PackageFolder.path

    static let themes = packageRoot + "/themes"

    /// `NAME` in the folder holding this test bundle: the program of the same build as the tests
    /// (`.build/debug`, or `.build/test/release` under `make test`), never one another build left
    /// elsewhere, which could be out of date.
    static func binary(_ name: String) -> String {
        Bundle.main.bundleURL.path + "/" + name
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
