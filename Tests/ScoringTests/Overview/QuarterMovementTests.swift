import Testing
@testable import Scoring

/// 本季度变化: changes in total and rank against the previous quarter, risers and fallers by
/// total, new and lifted vetoes, newcomers.
@Suite struct QuarterMovementTests {
    typealias F = OverviewFixture

    @Test func comparesEveryCommunityWithThePreviousQuarter() {
        let q1 = F.quarter(.q1, [F.score("a", [90, 50]), F.score("b", [80, 50]), F.score("c", [70, 50], vetoes: [2]),
                                 F.score("d", [60, 50])])
        let q2 = F.quarter(.q2, [F.score("a", [85, 50]), F.score("b", [80, 50]), F.score("c", [95, 50]),
                                 F.score("d", [60, 50], vetoes: [3]), F.score("e", [70, 50])], previous: q1)
        // The ranking carries the previous total beside the previous rank.
        #expect(q2.standing(of: "c")?.previousTotal == Points(tenths: 120) && q2.standing(of: "c")?.totalChange == Points(tenths: 25))
        #expect(q2.standing(of: "c")?.previousRank == nil)   // vetoed in Q1: unranked then
        #expect(q2.standing(of: "e")?.previousTotal == nil && q2.standing(of: "e")?.totalChange == nil)
        let movement = QuarterMovement(q2, previous: q1)
        #expect(movement.previousQuarter == .q1)
        #expect(movement.risers.map(\.slug) == ["c"] && movement.risers[0].totalChange == Points(tenths: 25))
        #expect(movement.fallers.map(\.slug) == ["a"] && movement.fallers[0].totalChange == Points(tenths: -5))
        #expect(movement.newVetoes.map(\.slug) == ["d"] && movement.newVetoes[0].vetoSummary == "（3）否决3")
        #expect(movement.liftedVetoes.map(\.slug) == ["c"])
        #expect(movement.newcomers.map(\.slug) == ["e"])
        #expect(movement.risers[0].rank == 1 && movement.fallers[0].previousRank == 1 && movement.fallers[0].rank == 2)
    }

    @Test func listsTheFiveBiggestMovesTiesBySlug() {
        let q1 = F.quarter(.q1, (0..<8).map { F.score("c\($0)", [50, 20]) })
        let q2 = F.quarter(.q2, (0..<8).map { F.score("c\($0)", [50 + ($0 % 4) * 5, 20]) }, previous: q1)
        let movement = QuarterMovement(q2, previous: q1)
        #expect(movement.risers.count == QuarterMovement.listCount)
        #expect(movement.risers.map(\.slug) == ["c3", "c7", "c2", "c6", "c1"])
        #expect(movement.fallers.isEmpty && movement.newVetoes.isEmpty && movement.newcomers.isEmpty)
    }

    @Test func theFirstQuarterHasNothingToCompare() {
        let q1 = F.quarter(.q1, [F.score("a", [90, 50], vetoes: [1])])
        let movement = QuarterMovement(q1, previous: nil)
        #expect(movement.previousQuarter == nil && movement.risers.isEmpty && movement.newVetoes.isEmpty && movement.newcomers.isEmpty)
    }
}
