import Scoring

/// `Y/qN.html`: the quarter's year-to-date ranking with rank changes and category subtotals,
/// the same ranking grouped by 派出所, and the 治安状况排序 by 平台考核数.
struct QuarterView {
    struct PoliceRow {
        let rank: String
        let name: String
        let href: String
        let station: String
        let platformScore: String
    }

    let title: String
    let periodText: String
    let assessed: Bool
    let notAssessedText: String
    let standings: StandingsTable
    let chart: BarChartView
    /// The town at a glance for this quarter (with the year's subsidy at Q4).
    let summary: [TownSummaryView]
    /// 本季度变化 against the previous assessed quarter (none in the year's first).
    let movement: [MovementView]
    /// Where points are lost in this quarter's period.
    let pointsLost: [PointsLostView]
    let groups: [StationGroup]
    let hasGroups: Bool
    let policeRows: [PoliceRow]
    let csvHref: String
    let jsonHref: String
    /// This quarter's meeting booklet, when it has one (not in a year split into volumes).
    let bookletHref: String
    let hasBooklet: Bool

    /// `booklet`: where this quarter's meeting booklet is, when it has one.
    init(quarter: Quarter, result: YearResult, page: SitePath, booklet: SitePath? = nil) {
        let year = result.year
        let settings = result.settings
        let period = AssessmentPeriod(year: year, quarter: quarter)
        self.title = "\(year)年\(quarter.name)考核排名"
        self.periodText = "考核期：\(year)年1月1日至\(period.end)（年初累计）"
        let quarterResult = result.quarters.first { $0.quarter == quarter }
        self.assessed = quarterResult != nil
        self.notAssessedText = "未考核：本季度末（\(period.end)）晚于数据截止日期（\(settings.cutoff)）。"
        let standings = quarterResult?.standings ?? []
        self.standings = StandingsTable(standings, year: year, rulebook: settings.rulebook, from: page, linksQuarter: true)
        self.chart = BarChartView(
            title: "\(quarter.name)总分",
            entries: standings.map { ($0.score.name, $0.score.total, $0.score.isVetoed) },
            maximum: settings.rulebook.totalMaximum)
        self.summary = quarterResult.map {
            [TownSummaryView($0, annual: quarter == .q4 ? result.annual : nil, settings: settings,
                             heading: "全镇概况：\(quarter.name)")]
        } ?? []
        let scorecard = { (slug: String) in page.link(to: .scorecard(slug, quarter: quarter.rawValue, of: year)) }
        let previous = result.quarters.last { $0.quarter < quarter }
        self.movement = quarterResult.flatMap { current in
            previous.map { [MovementView(QuarterMovement(current, previous: $0), quarter: quarter, link: scorecard)] }
        } ?? []
        self.pointsLost = quarterResult.map {
            [PointsLostView(PointsLost($0), heading: "失分分布：\(quarter.name)（年初累计）", link: scorecard)]
        } ?? []
        self.groups = StationGroup.groups(standings, year: year, rulebook: settings.rulebook, from: page, linksQuarter: true)
        self.hasGroups = groups.count > 1
        self.policeRows = (quarterResult?.policeOrder ?? []).map {
            PoliceRow(rank: String($0.policeRank), name: $0.score.name,
                      href: page.link(to: .scorecard($0.score.slug, quarter: quarter.rawValue, of: year)),
                      station: $0.score.policeStation ?? "", platformScore: $0.score.platformScore.description)
        }
        self.hasBooklet = quarterResult != nil && booklet != nil
        self.bookletHref = booklet.map(page.link(to:)) ?? ""
        self.csvHref = page.link(to: .resultsCSV(year))
        self.jsonHref = page.link(to: .resultsJSON(year))
    }
}

// Field tables for the templates (see TemplateFields).

extension QuarterView.PoliceRow: TemplateFields {
    static let templateFields: [String: TemplateAccessor<QuarterView.PoliceRow>] = [
        "rank": { $0.rank },
        "name": { $0.name },
        "href": { $0.href },
        "station": { $0.station },
        "platformScore": { $0.platformScore },
    ]
}

extension QuarterView: TemplateFields {
    static let templateFields: [String: TemplateAccessor<QuarterView>] = [
        "title": { $0.title },
        "periodText": { $0.periodText },
        "assessed": { $0.assessed },
        "notAssessedText": { $0.notAssessedText },
        "standings": { $0.standings },
        "chart": { $0.chart },
        "movement": { $0.movement },
        "pointsLost": { $0.pointsLost },
        "groups": { $0.groups },
        "hasGroups": { $0.hasGroups },
        "policeRows": { $0.policeRows },
        "csvHref": { $0.csvHref },
        "summary": { $0.summary },
        "bookletHref": { $0.bookletHref },
        "hasBooklet": { $0.hasBooklet },
        "jsonHref": { $0.jsonHref },
    ]
}
