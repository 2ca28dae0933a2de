/// Property tests of the scoring library over random generated years (see `YearRecordsGen`).
///
/// Runs are reproducible: every case is seeded from a fixed base seed (see `PropertyRun`).
/// More or other cases: `QUNFANG_PROPERTY_CASES=20000` or `QUNFANG_PROPERTY_SEED=random`
/// before `swift test --filter ScoringPropertyTests`.
import Scoring
import Testing

/// docs/评分口径.md §4 on synthetic scores with many ties (whole scored years are checked the same way in
/// `ScoredYearProperties`).
@Suite("Rankings")
struct RankingProperties {
    @Test func standingsAreCompetitionRankedBySlugOnTies() async {
        await PropertyRun.check(ScoreGen.consecutiveQuarters, cases: 500, describe: Self.describe) { input in
            let slugs = input.current.map(\.slug)
            let previousQuarter = Quarter(rawValue: input.current[0].period.quarter.rawValue - 1)!
            let previous = Ranking.quarterResult(previousQuarter, scores: input.previous, previous: nil)
            let current = Ranking.quarterResult(input.current[0].period.quarter, scores: input.current,
                                                previous: previous)
            ResultChecks.standings(previous, previous: nil, slugs: slugs)
            ResultChecks.standings(current, previous: previous, slugs: slugs)
        }
    }

    @Test func policeOrderIsCompetitionRankedByPlatformScore() async {
        await PropertyRun.check(ScoreGen.consecutiveQuarters, cases: 500, describe: Self.describe) { input in
            let result = Ranking.quarterResult(input.current[0].period.quarter, scores: input.current, previous: nil)
            ResultChecks.policeOrder(result, slugs: input.current.map(\.slug))
        }
    }

    @Sendable static func describe(_ input: (previous: [CommunityScore], current: [CommunityScore])) -> String {
        "previous: \(input.previous.map(\.brief)), current: \(input.current.map(\.brief))"
    }
}
