import Scoring

/// Figures over time as a small line chart (inline SVG): one column per quarter of a year, or
/// per year of the content; a column without a figure (未考核) is labelled but not plotted.
struct TrendChartView {
    struct Point {
        let x: Int
        let y: Int
        let label: String
        let valueY: Int
    }

    struct Tick {
        let x: Int
        let label: String
        /// A second line under the label ("未考核"), so neighbouring labels never run together.
        let note: String
        let hasNote: Bool
    }

    struct GridLine {
        let y: Int
        let label: String
        let labelY: Int
    }

    let title: String
    let width: Int
    let height = 200
    let points: [Point]
    let polyline: String
    let ticks: [Tick]
    let grid: [GridLine]
    let plotLeft = 44
    let plotRight: Int
    let plotTop = 16
    let plotBottom = 160
    let tickY = 178
    let noteY = 194

    /// A year's quarters: `totals` holds one entry per quarter, Q1 first; nil for a quarter not
    /// assessed.
    init(title: String, totals: [Points?], maximum: Points) {
        self.init(title: title, columns: Quarter.allCases.enumerated().map { index, quarter in
            let total = totals.indices.contains(index) ? totals[index] : nil
            return (label: quarter.name, note: total == nil ? "未考核" : "", value: total)
        }, maximum: maximum)
    }

    /// Any labelled columns, left to right, with at least four columns' room (a year chart with
    /// two years is as wide as a quarter chart); `value` nil is not plotted.
    init(title: String, columns: [(label: String, note: String, value: Points?)], maximum: Points) {
        let scale = max(maximum.tenths, 1)
        let left = 44, top = 16, bottom = 160
        let step = 89
        let right = left + step * max(4, columns.count)
        func x(_ index: Int) -> Int { left + step / 2 + index * step }
        func y(_ points: Points) -> Int { bottom - max(0, min(points.tenths, scale)) * (bottom - top) / scale }
        self.title = title
        self.plotRight = right
        self.width = right + 20
        self.ticks = columns.enumerated().map {
            Tick(x: x($0.offset), label: $0.element.label, note: $0.element.note, hasNote: !$0.element.note.isEmpty)
        }
        self.points = columns.enumerated().compactMap { index, column in
            column.value.map { Point(x: x(index), y: y($0), label: $0.description, valueY: y($0) - 6) }
        }
        self.polyline = points.map { "\($0.x),\($0.y)" }.joined(separator: " ")
        self.grid = [0, 1, 2, 3, 4].map { part in
            let value = Points(tenths: scale * part / 4)
            return GridLine(y: y(value), label: value.description, labelY: y(value) + 4)
        }
    }
}

// Field tables for the templates (see TemplateFields).

extension TrendChartView.Point: TemplateFields {
    static let templateFields: [String: TemplateAccessor<TrendChartView.Point>] = [
        "x": { $0.x },
        "y": { $0.y },
        "label": { $0.label },
        "valueY": { $0.valueY },
    ]
}

extension TrendChartView.Tick: TemplateFields {
    static let templateFields: [String: TemplateAccessor<TrendChartView.Tick>] = [
        "x": { $0.x },
        "label": { $0.label },
        "note": { $0.note },
        "hasNote": { $0.hasNote },
    ]
}

extension TrendChartView.GridLine: TemplateFields {
    static let templateFields: [String: TemplateAccessor<TrendChartView.GridLine>] = [
        "y": { $0.y },
        "label": { $0.label },
        "labelY": { $0.labelY },
    ]
}

extension TrendChartView: TemplateFields {
    static let templateFields: [String: TemplateAccessor<TrendChartView>] = [
        "title": { $0.title },
        "width": { $0.width },
        "height": { $0.height },
        "points": { $0.points },
        "polyline": { $0.polyline },
        "ticks": { $0.ticks },
        "grid": { $0.grid },
        "plotLeft": { $0.plotLeft },
        "plotRight": { $0.plotRight },
        "plotTop": { $0.plotTop },
        "plotBottom": { $0.plotBottom },
        "tickY": { $0.tickY },
        "noteY": { $0.noteY },
    ]
}
