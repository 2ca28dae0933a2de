import Scoring

/// How a year's standing is named where years are compared: "年度" at year end, else
/// "截至二季度（非年度结果）".
private func periodLabel(_ quarter: Quarter, isAnnual: Bool) -> String {
    isAnnual ? "年度" : "截至\(quarter.name)（非年度结果）"
}

/// The note beside a year scored under a rulebook different from the year before it.
let rulesChangedNote = "考核细则与上一年度不同"

/// A community's years (`scorecard` template, “历年考核”): its total, rank and subsidy in every
/// year of the content, with links to each year's scorecard and a trend chart. Shown when the
/// SLUG appears in more than one year. Figures from Scoring's `History`.
struct CommunityHistoryView {
    struct Row {
        let year: String
        let href: String
        let current: Bool
        let period: String
        let total: String
        let rank: String
        let subsidy: String
        let note: String
    }

    let rows: [Row]
    let chart: TrendChartView
    let hasRulesChange: Bool

    init(_ years: [History.CommunityYear], name: String, slug: String, currentYear: Int, maximum: Points, page: SitePath) {
        self.rows = years.map { year in
            Row(year: "\(year.year)年度", href: page.link(to: .scorecard(slug, of: year.year)), current: year.year == currentYear,
                period: periodLabel(year.quarter, isAnnual: year.isAnnual), total: year.total.description,
                rank: year.rank.map { "第\($0)名" } ?? (year.vetoed ? "一票否决" : "—"),
                subsidy: Format.yuan(year.subsidy) + (year.isAnnual ? "" : "（按当前得分预估）"),
                note: year.rulesChanged ? rulesChangedNote : "")
        }
        self.chart = TrendChartView(title: "\(name) 历年总分", columns: years.map {
            (label: "\($0.year)", note: $0.isAnnual ? "" : "截至\($0.quarter.name)", value: $0.total)
        }, maximum: maximum)
        self.hasRulesChange = years.contains(where: \.rulesChanged)
    }
}

/// The town year by year (home page, “全镇历年概况”): communities assessed, average total,
/// vetoes and the subsidy of every year, with a trend chart of the average. From `History`.
struct TownTrendView {
    struct Row {
        let year: String
        let href: String
        let period: String
        let assessed: String
        let average: String
        let vetoed: String
        let subsidy: String
        let note: String
    }

    let rows: [Row]
    let chart: TrendChartView
    let hasChart: Bool
    let hasRulesChange: Bool

    init(_ years: [History.TownYear], maximum: Points, page: SitePath) {
        self.rows = years.map { year in
            Row(year: "\(year.year)年度", href: page.link(to: .year(year.year)),
                period: periodLabel(year.quarter, isAnnual: year.isAnnual), assessed: String(year.summary.assessed),
                average: FixedPoint.formatFixed(year.summary.averageHundredths, decimals: 2),
                vetoed: String(year.summary.vetoed),
                subsidy: (year.summary.totalSubsidy.map(Format.yuan) ?? "—") + (year.isAnnual ? "" : "（按当前得分预估）"),
                note: year.rulesChanged ? rulesChangedNote : "")
        }
        self.chart = TrendChartView(title: "全镇历年平均总分", columns: years.map {
            (label: "\($0.year)", note: $0.isAnnual ? "" : "截至\($0.quarter.name)",
             value: Points(tenths: FixedPoint.divideRoundingHalfUp($0.summary.averageHundredths, by: 10)))
        }, maximum: maximum)
        self.hasChart = years.count > 1
        self.hasRulesChange = years.contains(where: \.rulesChanged)
    }
}

// Field tables for the templates (see TemplateFields).

extension CommunityHistoryView.Row: TemplateFields {
    static let templateFields: [String: TemplateAccessor<CommunityHistoryView.Row>] = [
        "year": { $0.year },
        "href": { $0.href },
        "current": { $0.current },
        "period": { $0.period },
        "total": { $0.total },
        "rank": { $0.rank },
        "subsidy": { $0.subsidy },
        "note": { $0.note },
    ]
}

extension CommunityHistoryView: TemplateFields {
    static let templateFields: [String: TemplateAccessor<CommunityHistoryView>] = [
        "rows": { $0.rows },
        "chart": { $0.chart },
        "hasRulesChange": { $0.hasRulesChange },
    ]
}

extension TownTrendView.Row: TemplateFields {
    static let templateFields: [String: TemplateAccessor<TownTrendView.Row>] = [
        "year": { $0.year },
        "href": { $0.href },
        "period": { $0.period },
        "assessed": { $0.assessed },
        "average": { $0.average },
        "vetoed": { $0.vetoed },
        "subsidy": { $0.subsidy },
        "note": { $0.note },
    ]
}

extension TownTrendView: TemplateFields {
    static let templateFields: [String: TemplateAccessor<TownTrendView>] = [
        "rows": { $0.rows },
        "chart": { $0.chart },
        "hasChart": { $0.hasChart },
        "hasRulesChange": { $0.hasRulesChange },
    ]
}
