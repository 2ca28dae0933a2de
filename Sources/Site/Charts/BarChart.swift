import Scoring

/// A horizontal bar chart laid out at build time (inline SVG, no script): one bar per
/// community, lengths proportional to the total against the full marks. The `partials/bar-chart`
/// template only places the computed coordinates.
struct BarChartView {
    struct Bar {
        let label: String
        let value: String
        let y: Int
        let textY: Int
        let width: Int
        let valueX: Int
        /// Vetoed bars are drawn outlined, so the chart stays readable in black and white.
        let vetoed: Bool
    }

    let title: String
    let width: Int
    let height: Int
    let labelWidth: Int
    let bars: [Bar]
    let axisX: Int
    let axisHeight: Int

    static let rowHeight = 20
    static let barArea = 420

    init(title: String, entries: [(label: String, points: Points, vetoed: Bool)], maximum: Points) {
        let labelWidth = 130
        let scale = max(maximum.tenths, 1)
        self.title = title
        self.labelWidth = labelWidth
        self.axisX = labelWidth
        self.bars = entries.enumerated().map { index, entry in
            let width = max(0, min(entry.points.tenths, scale)) * Self.barArea / scale
            let y = 4 + index * Self.rowHeight
            return Bar(label: entry.label, value: entry.points.description + (entry.vetoed ? "（否决）" : ""),
                       y: y, textY: y + 13, width: width, valueX: labelWidth + width + 6, vetoed: entry.vetoed)
        }
        self.axisHeight = 8 + entries.count * Self.rowHeight
        self.height = axisHeight
        self.width = labelWidth + Self.barArea + 110
    }
}
