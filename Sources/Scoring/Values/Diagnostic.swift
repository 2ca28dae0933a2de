/// One problem found in the content, printed GCC style: `FILE:LINE:COLUMN: 错误: 消息`.
public struct Diagnostic: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public enum Severity: Int, Hashable, Sendable, Codable {
        case error
        case warning

        /// The Chinese label printed between the location and the message.
        public var label: String {
            switch self {
            case .error: "错误"
            case .warning: "警告"
            }
        }
    }

    public var severity: Severity
    public var location: SourceLocation
    /// The message in Chinese: names the key, what was expected, and a hint where one helps.
    public var message: String

    public init(_ severity: Severity, _ location: SourceLocation, _ message: String) {
        self.severity = severity
        self.location = location
        self.message = message
    }

    public static func error(_ location: SourceLocation, _ message: String) -> Diagnostic {
        Diagnostic(.error, location, message)
    }

    public static func warning(_ location: SourceLocation, _ message: String) -> Diagnostic {
        Diagnostic(.warning, location, message)
    }

    public var isError: Bool { severity == .error }

    /// The printed line. Control characters (which could come from a file's name or from text
    /// quoted in the message) are shown as `\u{1b}`, so a diagnostic never drives the terminal.
    public var description: String { Self.visible("\(location): \(severity.label): \(message)") }

    /// `text` with every C0 and C1 control character (and DEL) written as `\u{…}`.
    public static func visible(_ text: String) -> String {
        let isControl = { (scalar: Unicode.Scalar) in scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) }
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isControl(scalar) {
                result.append(contentsOf: "\\u{\(String(scalar.value, radix: 16))}".unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Sorted by file, line and column, so a run's report reads top to bottom.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        (lhs.location, lhs.severity.rawValue, lhs.message) < (rhs.location, rhs.severity.rawValue, rhs.message)
    }
}
