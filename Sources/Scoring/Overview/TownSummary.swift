/// The town at a glance for one assessed quarter (or the year, at Q4): how many communities were
/// assessed, their average and median total, how many were vetoed and by which veto, and at year
/// end how many fall in each subsidy band and the total subsidy. Computed here, from the results,
/// so every page and a reader checking by hand get the same figures (docs/评分口径.md §4).
public struct TownSummary: Hashable, Sendable {
    /// The group summarised: nil for the whole town, else a 派出所's name ("未填派出所" when empty).
    public var station: String?
    public var assessed: Int
    /// Average and median of the totals, vetoed communities included, in hundredths of a point
    /// rounded half up (an average of tenths is not always a tenth).
    public var averageHundredths: Int
    public var medianHundredths: Int
    public var vetoed: Int
    /// How many communities each veto (1…4) holds for; one community may count under several.
    public var vetoCounts: [Int]
    /// At year end: communities per band name (in the rule's order; "无补贴" last), and the total.
    public var bands: [BandCount]
    public var totalSubsidy: Money?

    /// How many communities a subsidy band (or "无补贴") holds.
    public struct BandCount: Hashable, Sendable {
        public var name: String
        public var count: Int
    }

    /// The summary of `standings` (one quarter's, or a station's part of them), with the year's
    /// subsidy figures when `annual` is given.
    public init(station: String?, standings: [Standing], annual: AnnualResult?, settings: YearSettings) {
        self.station = station
        let totals = standings.map(\.score.total.tenths).sorted()
        assessed = totals.count
        averageHundredths = totals.isEmpty ? 0
            : FixedPoint.divideRoundingHalfUp(totals.saturatingSum().multiplied(saturating: 10), by: totals.count)
        if totals.isEmpty {
            medianHundredths = 0
        } else if totals.count % 2 == 1 {
            medianHundredths = totals[totals.count / 2].multiplied(saturating: 10)
        } else {
            medianHundredths = FixedPoint.divideRoundingHalfUp(
                totals[totals.count / 2 - 1].adding(saturating: totals[totals.count / 2]).multiplied(saturating: 10), by: 2)
        }
        vetoed = standings.filter(\.score.isVetoed).count
        vetoCounts = (1...4).map { number in standings.filter { $0.score.vetoes.contains { $0.number == number } }.count }
        if let annual {
            let slugs = Set(standings.map(\.score.slug))
            let mine = annual.standings.filter { slugs.contains($0.slug) }
            var names: [String] = []
            if case .bands(let rule) = settings.subsidy { names = rule.map(\.name) }
            var bands = names.map { name in BandCount(name: name, count: mine.filter { $0.band == name && $0.subsidy != .zero }.count) }
            if case .proRata = settings.subsidy {
                bands.append(BandCount(name: "按分值发放", count: mine.filter { $0.subsidy != .zero }.count))
            }
            bands.append(BandCount(name: "无补贴", count: mine.filter { $0.subsidy == .zero }.count))
            self.bands = bands
            totalSubsidy = mine.map(\.subsidy).reduce(.zero, +)
        } else {
            bands = []
            totalSubsidy = nil
        }
    }

    /// The whole town, then one summary per 派出所 (by name; communities without one last).
    public static func of(_ quarter: QuarterResult, annual: AnnualResult?, settings: YearSettings) -> (town: TownSummary, stations: [TownSummary]) {
        let standings = quarter.standings
        let parts = StationGrouping.groups(standings, station: \.score.policeStation).map {
            TownSummary(station: $0.station, standings: $0.members, annual: annual, settings: settings)
        }
        return (TownSummary(station: nil, standings: standings, annual: annual, settings: settings), parts)
    }
}
