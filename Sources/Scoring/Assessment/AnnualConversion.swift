/// The annual result's money and 折算 (docs/评分口径.md §4), in exact integers.
public enum AnnualConversion {
    /// 折算分 in hundredths: total × 满分 / 100 rounded half up; 0 when vetoed.
    public static func convertedHundredths(total: Points, fullMarks: Points, vetoed: Bool) -> Int {
        guard !vetoed else { return 0 }
        return FixedPoint.divideRoundingHalfUp(max(0, total.tenths).multiplied(saturating: max(0, fullMarks.tenths)), by: 100)
    }

    /// The subsidy and, with 分档, the band's name. Zero when vetoed, without 补贴, or no band applies.
    public static func subsidy(total: Points, vetoed: Bool, rule: SubsidyRule?) -> (amount: Money, band: String?) {
        guard !vetoed, let rule else { return (.zero, nil) }
        switch rule {
        case .bands(let bands):
            guard let band = bands.first(where: { $0.minimum <= total }) else { return (.zero, nil) }
            return (band.amount, band.name)
        case .proRata(let fullAmount):
            let fen = FixedPoint.divideRoundingHalfUp(max(0, fullAmount.fen).multiplied(saturating: max(0, total.tenths)), by: 1000)
            return (Money(fen: fen), nil)
        }
    }

    /// The annual result from the Q4 assessment, in its ranking order.
    public static func annualResult(_ q4: QuarterResult, settings: YearSettings) -> AnnualResult {
        AnnualResult(standings: q4.standings.map { standing in
            let score = standing.score
            let subsidy = subsidy(total: score.total, vetoed: score.isVetoed, rule: settings.subsidy)
            return AnnualStanding(
                slug: score.slug, name: score.name, policeStation: score.policeStation, total: score.total,
                vetoed: score.isVetoed, rank: standing.rank,
                convertedHundredths: convertedHundredths(total: score.total, fullMarks: settings.conversionFullMarks,
                                                         vetoed: score.isVetoed),
                subsidy: subsidy.amount, band: subsidy.band)
        })
    }
}
