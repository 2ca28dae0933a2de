import Foundation
import Scoring

/// Prints diagnostics GCC style to standard error, so an editor or a terminal can jump to them.
enum DiagnosticPrinter {
    static func print(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics.sorted() {
            printError(diagnostic.description)
        }
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
