@testable import Records
import Scoring
import Testing

/// The loader's fast comparisons and value readers must agree with what they replace:
/// `==` on String (canonical equivalence) and Scoring's `Day`/`Month` parsers.
@Suite struct CanonicalTextTests {
    @Test(arguments: [
        ("姓名", "姓名"), ("姓名", "年龄"), ("队伍", "队伍 "), ("QQ群", "QQ群"), ("LED显示屏", "led显示屏"),
        ("\u{F900}", "\u{8C48}"),          // a CJK compatibility ideograph and its canonical form
        ("caf\u{E9}", "cafe\u{301}"),      // composed and decomposed é
        ("宣传：", "宣传:"), ("", ""), ("", "是"),
    ])
    func agreesWithStringEquality(a: String, b: String) {
        #expect(CanonicalText.equal(a, b) == (a == b))
        #expect(CanonicalText.equal(b, a) == (a == b))
        #expect(CanonicalText.contains(["甲", b], a) == (a == b || a == "甲"))
    }

    @Test(arguments: ["", "~", "null", "Null", "NULL", "nULL", "nul", "nulls", "~~", "空", "空值", "null\u{301}",
                      "\u{FF4E}ull", "n\u{0075}ll", "\u{F900}"])
    func nullAgreesWithStringEquality(text: String) {
        let expected = text.isEmpty || ["~", "null", "Null", "NULL"].contains(text)
        let location = SourceLocation(file: "f.yaml", line: 1, column: 1)
        #expect(YAMLScalar(text: text, style: .plain, location: location, endLine: 1).isNull == expected)
        #expect(!YAMLScalar(text: text, style: .quoted, location: location, endLine: 1).isNull)
    }

    @Test(arguments: ["2017-03-05", "2016-02-29", "2017-02-29", "2017-3-05", "2017-03-05 ", "２０１７-03-05",
                      "0000-00-00", "2017-13-01", "abcd-ef-gh", ""])
    func dayAgreesWithScoring(text: String) {
        #expect((ValueText.day(text) ?? Day(parsing: text)) == Day(parsing: text))
        #expect(ValueText.day(text) == Day(parsing: text))
    }

    @Test(arguments: ["2017-03", "2017-00", "2017-3", "201703", "2017-03-01", ""])
    func monthAgreesWithScoring(text: String) {
        #expect(ValueText.month(text) == Month(parsing: text))
    }

    @Test(arguments: [("0", 0), ("08", 8), ("123456789012", 123_456_789_012)])
    func counts(text: String, value: Int) {
        #expect(ValueText.count(text) == value)
    }

    @Test(arguments: ["", "-1", "1.5", "1234567890123", "１２", "3 "])
    func notCounts(text: String) {
        #expect(ValueText.count(text) == nil)
    }
}
