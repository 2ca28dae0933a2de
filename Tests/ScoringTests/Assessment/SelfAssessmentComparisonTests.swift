import Testing
@testable import Scoring

/// 自评 against the actual score (docs/评分口径.md §4).
struct SelfAssessmentComparisonTests {
    @Test func marksOnlyDifferingDeclaredScores() {
        var community = Fixture.community()
        community.headInCharge = false // item 1 actually 1
        community.selfAssessment = [
            1: SelfAssessment(description: "书记亲自抓，专人负责", points: 3, location: Fixture.loc(1100)),
            6: SelfAssessment(description: "全年巡逻正常", points: 24, location: Fixture.loc(1101)),
            7: SelfAssessment(description: "规范", points: nil, location: Fixture.loc(1102)),
        ]
        let score = CommunityAssessment.score(in: Fixture.context(community))
        let rows = SelfAssessmentComparison.differences(community: community, score: score)
        #expect(rows.count == 14)
        #expect(rows.filter(\.differs).map(\.item.number) == [1])
        #expect(rows[0].declared == 3 && rows[0].actual == 1)
        #expect(rows[5].description == "全年巡逻正常" && !rows[5].differs)
        #expect(rows[1].declared == nil && rows[1].description == nil)
    }
}
