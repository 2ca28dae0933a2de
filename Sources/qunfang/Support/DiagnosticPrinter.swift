import Foundation
import Scoring

/// Prints diagnostics GCC style to standard error, so an editor or a terminal can jump to them.
enum DiagnosticPrinter {
    /// Each diagnostic on a line of its own, in order, written in one go: a large year's
    /// thousands of warnings were as many system calls.
    static func print(_ diagnostics: [Diagnostic]) {
        guard !diagnostics.isEmpty else { return }
        var text = ""
        for diagnostic in diagnostics.sorted() {
            text += diagnostic.description
            text += "\n"
        }
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// "发现 2 个错误、1 个警告。"
    static func printSummary(_ diagnostics: [Diagnostic]) {
        let errors = diagnostics.filter(\.isError).count
        let warnings = diagnostics.count - errors
        printError("发现 \(errors) 个错误、\(warnings) 个警告。")
    }

    static func printError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
