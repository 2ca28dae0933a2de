import Scoring

/// Why the site could not be built: every problem found, located GCC style and in Chinese.
/// A build that throws this has written nothing (the previous site is untouched).
public struct SiteError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics.sorted() }

    public static func at(_ location: SourceLocation, _ message: String) -> SiteError {
        SiteError([.error(location, message)])
    }

    /// One line per diagnostic, `FILE:LINE:COLUMN: 错误: …`.
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
