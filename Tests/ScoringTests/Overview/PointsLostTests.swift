import Testing
@testable import Scoring

/// Where points are lost: per item the points lost across the town, the average per community
/// (hundredths, half up), how many lost any, who lost most; per 派出所 the average per item.
@Suite struct PointsLostTests {
    typealias F = OverviewFixture

    @Test func sumsAveragesAndCountsEachItemsLossesMostLostFirst() {
        // Item 1 (分值 10): losses 0, 2.5, 4, 4 → 10.5 lost, 2.63 a community, 3 losing.
        // Item 2 (分值 5): losses 5, 0, 0, 1 → 6 lost, 1.5 a community, 2 losing.
        let quarter = F.quarter(.q2, [
            F.score("a", [100, 0], station: "甲所"), F.score("b", [75, 50], station: "甲所"),
            F.score("c", [60, 50], station: "乙所", vetoes: [1]), F.score("d", [60, 40]),
        ])
        let lost = PointsLost(quarter)
        #expect(lost.assessed == 4)
        #expect(lost.items.map(\.item.number) == [1, 2])
        let first = lost.items[0], second = lost.items[1]
        #expect(first.lost == Points(tenths: 105) && first.averageHundredths == 263 && first.communitiesLosing == 3)
        #expect(second.lost == 6 && second.averageHundredths == 150 && second.communitiesLosing == 2)
        // Most lost first, ties by SLUG; the vetoed community counts like the others.
        #expect(first.most.map(\.slug) == ["c", "d", "b"] && first.most.map(\.lost) == [4, 4, Points(tenths: 25)])
        #expect(second.most.map(\.slug) == ["a", "d"])
    }

    @Test func averagesEachStationsLossesWithTheUnassignedLast() {
        let quarter = F.quarter(.q1, [
            F.score("a", [100, 0], station: "甲所"), F.score("b", [75, 50], station: "甲所"),
            F.score("c", [60, 50], station: "乙所"), F.score("d", [60, 40]),
        ])
        let stations = PointsLost(quarter).stations
        #expect(stations.map(\.station) == ["乙所", "甲所", StationGrouping.unassigned])
        #expect(stations.map(\.averageHundredths) == [[400, 0], [125, 250], [400, 100]])
        #expect(stations.map(\.assessed) == [1, 2, 1])
    }

    @Test func aTownOfOneStationHasNoStationBreakdown() {
        let quarter = F.quarter(.q1, [F.score("a", [100, 0], station: "甲所"), F.score("b", [75, 50], station: "甲所")])
        #expect(PointsLost(quarter).stations.isEmpty)
    }

    @Test func listsAtMostFiveCommunitiesAndTiesGoInItemOrder() {
        let quarter = F.quarter(.q1, (0..<7).map { F.score("c\($0)", [90, 40]) })
        let lost = PointsLost(quarter)
        // Both items lose 7 points in all: equal losses keep item order.
        #expect(lost.items.map(\.item.number) == [1, 2])
        #expect(lost.items[0].most.count == PointsLost.mostCount && lost.items[0].communitiesLosing == 7)
    }
}
