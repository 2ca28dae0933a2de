import Scoring

/// Where the town loses points (`partials/points-lost`): each item's points lost across the
/// town, the average per community and how many lost any, most lost first, as a bar chart and a
/// table whose rows lead to the communities that lost most; and, when the communities belong to
/// several 派出所, a heat map of the average loss per item and station. Figures from Scoring's
/// `PointsLost`.
struct PointsLostView {
    struct Row {
        let item: String
        let maximum: String
        let lost: String
        let average: String
        let losing: String
        let most: [LinkView]
        let hasMost: Bool
    }

    struct HeatCell {
        let value: String
        /// 0 (nothing lost) … 4 (more than three quarters of the 分值 lost on average).
        let level: Int
    }

    struct Station { let name: String }

    struct HeatRow {
        let item: String
        let cells: [HeatCell]
    }

    let heading: String
    let chart: BarChartView
    let rows: [Row]
    let stations: [Station]
    let heatRows: [HeatRow]
    let hasHeatMap: Bool

    /// `link` gives the href of a community's scorecard for the period shown.
    init(_ lost: PointsLost, heading: String, link: (String) -> String) {
        let hundredths = { (value: Int) in FixedPoint.formatFixed(value, decimals: 2) }
        self.heading = heading
        let largest = lost.items.map(\.averageHundredths).max() ?? 0
        self.chart = BarChartView(title: "各项平均失分（分/社区），失分多的在前", bars: lost.items.map { item in
            BarChartView.Entry(label: "\(item.item.number) \(item.item.shortTitle)", value: item.averageHundredths,
                               text: "\(hundredths(item.averageHundredths)) 分（\(item.communitiesLosing)个社区）", outlined: false)
        }, scale: largest, labelWidth: 150, textWidth: 140)
        self.rows = lost.items.map { item in
            Row(item: "\(item.item.number) \(item.item.shortTitle)", maximum: item.maximum.description,
                lost: item.lost.description, average: hundredths(item.averageHundredths),
                losing: "\(item.communitiesLosing)/\(lost.assessed)",
                most: item.most.map { LinkView(href: link($0.slug), label: "\($0.name)（−\($0.lost)）") },
                hasMost: !item.most.isEmpty)
        }
        self.stations = lost.stations.map { Station(name: $0.station) }
        let items = lost.items.sorted { $0.item.number < $1.item.number }
        self.heatRows = items.map { item in
            HeatRow(item: "\(item.item.number) \(item.item.shortTitle)", cells: lost.stations.map { station in
                let average = station.averageHundredths[item.item.number - 1]
                return HeatCell(value: hundredths(average), level: Self.level(average, of: item.maximum))
            })
        }
        self.hasHeatMap = !lost.stations.isEmpty
    }

    /// The shade of an average loss: the quarter of the 分值 it reaches (0 when nothing is lost).
    static func level(_ averageHundredths: Int, of maximum: Points) -> Int {
        guard averageHundredths > 0 else { return 0 }
        let full = max(1, maximum.tenths.multiplied(saturating: 10))
        return min(4, max(1, (averageHundredths.multiplied(saturating: 4) + full - 1) / full))
    }
}

// Field tables for the templates (see TemplateFields).

extension PointsLostView.Row: TemplateFields {
    static let templateFields: [String: TemplateAccessor<PointsLostView.Row>] = [
        "item": { $0.item },
        "maximum": { $0.maximum },
        "lost": { $0.lost },
        "average": { $0.average },
        "losing": { $0.losing },
        "most": { $0.most },
        "hasMost": { $0.hasMost },
    ]
}

extension PointsLostView.HeatCell: TemplateFields {
    static let templateFields: [String: TemplateAccessor<PointsLostView.HeatCell>] = [
        "value": { $0.value },
        "level": { $0.level },
    ]
}

extension PointsLostView.Station: TemplateFields {
    static let templateFields: [String: TemplateAccessor<PointsLostView.Station>] = [
        "name": { $0.name },
    ]
}

extension PointsLostView.HeatRow: TemplateFields {
    static let templateFields: [String: TemplateAccessor<PointsLostView.HeatRow>] = [
        "item": { $0.item },
        "cells": { $0.cells },
    ]
}

extension PointsLostView: TemplateFields {
    static let templateFields: [String: TemplateAccessor<PointsLostView>] = [
        "heading": { $0.heading },
        "chart": { $0.chart },
        "rows": { $0.rows },
        "stations": { $0.stations },
        "heatRows": { $0.heatRows },
        "hasHeatMap": { $0.hasHeatMap },
    ]
}
