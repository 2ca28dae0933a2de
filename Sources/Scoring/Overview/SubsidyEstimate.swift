extension AnnualConversion {
    /// 按当前得分预估: the year's 折算 and subsidy rules applied to the latest assessed quarter's
    /// totals, in its ranking order, so a mid-year page can say what the subsidy would be if the
    /// year ended now. Never the annual result: a page shows it labelled as an estimate, and only
    /// until Q4 is assessed (docs/评分口径.md §4).
    public static func estimate(_ latest: QuarterResult, settings: YearSettings) -> AnnualResult {
        annualResult(latest, settings: settings)
    }
}

extension YearResult {
    /// The standing the year's pages summarise: the annual result at year end, else the latest
    /// assessed quarter with its estimated subsidy. Nil before any quarter is assessed.
    public var standing: (quarter: QuarterResult, annual: AnnualResult, isAnnual: Bool)? {
        guard let latest = quarters.last else { return nil }
        if let annual { return (latest, annual, true) }
        return (latest, AnnualConversion.estimate(latest, settings: settings), false)
    }
}
