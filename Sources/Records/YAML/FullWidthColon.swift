import Scoring

/// A full-width colon typed where `:` separates a key from its value (`队伍：专职`): easy to type
/// with a Chinese input method and invisible in most fonts, so it gets its own message.
enum FullWidthColon {
    static let character: Character = "："

    /// Looks back from `line` (where libyaml complained: usually the line after the culprit)
    /// for a line that uses `：` as a separator.
    static func find(in source: SourceText, before line: Int) -> SourceLocation? {
        for number in stride(from: min(line, source.lines.count), through: max(1, line - 2), by: -1) {
            if let column = separatorColumn(in: source.lines[number - 1]) {
                return SourceLocation(file: source.file, line: number, column: column)
            }
        }
        return nil
    }

    /// The `：` of a scalar read where a mapping or a key was expected, or nil.
    static func find(in scalar: YAMLScalar, source: SourceText) -> SourceLocation? {
        guard scalar.style == .plain else { return nil }
        let last = max(scalar.location.line, scalar.endLine)
        for number in scalar.location.line...last {
            guard let line = source.line(number) else { break }
            let start = number == scalar.location.line ? scalar.location.column - 1 : 0
            let scalars = Array(line.unicodeScalars)
            guard start < scalars.count else { continue }
            if let offset = scalars[start...].firstIndex(of: "：") {
                return SourceLocation(file: source.file, line: number, column: offset + 1)
            }
        }
        return nil
    }

    static func report(_ location: SourceLocation, log: DiagnosticLog) {
        log.error(location, "用了全角冒号“：”分隔键和值",
                  hint: "请改为半角冒号“:”（英文输入法），并在冒号后加一个空格，例如“队伍: 专职”")
    }

    /// The 1-based column of a `：` that sits where a key's `:` would, ignoring comments.
    private static func separatorColumn(in line: Substring) -> Int? {
        let content = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? line
        guard let colon = content.firstIndex(of: character) else { return nil }
        let before = content[..<colon]
        guard !before.contains(":"), !before.trimmingPrefix(while: { $0 == " " || $0 == "-" }).isEmpty else {
            return nil
        }
        return line.unicodeScalars.distance(from: line.startIndex, to: colon) + 1
    }
}

private extension Substring {
    func trimmingPrefix(while predicate: (Character) -> Bool) -> Substring {
        self[(firstIndex { !predicate($0) } ?? endIndex)...]
    }
}
