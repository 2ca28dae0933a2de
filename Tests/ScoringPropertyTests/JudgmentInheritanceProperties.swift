/// Property tests of the scoring library over random generated years (see `YearRecordsGen`).
///
/// Runs are reproducible: every case is seeded from a fixed base seed (see `PropertyRun`).
/// More or other cases: `QUNFANG_PROPERTY_CASES=20000` or `QUNFANG_PROPERTY_SEED=random`
/// before `swift test --filter ScoringPropertyTests`.
import Scoring
import Testing

/// docs/评分口径.md §1: a quarter inherits every judgment it does not restate; never given reads 否.
@Suite("Judgment inheritance")
struct JudgmentInheritanceProperties {
    /// The judgment in force at quarter q is the last one stated at or before q, else 否; and the
    /// items made of judgments alone (4, 9, 13) are scored from exactly those.
    @Test func judgmentInForceIsTheLastStatedOne() async {
        await PropertyRun.check(YearRecordsGen.records, cases: 500, describe: \.summary) { records in
            let rules = records.settings.rulebook
            for community in records.communities {
                for quarter in Quarter.allCases {
                    var expected: [Judgment: (value: Bool, quarter: Quarter)] = [:]
                    for stated in Quarter.allCases where stated <= quarter {
                        for (judgment, entry) in community.judgments[stated] ?? [:] {
                            expected[judgment] = (entry.value, stated)
                        }
                    }
                    let effective = community.effectiveJudgments(for: quarter)
                    #expect(effective.map(\.judgment) == Judgment.allCases)
                    for judgment in effective {
                        let want = expected[judgment.judgment]
                        #expect(judgment.value == (want?.value ?? false), "\(judgment.judgment) at \(quarter)")
                        #expect(judgment.statedIn == want?.quarter)
                        #expect(judgment.isMissing == (want == nil))
                    }

                    guard records.settings.assessedQuarters.contains(quarter) else { continue }
                    func yes(_ judgment: Judgment) -> Bool { expected[judgment]?.value ?? false }
                    func worth(_ points: Points, _ judgment: Judgment) -> Int { yes(judgment) ? points.tenths : 0 }
                    let context = EvaluationContext(records: records, community: community, quarter: quarter)
                    #expect(Item04Logistics.score(in: context).points.tenths == min(rules.maximum(ofItem: 4).tenths,
                                                          worth(rules.fundsPoints, .dedicatedFunds)
                                                          + worth(rules.workStationPoints, .workStation)))
                    #expect(Item09Ledgers.score(in: context).points.tenths == worth(rules.ledgerPoints, .ledgersComplete)
                            + worth(rules.patrolLogPoints, .patrolLogs))
                    #expect(Item13DeedPublicity.score(in: context).points.tenths == worth(rules.volunteerSummaryPoints, .volunteerSummary)
                            + worth(rules.braveryReportPoints, .braveryReported))
                }
            }
        }
    }
}
