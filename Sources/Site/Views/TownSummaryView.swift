import Scoring

/// The town at a glance (`partials/town-summary`): a quarter's (or the year's) summary for the
/// whole town and per 派出所, every figure computed by Scoring's `TownSummary`.
struct TownSummaryView {
    struct Line {
        let label: String
        let value: String
    }

    struct StationRow {
        let station: String
        let assessed: String
        let average: String
        let median: String
        let vetoed: String
        let subsidy: String
    }

    let heading: String
    let lines: [Line]
    let stations: [StationRow]
    /// The stations' average totals as bars (the table above is its text).
    let stationChart: BarChartView
    let hasStations: Bool
    let hasSubsidy: Bool
    let subsidyHeading: String

    /// `estimated`: `annual` is the subsidy estimated from a quarter before Q4
    /// (`AnnualConversion.estimate`), and its lines say so.
    init(_ quarter: QuarterResult, annual: AnnualResult?, settings: YearSettings, heading: String, estimated: Bool = false) {
        let (town, parts) = TownSummary.of(quarter, annual: annual, settings: settings)
        let points = { (hundredths: Int) in FixedPoint.formatFixed(hundredths, decimals: 2) }
        self.heading = heading
        var lines = [
            Line(label: "考核社区", value: "\(town.assessed) 个"),
            Line(label: "平均总分", value: points(town.averageHundredths) + " 分"),
            Line(label: "总分中位数", value: points(town.medianHundredths) + " 分"),
            Line(label: "一票否决", value: "\(town.vetoed) 个" + (town.vetoed == 0 ? "" : "（"
                + town.vetoCounts.enumerated().filter { $0.element > 0 }.map { "第（\($0.offset + 1)）条 \($0.element) 个" }
                    .joined(separator: "，") + "）")),
        ]
        if let total = town.totalSubsidy {
            let estimate = estimated ? "（按当前得分预估）" : ""
            lines.append(Line(label: "补贴档次" + estimate, value: town.bands.map { "\($0.name) \($0.count) 个" }.joined(separator: "，")))
            lines.append(Line(label: "补贴合计" + estimate, value: Format.yuan(total) + " 元"))
        }
        self.lines = lines
        self.stations = parts.map {
            StationRow(station: $0.station ?? "", assessed: String($0.assessed), average: points($0.averageHundredths),
                       median: points($0.medianHundredths), vetoed: String($0.vetoed),
                       subsidy: $0.totalSubsidy.map(Format.yuan) ?? "")
        }
        self.stationChart = BarChartView(title: "各派出所社区平均总分", bars: parts.map {
            BarChartView.Entry(label: $0.station ?? "", value: $0.averageHundredths,
                               text: points($0.averageHundredths) + " 分（\($0.assessed)个社区）", outlined: false)
        }, scale: settings.rulebook.totalMaximum.tenths.multiplied(saturating: 10), textWidth: 140)
        self.hasStations = parts.count > 1
        self.hasSubsidy = town.totalSubsidy != nil
        self.subsidyHeading = estimated ? "预估补贴合计（元）" : "补贴合计（元）"
    }
}

// Field tables for the templates (see TemplateFields).

extension TownSummaryView: TemplateFields {
    static let templateFields: [String: TemplateAccessor<TownSummaryView>] = [
        "heading": { $0.heading },
        "lines": { $0.lines },
        "stations": { $0.stations },
        "stationChart": { $0.stationChart },
        "hasStations": { $0.hasStations },
        "hasSubsidy": { $0.hasSubsidy },
        "subsidyHeading": { $0.subsidyHeading },
    ]
}

extension TownSummaryView.Line: TemplateFields {
    static let templateFields: [String: TemplateAccessor<TownSummaryView.Line>] = [
        "label": { $0.label },
        "value": { $0.value },
    ]
}

extension TownSummaryView.StationRow: TemplateFields {
    static let templateFields: [String: TemplateAccessor<TownSummaryView.StationRow>] = [
        "station": { $0.station },
        "assessed": { $0.assessed },
        "average": { $0.average },
        "median": { $0.median },
        "vetoed": { $0.vetoed },
        "subsidy": { $0.subsidy },
    ]
}
