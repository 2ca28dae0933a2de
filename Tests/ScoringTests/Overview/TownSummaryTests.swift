import Testing
@testable import Scoring

/// The town at a glance, computed from the results: counts, average and median (hundredths,
/// rounded half up), vetoes by number, bands and the total subsidy, for the town and per 派出所.
@Suite struct TownSummaryTests {
    static func standing(_ slug: String, _ tenths: Int, station: String?, vetoes: [Int] = []) -> Standing {
        let period = AssessmentPeriod(year: 2017, quarter: .q4)
        let item = ItemScore(item: AssessmentItem.numbered(1), maximum: 100, points: Points(tenths: tenths), capped: false, reasons: [])
        let score = CommunityScore(slug: slug, name: slug, policeStation: station, period: period, items: [item],
                                   vetoes: vetoes.map { VetoFinding(number: $0, text: "否决\($0)", reasons: []) },
                                   platformScore: .zero)
        return Standing(score: score, rank: vetoes.isEmpty ? 1 : nil, previousRank: nil, policeRank: 1)
    }

    @Test func summarisesTheTownAndEachStation() {
        let standings = [
            Self.standing("a", 925, station: "甲所"), Self.standing("b", 850, station: "甲所"),
            Self.standing("c", 701, station: "乙所", vetoes: [2, 3]), Self.standing("d", 600, station: nil),
        ]
        let quarter = QuarterResult(quarter: .q4, standings: standings, policeOrder: standings)
        let settings = YearSettings(year: 2017, subsidy: .bands([SubsidyBand(name: "一档", minimum: 90, amount: Money(yuan: 20000)),
                                                                 SubsidyBand(name: "二档", minimum: 80, amount: Money(yuan: 15000))]),
                                    location: .start(of: "year.yaml"))
        let annual = AnnualConversion.annualResult(quarter, settings: settings)
        let (town, stations) = TownSummary.of(quarter, annual: annual, settings: settings)
        #expect(town.assessed == 4)
        #expect(town.averageHundredths == 7690)       // (92.5 + 85 + 70.1 + 60) / 4 = 76.9
        #expect(town.medianHundredths == 7755)        // (70.1 + 85) / 2 = 77.55
        #expect(town.vetoed == 1 && town.vetoCounts == [0, 1, 1, 0])
        #expect(town.bands.map(\.name) == ["一档", "二档", "无补贴"] && town.bands.map(\.count) == [1, 1, 2])
        #expect(town.totalSubsidy == Money(yuan: 35000))
        // Stations by name, compared byte by byte (乙 U+4E59 before 甲 U+7532); none filled in last.
        #expect(stations.map(\.station) == ["乙所", "甲所", "未填派出所"])
        let first = stations.first { $0.station == "甲所" }
        #expect(first?.assessed == 2 && first?.averageHundredths == 8875 && first?.totalSubsidy == Money(yuan: 35000))
    }

    @Test func anEmptyQuarterSummarisesToZeros() {
        let summary = TownSummary(station: nil, standings: [], annual: nil, settings: YearSettings(year: 2017, location: .start(of: "y")))
        #expect(summary.assessed == 0 && summary.averageHundredths == 0 && summary.medianHundredths == 0 && summary.totalSubsidy == nil)
    }
}
