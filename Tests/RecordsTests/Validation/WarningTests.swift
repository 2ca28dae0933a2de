import Records
import Scoring
import Testing

/// Warnings do not stop a build: the content is still produced.
@Suite struct WarningTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let label: String
        let lines: String
        let location: String
        let message: String
        var testDescription: String { label }
    }

    static let cases: [Case] = [
        Case(label: "unknown person in a schedule",
             lines: "排班报备:\n  - 周期: 2017-03\n    报备日期: 2017-02-20\n    排班:\n      - {日期: 2017-03-05, 时段: 上午, 人员: [张某, 张某, 陈某]}\n",
             location: "11:9", message: "人员“陈某”不在本社区任何队伍的名单中"),
        Case(label: "schedule slot with fewer than 3 people",
             lines: "排班报备:\n  - 周期: 2017-03\n    报备日期: 2017-02-20\n    排班:\n      - {日期: 2017-03-05, 时段: 上午, 人员: [张某]}\n",
             location: "11:9", message: "只有 1 人，少于 3 人"),
        Case(label: "record after the cut-off", lines: "培训:\n  - {日期: 2017-07-01, 主题: 培训}\n",
             location: "8:10", message: "在截止日期 2017-06-30 之后"),
        Case(label: "publicity month after the cut-off", lines: "宣传:\n  - {月份: 2017-07}\n",
             location: "8:10", message: "在截止日期 2017-06-30 之后"),
        Case(label: "judgment never given", lines: "评定:\n  二季度: {台账健全: 是}\n",
             location: "7:1", message: "评定“台账健全”在一季度未给出，按“否”计"),
        Case(label: "judgment never given, no 评定 at all", lines: "",
             location: "1:1", message: "评定“工作站”在一季度、二季度未给出"),
        Case(label: "age outside 16–80",
             lines: "评定: {}\n队伍:\n  - {名称: 二队, 类型: 楼道长, 队员: [{姓名: 甲, 年龄: 12}]}\n",
             location: "9:40", message: "不在 16–80 岁之间"),
        Case(label: "malformed phone", lines: "评定: {}\n队伍:\n  - {名称: 二队, 类型: 楼道长, 队员: [{姓名: 甲, 电话: 1390000}]}\n",
             location: "9:40", message: "不像手机号或固定电话"),
    ]

    @Test(arguments: cases)
    func warningIsReportedAndContentStillLoads(_ input: Case) {
        let text = input.label.contains("age") || input.label.contains("phone")
            ? "社区: 湖塘社区\n" + String(repeating: "# 注释\n", count: 5) + input.lines
            : Fixtures.communityHead + input.lines
        let result = Fixtures.load([Fixtures.community: text])
        #expect(result.content != nil, "\(result.diagnostics.filter(\.isError).map(\.description))")
        let warnings = result.diagnostics.filter { !$0.isError }
        #expect(warnings.contains { "\($0.location)" == Fixtures.community + ":" + input.location && $0.message.contains(input.message) },
                "got:\n\(warnings.map(\.description).joined(separator: "\n"))")
    }

    @Test func judgmentWarningIsGivenOncePerJudgment() {
        let result = Fixtures.load([Fixtures.community: Fixtures.communityHead])
        let judgmentWarnings = result.diagnostics.filter { $0.message.hasPrefix("评定“") }
        #expect(judgmentWarnings.count == 11)
        #expect(Set(judgmentWarnings.map(\.message)).count == 11)
    }
}
