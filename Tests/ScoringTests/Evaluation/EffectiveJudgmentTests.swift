import Testing
@testable import Scoring

/// 评定 inheritance: the latest statement in quarters 1…q wins; never given reads as 否.
struct EffectiveJudgmentTests {
    /// 专项经费 said 是 in Q1 and 否 in Q3.
    @Test(arguments: [(Quarter.q1, true, Quarter.q1), (.q2, true, .q1), (.q3, false, .q3), (.q4, false, .q3)])
    func inheritedAndOverridden(quarter: Quarter, value: Bool, statedIn: Quarter) {
        var community = Fixture.community()
        community.judgments[.q3] = [.dedicatedFunds: Fixture.judgment(false, line: 260)]
        let effective = community.effectiveJudgments(for: quarter).first { $0.judgment == .dedicatedFunds }!
        #expect(effective.value == value)
        #expect(effective.statedIn == statedIn)
        #expect(effective.location == (statedIn == .q3 ? Fixture.loc(260) : Fixture.loc(202)))
    }

    @Test func neverGivenReadsAsNo() {
        var community = Fixture.community()
        community.judgments = [.q2: [.workRules: Fixture.judgment(true)]]
        let q1 = Fixture.context(community, .q1).judgment(.workRules)
        #expect(q1.value == false && q1.isMissing)
        #expect(q1.text == "工作制度健全：未评定，按否计")
        #expect(Fixture.context(community, .q2).judgment(.workRules).value)
        #expect(Fixture.item(3, community, .q1).points == 1)
        #expect(Fixture.item(3, community, .q2).points == 2)
    }

    @Test func recordsAfterTheCutoffAreIgnored() {
        var community = Fixture.community()
        community.inspections = [Fixture.inspection("2017-06-20", ["未开展巡逻"])]
        community.trainings.append(Training(date: Fixture.day("2017-06-20"), topic: "迟到的培训", location: Fixture.loc(510)))
        let context = Fixture.context(community, .q2, cutoff: Fixture.day("2017-06-15"))
        #expect(context.inspections.isEmpty)
        #expect(context.trainings.count == 2)
        #expect(ItemRules.all[5].score(in: context).points == 24)
        // The 2017-06 宣传 entry's month starts before the cut-off, so it still counts.
        #expect(context.publicity.count == 6)
    }
}
