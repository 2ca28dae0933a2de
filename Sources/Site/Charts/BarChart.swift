import Scoring

/// A horizontal bar chart laid out at build time (inline SVG, no script): one bar per
/// community, lengths proportional to the total against the full marks. The `partials/bar-chart`
/// template only places the computed coordinates. With more than `maximumBars` entries only the
/// first ones (the top of the ranking) are drawn, with a note saying so: at 10,000 communities a
/// full chart would be 200,000 pixels tall, while the tables beside it stay complete.
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
    let note: String
    let hasNote: Bool

    static let rowHeight = 20
    static let barArea = 420
    static let maximumBars = 100

    /// One bar to draw: `value` in the chart's own unit (against `scale`), `text` printed after it.
    struct Entry {
        let label: String
        let value: Int
        let text: String
        /// Drawn outlined and dashed instead of filled (a vetoed community).
        let outlined: Bool
    }

    /// Communities' totals against the full marks; vetoed ones outlined and marked （否决）.
    init(title: String, entries: [(label: String, points: Points, vetoed: Bool)], maximum: Points) {
        self.init(title: title, bars: entries.map {
            Entry(label: $0.label, value: $0.points.tenths, text: $0.points.description + ($0.vetoed ? "（否决）" : ""),
                  outlined: $0.vetoed)
        }, scale: maximum.tenths)
    }

    /// Any figures against `scale` (the value of a full-length bar).
    init(title: String, bars entries: [Entry], scale: Int, labelWidth: Int = 130, textWidth: Int = 110) {
        let scale = max(scale, 1)
        self.title = title
        self.labelWidth = labelWidth
        self.axisX = labelWidth
        let all = entries.count
        let entries = entries.prefix(Self.maximumBars)
        self.note = all > entries.count ? "图中只画出前\(entries.count)名（共\(all)个社区），完整名次见表格。" : ""
        self.hasNote = !note.isEmpty
        self.bars = entries.enumerated().map { index, entry in
            let width = max(0, min(entry.value, scale)) * Self.barArea / scale
            let y = 4 + index * Self.rowHeight
            return Bar(label: entry.label, value: entry.text, y: y, textY: y + 13, width: width,
                       valueX: labelWidth + width + 6, vetoed: entry.outlined)
        }
        self.axisHeight = 8 + entries.count * Self.rowHeight
        self.height = axisHeight
        self.width = labelWidth + Self.barArea + textWidth
    }
}

// Field tables for the templates (see TemplateFields).

extension BarChartView.Bar: TemplateFields {
    static let templateFields: [String: TemplateAccessor<BarChartView.Bar>] = [
        "label": { $0.label },
        "value": { $0.value },
        "y": { $0.y },
        "textY": { $0.textY },
        "width": { $0.width },
        "valueX": { $0.valueX },
        "vetoed": { $0.vetoed },
    ]
}

extension BarChartView: TemplateFields {
    static let templateFields: [String: TemplateAccessor<BarChartView>] = [
        "title": { $0.title },
        "width": { $0.width },
        "height": { $0.height },
        "labelWidth": { $0.labelWidth },
        "bars": { $0.bars },
        "axisX": { $0.axisX },
        "axisHeight": { $0.axisHeight },
        "note": { $0.note },
        "hasNote": { $0.hasNote },
    ]
}
