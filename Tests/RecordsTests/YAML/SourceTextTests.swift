@testable import Records
import Scoring
import Testing

@Suite struct SourceTextTests {
    @Test(arguments: [
        ([0x61, 0x62], nil),
        (Array("湖塘".utf8), nil),
        ([0x61, 0xC9, 0xE7], 1),            // GBK 社
        ([0xC0, 0x80], 0),                  // overlong NUL
        ([0xED, 0xA0, 0x80], 0),            // surrogate
        ([0xF4, 0x90, 0x80, 0x80], 0),      // above U+10FFFF
        ([0x61, 0xE6, 0xB9], 1),            // truncated sequence
        ([0xF0, 0x9F, 0x98, 0x80], nil),    // emoji
    ] as [([UInt8], Int?)])
    func firstInvalidByte(bytes: [UInt8], expected: Int?) {
        #expect(SourceText.firstInvalidUTF8(in: bytes) == expected)
    }

    @Test func invalidByteIsLocatedByLineAndColumn() {
        let log = DiagnosticLog()
        let bytes = Array("a: 1\n湖塘: ".utf8) + [0xB2, 0xE2]
        #expect(SourceText(file: "f.yaml", raw: bytes, log: log) == nil)
        #expect(log.diagnostics.map { "\($0.location)" } == ["f.yaml:2:5"])
        #expect(log.diagnostics.first?.message.contains("另存为 UTF-8") == true)
    }

    @Test func byteOrderMarkIsStrippedAndCRLFSplitsLines() throws {
        let log = DiagnosticLog()
        let source = try #require(SourceText(file: "f", raw: [0xEF, 0xBB, 0xBF] + Array("a\r\nb\n".utf8), log: log))
        #expect(source.lines == ["a", "b", ""])
        #expect(source.bytes.first == UInt8(ascii: "a"))
    }

    /// A position past the end becomes the end of the last line, as the file's `lines` show it.
    @Test(arguments: ["", "\n", "\r\n", "a", "a\n", "a\n\n", "a\r\nb", "a\r\nb\r\n", "a\rb", "a\rb\r", "键: 值\n名称: 湖塘社区",
                      "键: 值\n名称: 湖塘社区\r\n", "{\n  a: [1,\n", "---", "---\n", "x\n\n\n"])
    func clampedEndsAtTheLastLine(text: String) throws {
        let source = try #require(SourceText(file: "f", raw: Array(text.utf8), log: DiagnosticLog()))
        let lines = source.lines
        let count = lines.count > 1 && lines[lines.count - 1].isEmpty ? lines.count - 1 : lines.count
        let end = SourceLocation(file: "f", line: count, column: lines[count - 1].unicodeScalars.count + 1)
        #expect(source.clamped(line: count + 1, column: 1) == end)
        #expect(source.clamped(line: count + 5, column: 9) == end)
        #expect(source.clamped(line: count, column: 3) == SourceLocation(file: "f", line: count, column: 3))
        #expect(source.clamped(line: 0, column: 0) == SourceLocation(file: "f", line: 1, column: 1))
    }
}
