/// Property tests of the scoring library over random generated years (see `YearRecordsGen`).
///
/// Runs are reproducible: every case is seeded from a fixed base seed (see `PropertyRun`).
/// More or other cases: `QUNFANG_PROPERTY_CASES=20000` or `QUNFANG_PROPERTY_SEED=random`
/// before `swift test --filter ScoringPropertyTests`.
import Scoring
import Testing

/// Each assessment scores the year to date (docs/评分口径.md §1), so P(q) ⊂ P(q+1) and whatever is counted
/// over the records of P only grows. What docs/评分口径.md implies from that, and no more:
/// - item 5: every due date of P(q) is also in P(q+1) and is judged from the same reports, so
///   misses never shrink and the points lost on item 5 never shrink;
/// - item 6: 未开展巡逻 findings never shrink, nor the points lost;
/// - item 7: the set of conduct problems found only grows, nor the points lost;
/// - item 11: clues only accumulate, so the item never drops;
/// - vetoes 2, 3 and 4, once they hold, hold in every later quarter.
/// Not implied, so not checked: the total, the rank, items 2 (members leave), 3, 4, 8, 9, 12, 13,
/// 14 (judgments can be restated, months without 例会 or updates are added, more trainings are
/// required) and 10 (the case sums and their ratio change), and veto 1.
@Suite("Year-to-date accumulation")
struct AccumulationProperties {
    @Test func deductionsThatAccumulateNeverShrink() async {
        await PropertyRun.check(YearRecordsGen.records, cases: 300, describe: \.summary) { records in
            let quarters = records.settings.assessedQuarters
            for community in records.communities {
                let accumulated = quarters.map { Accumulated(community, records, $0) }
                for (a, b) in zip(accumulated, accumulated.dropFirst()) {
                    let span = "\(community.slug) \(a.quarter)→\(b.quarter)"
                    #expect(Array(b.dueDates.prefix(a.dueDates.count)) == a.dueDates, "due dates \(span)")
                    #expect(a.misses <= b.misses, "item 5 misses \(span)")
                    #expect(a.lost(5) <= b.lost(5), "item 5 lost \(span)")
                    #expect(a.noPatrolFindings <= b.noPatrolFindings, "未开展巡逻 \(span)")
                    #expect(a.lost(6) <= b.lost(6), "item 6 lost \(span)")
                    #expect(a.conductProblems.isSubset(of: b.conductProblems), "item 7 problems \(span)")
                    #expect(a.lost(7) <= b.lost(7), "item 7 lost \(span)")
                    #expect(a.points(11) <= b.points(11), "item 11 \(span)")
                    #expect(a.vetoes.intersection([2, 3, 4]).isSubset(of: b.vetoes), "vetoes \(span)")
                }
            }
        }
    }
}

/// What one community has accumulated by one quarter's assessment (only the rules checked here
/// are evaluated: scoring all fourteen items is what makes a case slow).
private struct Accumulated {
    var quarter: Quarter
    var items: [Int: ItemScore]
    var vetoes: Set<Int>
    var dueDates: [ScheduleDueDate]
    var noPatrolFindings: Int
    var conductProblems: Set<String>

    init(_ community: Community, _ records: YearRecords, _ quarter: Quarter) {
        let context = EvaluationContext(records: records, community: community, quarter: quarter)
        self.quarter = quarter
        let rules: [any ItemRule.Type] = [Item05ScheduleReports.self, Item06DailyPatrol.self,
                                          Item07PatrolConduct.self, Item11Clues.self]
        items = Dictionary(uniqueKeysWithValues: rules.map { ($0.number, $0.score(in: context)) })
        vetoes = Set(Vetoes.findings(in: context).map(\.number))
        dueDates = context.scheduleDueDates
        noPatrolFindings = Item06DailyPatrol.noPatrolFindings(in: context).count
        conductProblems = Set(context.inspections.flatMap(\.problems))
            .intersection(context.rulebook.conductProblems)
    }

    var misses: Int { dueDates.filter(\.status.isMiss).count }
    func points(_ item: Int) -> Points { items[item]!.points }
    func lost(_ item: Int) -> Points { items[item]!.maximum - points(item) }
}
