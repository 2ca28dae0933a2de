@testable import Records
import Testing

@Suite struct SuggestionTests {
    @Test(arguments: [
        ("台帐健全", ["台账健全", "工作站"], "台账健全"),
        ("对伍", ["队伍", "社区"], "队伍"),
        ("日期", ["月份", "主题"], nil),
        ("案件防范.媒体曝光扣份", ["案件防范.媒体曝光扣分", "案件防范.零发案"], "案件防范.媒体曝光扣分"),
        ("专业", ["专职", "楼道长"], "专职"),
    ] as [(String, [String], String?)])
    func closestSpelling(word: String, candidates: [String], expected: String?) {
        #expect(Suggestion.closest(to: word, among: candidates) == expected)
    }

    @Test(arguments: [("", "ab", 2), ("kitten", "sitting", 3), ("台帐", "台账", 1)])
    func editDistance(a: String, b: String, distance: Int) {
        #expect(Suggestion.editDistance(a, b) == distance)
    }
}
