@testable import Scoring

/// Small results built by hand for the overview tests: communities with two items (分值 10 and
/// 5), a total, a station and vetoes, ranked by the real `Ranking`.
enum OverviewFixture {
    static let maximums: [Points] = [10, 5]

    /// A community scoring `points` (tenths per item) in `quarter` of `year`.
    static func score(_ slug: String, _ points: [Int], station: String? = nil, vetoes: [Int] = [],
                      quarter: Quarter = .q4, year: Int = 2017) -> CommunityScore {
        let items = points.enumerated().map { index, tenths in
            ItemScore(item: AssessmentItem.numbered(index + 1), maximum: maximums[index], points: Points(tenths: tenths),
                      capped: false, reasons: [])
        }
        return CommunityScore(slug: slug, name: slug + "社区", policeStation: station,
                              period: AssessmentPeriod(year: year, quarter: quarter), items: items,
                              vetoes: vetoes.map { VetoFinding(number: $0, text: "否决\($0)", reasons: []) },
                              platformScore: .zero)
    }

    /// The quarter's result ranked as the tool ranks it, against `previous`.
    static func quarter(_ quarter: Quarter, _ scores: [CommunityScore], previous: QuarterResult? = nil) -> QuarterResult {
        Ranking.quarterResult(quarter, scores: scores, previous: previous)
    }

    static func settings(_ year: Int, rulebook: Rulebook = Rulebook()) -> YearSettings {
        var settings = YearSettings(year: year, subsidy: .bands([SubsidyBand(name: "一档", minimum: 12, amount: Money(yuan: 20000)),
                                                                 SubsidyBand(name: "二档", minimum: 8, amount: Money(yuan: 10000))]),
                                    location: .start(of: "\(year)/year.yaml"))
        settings.rulebook = rulebook
        return settings
    }

    /// A year assessed up to `quarters.last`, with the annual result when Q4 is among them.
    static func year(_ year: Int, _ quarters: [QuarterResult], rulebook: Rulebook = Rulebook()) -> YearResult {
        let settings = settings(year, rulebook: rulebook)
        let annual = quarters.last.flatMap { $0.quarter == .q4 ? AnnualConversion.annualResult($0, settings: settings) : nil }
        return YearResult(settings: settings, quarters: quarters, annual: annual)
    }
}
