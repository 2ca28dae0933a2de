/// Property tests of the scoring library over random generated years (see `YearRecordsGen`).
///
/// Runs are reproducible: every case is seeded from a fixed base seed (see `PropertyRun`).
/// More or other cases: `QUNFANG_PROPERTY_CASES=20000` or `QUNFANG_PROPERTY_SEED=random`
/// before `swift test --filter ScoringPropertyTests`.
import Scoring
import Testing

/// docs/评分口径.md §4 on synthetic Q4 scores and random settings (满分 0–30, bands in any order,
/// 按分值 with odd fen), recomputed with integer quotient and remainder in `ResultChecks`.
@Suite("折算 and subsidy")
struct AnnualResultProperties {
    @Test func convertedScoreAndSubsidy() async {
        await PropertyRun.check(ScoreGen.annual, cases: 500, describe: {
            "\($0.scores.map(\.brief)), 满分 \($0.settings.conversionFullMarks), 补贴 \(String(describing: $0.settings.subsidy))"
        }) { input in
            let q4 = Ranking.quarterResult(.q4, scores: input.scores, previous: nil)
            ResultChecks.annual(AnnualConversion.annualResult(q4, settings: input.settings), q4: q4,
                                settings: input.settings)
        }
    }
}
