/// Property tests of the scoring library over random generated years (see `YearRecordsGen`).
///
/// Runs are reproducible: every case is seeded from a fixed base seed (see `PropertyRun`).
/// More or other cases: `QUNFANG_PROPERTY_CASES=20000` or `QUNFANG_PROPERTY_SEED=random`
/// before `swift test --filter ScoringPropertyTests`.
import Scoring
import Testing

@Suite("Monotonicity of the rules")
struct MonotonicityProperties {
    /// A 未开展巡逻 finding, a late or removed schedule report, or a 市级以上 exposure never raises an
    /// item or the total and never lifts a veto; a training, a clue or an on-time report never
    /// lowers one and never adds a veto. In every assessed quarter.
    @Test func changesMoveScoresOnlyOneWay() async {
        await PropertyRun.check(ChangedYear.generator, cases: 400, describe: \.summary) { input in
            let before = input.scores(changed: false)
            let after = input.scores(changed: true)
            let (worse, better) = input.change.worsens ? (after, before) : (before, after)
            for (w, b) in zip(worse, better) {
                let quarter = w.period.quarter
                for (wItem, bItem) in zip(w.items, b.items) {
                    #expect(wItem.points <= bItem.points,
                            "item \(wItem.item.number) in \(quarter): \(wItem.points) > \(bItem.points)")
                }
                #expect(w.total <= b.total, "total in \(quarter)")
                #expect(Set(b.vetoes.map(\.number)).isSubset(of: w.vetoes.map(\.number)), "vetoes in \(quarter)")
            }
        }
    }
}
