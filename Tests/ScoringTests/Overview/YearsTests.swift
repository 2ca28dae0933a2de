import Testing
@testable import Scoring

/// Across years: `History` (the town and each community year by year) and `YearComparison`
/// (a year against the previous one over the same period), with the mid-year estimate.
@Suite struct YearsTests {
    typealias F = OverviewFixture

    /// 2017 assessed to Q4; 2018 to Q2 under a changed rulebook; "b" leaves, "n" joins.
    static func years() -> (YearResult, YearResult) {
        let q2017 = [Quarter.q1, .q2, .q3, .q4].map { quarter in
            F.quarter(quarter, [F.score("a", [100, 30], quarter: quarter), F.score("b", [70, 20], quarter: quarter),
                                F.score("c", [60, 20], vetoes: quarter == .q2 ? [1] : [], quarter: quarter)])
        }
        var changed = Rulebook()
        changed.noPatrolDeduction = 6
        let q1 = F.quarter(.q1, [F.score("a", [90, 30], quarter: .q1, year: 2018), F.score("c", [80, 50], quarter: .q1, year: 2018),
                                 F.score("n", [40, 10], quarter: .q1, year: 2018)])
        let q2 = F.quarter(.q2, [F.score("a", [80, 30], quarter: .q2, year: 2018), F.score("c", [90, 50], quarter: .q2, year: 2018),
                                 F.score("n", [40, 20], vetoes: [4], quarter: .q2, year: 2018)], previous: q1)
        return (F.year(2017, q2017), F.year(2018, [q1, q2], rulebook: changed))
    }

    @Test func theEstimateAppliesTheYearsSubsidyRuleToTheLatestQuarter() {
        let (_, y2018) = Self.years()
        let standing = y2018.standing
        #expect(standing?.isAnnual == false && standing?.quarter.quarter == .q2)
        // c 14 → 一档 20,000; a 11 → 二档 10,000; n vetoed → 0.
        #expect(standing?.annual.standings.map(\.slug) == ["c", "a", "n"])
        #expect(standing?.annual.standings.map(\.subsidy) == [Money(yuan: 20000), Money(yuan: 10000), .zero])
        #expect(standing?.annual.totalSubsidy == Money(yuan: 30000))
        let (y2017, _) = Self.years()
        #expect(y2017.standing?.isAnnual == true && y2017.standing?.annual == y2017.annual)
    }

    @Test func historyListsEachCommunitysYearsAndMarksTheChangedRules() {
        let (y2017, y2018) = Self.years()
        let history = History([y2018, y2017])
        #expect(history.town.map(\.year) == [2017, 2018])
        #expect(history.town.map(\.isAnnual) == [true, false] && history.town.map(\.rulesChanged) == [false, true])
        #expect(history.town[0].summary.averageHundredths == 1000 && history.town[1].summary.averageHundredths == 1033)
        #expect(history.town[1].summary.totalSubsidy == Money(yuan: 30000) && history.town[1].quarter == .q2)
        let a = history.years(of: "a")
        #expect(a.map(\.year) == [2017, 2018] && a.map(\.total) == [13, 11] && a.map(\.rank) == [1, 2])
        #expect(a.map(\.subsidy) == [Money(yuan: 20000), Money(yuan: 10000)] && a.map(\.rulesChanged) == [false, true])
        #expect(history.years(of: "b").map(\.year) == [2017])
        #expect(history.years(of: "n").map(\.vetoed) == [true] && history.years(of: "n")[0].rank == nil)
        #expect(history.years(of: "zz").isEmpty)
    }

    @Test func aYearIsComparedWithTheSamePeriodOfThePreviousYear() throws {
        let (y2017, y2018) = Self.years()
        let comparison = try #require(YearComparison(y2018, previous: y2017))
        #expect(comparison.quarter == .q2 && !comparison.isAnnual && comparison.rulesChanged)
        // 2017 Q2: a 13, b 9, c 8 (vetoed); 2018 Q2: c 14, a 11, n 6 (vetoed): 31 / 3 = 10.33.
        #expect(comparison.previous.averageHundredths == 1000 && comparison.current.averageHundredths == 1033)
        #expect(comparison.previous.vetoed == 1 && comparison.current.vetoed == 1)
        // Both subsidies estimated from Q2 with each year's rule: 20,000 + 10,000 both years.
        #expect(comparison.previous.totalSubsidy == Money(yuan: 30000) && comparison.current.totalSubsidy == Money(yuan: 30000))
        #expect(comparison.communities.map(\.slug) == ["c", "a", "n"])
        #expect(comparison.communities.map(\.totalChange) == [6, -2, nil])
        #expect(comparison.communities.map(\.previousRank) == [nil, 1, nil] && comparison.communities.map(\.rank) == [1, 2, nil])
        #expect(comparison.communities[0].previouslyVetoed == true && comparison.communities[2].previouslyVetoed == nil)
        #expect(comparison.left.map(\.slug) == ["b"] && comparison.left[0].previousTotal == 9)
    }

    @Test func annualResultsAreComparedWithAnnualResults() throws {
        let (y2017, _) = Self.years()
        let later = F.year(2018, [Quarter.q1, .q2, .q3, .q4].map { F.quarter($0, [F.score("a", [100, 50], quarter: $0, year: 2018)]) })
        let comparison = try #require(YearComparison(later, previous: y2017))
        #expect(comparison.isAnnual && comparison.quarter == .q4 && !comparison.rulesChanged)
        #expect(comparison.previous.totalSubsidy == y2017.annual?.totalSubsidy)
        #expect(comparison.left.map(\.slug) == ["b", "c"])
    }

    @Test func noComparisonWithoutTheSameAssessedQuarter() {
        let (y2017, y2018) = Self.years()
        let early = F.year(2016, [F.quarter(.q1, [F.score("a", [10, 10], quarter: .q1, year: 2016)])])
        #expect(YearComparison(y2017, previous: early) == nil)
        #expect(YearComparison(F.year(2019, []), previous: y2018) == nil)
    }
}
