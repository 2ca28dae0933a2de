import Scoring

/// Collects every problem of one load, so the run reports them all at once.
final class DiagnosticLog {
    private(set) var diagnostics: [Diagnostic] = []

    var hasErrors: Bool { diagnostics.contains { $0.isError } }

    func error(_ location: SourceLocation, _ message: String, hint: String? = nil) {
        diagnostics.append(.error(location, Self.compose(message, hint)))
    }

    func warning(_ location: SourceLocation, _ message: String, hint: String? = nil) {
        diagnostics.append(.warning(location, Self.compose(message, hint)))
    }

    /// A hint follows the message after `提示：`, on the same line (GCC style, one line per problem).
    private static func compose(_ message: String, _ hint: String?) -> String {
        guard let hint else { return message }
        return message + "。提示：" + hint
    }

    /// Adds what another log collected (one file read on another thread).
    func append(contentsOf other: [Diagnostic]) {
        diagnostics.append(contentsOf: other)
    }

    /// The errors counted since `mark`, to know whether one part of a file was clean.
    var count: Int { diagnostics.count }

    func errors(since mark: Int) -> Int {
        diagnostics[mark...].filter(\.isError).count
    }
}
