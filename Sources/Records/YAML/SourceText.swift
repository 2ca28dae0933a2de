import Scoring

/// A content file's text, decoded strictly: UTF-8 only (with or without BOM), CRLF accepted.
/// A file in another encoding (GBK from a Windows editor) is refused at its first invalid byte.
struct SourceText {
    /// The file's path as diagnostics print it.
    let file: String
    /// The UTF-8 bytes without BOM, as given to libyaml.
    let bytes: [UInt8]
    /// The text's lines (without line ends), for looking back at what the user typed. Split
    /// on first use: only a file with a problem (or a Markdown file) needs them.
    var lines: [Substring] { lineCache.lines(of: bytes) }
    private let lineCache = LineCache()

    /// Decodes `raw`, or reports where it is not UTF-8 and returns nil.
    init?(file: String, raw: [UInt8], log: DiagnosticLog) {
        var bytes = raw
        if SourceText.isUTF16(raw) {
            // Windows Notepad's "Unicode": every other byte of Chinese text is not GBK either.
            log.error(.start(of: file), "文件是 UTF-16 编码（Windows 记事本的“Unicode”），不是 UTF-8",
                      hint: "请在编辑器中“另存为 UTF-8”编码")
            return nil
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let offset = SourceText.firstInvalidUTF8(in: bytes) {
            let location = SourceText.location(ofByte: offset, in: bytes, file: file)
            log.error(location, "文件不是 UTF-8 编码（此处的字节 0x\(SourceText.hex(bytes[offset])) 无效，可能是 GBK 编码）",
                      hint: "请在编辑器中“另存为 UTF-8”编码")
            return nil
        }
        self.file = file
        self.bytes = bytes
    }

    /// The text split at LF and CRLF, found on its UTF-8 bytes: splitting by Character, as
    /// before, took seconds on a 10 MiB file in a debug build. A lone CR stays in its line.
    static func lines(of text: String) -> [Substring] {
        let utf8 = text.utf8
        var lines: [Substring] = []
        var start = utf8.startIndex
        var index = start
        while let newline = utf8[index...].firstIndex(of: UInt8(ascii: "\n")) {
            var end = newline
            if end > start, utf8[utf8.index(before: end)] == UInt8(ascii: "\r") { end = utf8.index(before: end) }
            lines.append(text[start..<end])
            index = utf8.index(after: newline)
            start = index
        }
        lines.append(text[start...])
        return lines
    }

    /// The lines of a text, split once and kept: a reference, so copies of a `SourceText`
    /// share them.
    private final class LineCache {
        private var lines: [Substring]?

        func lines(of bytes: [UInt8]) -> [Substring] {
            if let lines { return lines }
            let split = SourceText.lines(of: String(decoding: bytes, as: UTF8.self))
            lines = split
            return split
        }
    }

    /// The text with LF line ends, for Markdown.
    var normalizedText: String {
        lines.joined(separator: "\n")
    }

    /// A position libyaml gave, kept inside the file: at the end of a file, libyaml moves its
    /// mark to the start of a line that does not exist (an unclosed `{` then pointed at line 25
    /// of a 24-line file, and a file holding only `---` at line 2 of one line: both found by
    /// fuzzing). Such a position becomes the end of the last line. A final line break ends the
    /// last line; it does not start another.
    /// Found on the bytes, as `lines` would split them (every file read meets such a mark at its
    /// end, and splitting a whole file into lines for it was 1.5 % of a build).
    func clamped(line: Int, column: Int) -> SourceLocation {
        let lineFeed = UInt8(ascii: "\n")
        var pieces = 1
        for byte in bytes where byte == lineFeed { pieces += 1 }
        // A final line break ends the last line: the empty piece after it is no line.
        let endsWithBreak = pieces > 1 && bytes.last == lineFeed
        let count = endsWithBreak ? pieces - 1 : pieces
        guard line > count else {
            return SourceLocation(file: file, line: max(1, line), column: max(1, column))
        }
        // The last line's bytes: after the line break before it, up to its own (less a CR).
        var end = bytes.count
        if endsWithBreak {
            end -= 1
            if end > 0, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        }
        var start = end
        while start > 0, bytes[start - 1] != lineFeed { start -= 1 }
        let scalars = bytes[start..<end].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
        return SourceLocation(file: file, line: count, column: scalars + 1)
    }

    /// The line `number` (1-based), or nil.
    func line(_ number: Int) -> Substring? {
        number >= 1 && number <= lines.count ? lines[number - 1] : nil
    }

    /// A UTF-16 byte order mark (FF FE or FE FF), or NUL bytes in at least an eighth of the
    /// first 1,000 bytes (UTF-16 without a mark: ASCII characters have a NUL half). No UTF-8
    /// record holds a NUL byte.
    static func isUTF16(_ bytes: [UInt8]) -> Bool {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return true }
        let head = bytes.prefix(1000)
        return head.count >= 2 && head.filter { $0 == 0 }.count * 8 >= head.count
    }

    /// The offset of the first byte that does not belong to a well-formed UTF-8 sequence
    /// (overlong forms, surrogates and code points above U+10FFFF are invalid too).
    static func firstInvalidUTF8(in bytes: [UInt8]) -> Int? {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let length: Int
            var lower: UInt8 = 0x80, upper: UInt8 = 0xBF
            switch b {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; upper = 0x9F
            case 0xF0: length = 4; lower = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; upper = 0x8F
            default: return i
            }
            guard i + length <= n else { return i }
            for k in 1..<length {
                let c = bytes[i + k]
                let (lo, hi) = k == 1 ? (lower, upper) : (UInt8(0x80), UInt8(0xBF))
                if c < lo || c > hi { return i }
            }
            i += length
        }
        return nil
    }

    /// Line and column (in Unicode scalars of the valid prefix) of byte `offset`.
    static func location(ofByte offset: Int, in bytes: [UInt8], file: String) -> SourceLocation {
        var line = 1
        var column = 1
        for b in bytes[..<offset] {
            if b == 0x0A { line += 1; column = 1 } else if b & 0xC0 != 0x80 && b != 0x0D { column += 1 }
        }
        return SourceLocation(file: file, line: line, column: column)
    }

    static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
    }
}
