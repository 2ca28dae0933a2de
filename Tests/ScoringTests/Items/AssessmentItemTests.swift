import Testing
@testable import Scoring

/// The original rulebook's table as data.
struct AssessmentItemTests {
    @Test func fourteenItemsInOrder() {
        #expect(AssessmentItem.all.map(\.number) == Array(1...14))
        #expect(AssessmentItem.all.map(\.shortTitle) == AssessmentItem.titles)
        #expect(ItemRules.all.map { $0.number } == Array(1...14))
        #expect(Rulebook().totalMaximum == 100)
    }

    @Test(arguments: [(1, "组织建设和工作保障"), (4, "组织建设和工作保障"), (5, "巡防情况"), (9, "巡防情况"),
                      (10, "案件防范"), (11, "提供线索破案"), (12, "宣传工作"), (14, "宣传工作")])
    func categories(number: Int, category: String) {
        #expect(AssessmentItem.numbered(number).category == category)
    }

    @Test func categoryMaximumsFollowTheSeed() {
        #expect(AssessmentItem.categories.map { $0.maximum(in: Rulebook()) } == [20, 40, 20, 8, 12])
    }

    @Test func seedWordingIsKept() {
        #expect(AssessmentItem.numbered(10).title == "加强治安重点地区和突出治安问题排查整治工作；案件发案平稳下降。")
        #expect(AssessmentItem.numbered(10).shortTitle == "案件防范")
        #expect(AssessmentItem.numbered(1).criteria.hasPrefix("群防群治工作领导小组由社区“一把手”负责"))
        #expect(AssessmentItem.numbered(14).criteria.hasSuffix("且配有日期的照片得1 分。"))
    }

    /// With the 2017 rules the 评分标准 is the original wording, word for word.
    @Test(arguments: 1...14)
    func criteriaWithTheDefaultsAreTheOriginalWording(number: Int) {
        let item = AssessmentItem.numbered(number)
        #expect(item.criteria(in: Rulebook()) == item.criteria)
    }

    /// A number changed in 细则 is printed as changed: never the default's figure.
    @Test func criteriaStateTheYearsNumbers() {
        var rules = Rulebook()
        rules.noPatrolDeduction = 8
        rules.photoPoints = Points(tenths: 2)
        rules.publicitySummaryPoints = 1
        #expect(AssessmentItem.numbered(6).criteria(in: rules).contains("每发现1次没有开展巡逻的扣 8分"))
        #expect(!AssessmentItem.numbered(6).criteria(in: rules).contains("扣 5分"))
        #expect(AssessmentItem.numbered(12).criteria(in: rules).contains("有一次得0.2分"))
        #expect(AssessmentItem.numbered(14).criteria(in: rules).contains("有计划的得0.5分、有总结的得1分"))
    }
}

