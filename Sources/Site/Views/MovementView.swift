import Scoring

/// 本季度变化 (`partials/movement`): the biggest risers and fallers by total against the previous
/// quarter, new and lifted vetoes, and communities assessed for the first time this year.
/// Figures from Scoring's `QuarterMovement`.
struct MovementView {
    struct Line {
        let href: String
        let name: String
        let text: String
    }

    struct List {
        let heading: String
        let lines: [Line]
    }

    let heading: String
    let lists: [List]
    let hasLists: Bool
    let noneText: String

    /// `link` gives the href of a community's scorecard as assessed this quarter.
    init(_ movement: QuarterMovement, quarter: Quarter, link: (String) -> String) {
        let previous = movement.previousQuarter?.name ?? ""
        self.heading = "本季度变化（与\(previous)比较，年初累计总分）"
        func line(_ change: QuarterMovement.Change, veto: Bool = false) -> Line {
            var text = change.previousTotal.map { "总分 \($0) → \(change.total)（\(Format.difference(change.totalChange))）" }
                ?? "总分 \(change.total)"
            switch (change.previousRank, change.rank) {
            case let (before?, now?): text += "，名次 第\(before)名 → 第\(now)名"
            case let (nil, now?): text += "，第\(now)名"
            case (_, nil): text += "，不排名"
            }
            if veto, !change.vetoSummary.isEmpty { text += "；一票否决：" + change.vetoSummary }
            return Line(href: link(change.slug), name: change.name, text: text)
        }
        let lists = [
            List(heading: "总分上升最多", lines: movement.risers.map { line($0) }),
            List(heading: "总分下降最多", lines: movement.fallers.map { line($0) }),
            List(heading: "本季度新增一票否决", lines: movement.newVetoes.map { line($0, veto: true) }),
            List(heading: "本季度解除一票否决", lines: movement.liftedVetoes.map { line($0) }),
            List(heading: "本季度首次参加考核", lines: movement.newcomers.map { line($0, veto: true) }),
        ]
        self.lists = lists.filter { !$0.lines.isEmpty }
        self.hasLists = !self.lists.isEmpty
        self.noneText = "与\(previous)相比，各社区总分均无变化，也没有一票否决的增减。"
    }
}

// Field tables for the templates (see TemplateFields).

extension MovementView.Line: TemplateFields {
    static let templateFields: [String: TemplateAccessor<MovementView.Line>] = [
        "href": { $0.href },
        "name": { $0.name },
        "text": { $0.text },
    ]
}

extension MovementView.List: TemplateFields {
    static let templateFields: [String: TemplateAccessor<MovementView.List>] = [
        "heading": { $0.heading },
        "lines": { $0.lines },
    ]
}

extension MovementView: TemplateFields {
    static let templateFields: [String: TemplateAccessor<MovementView>] = [
        "heading": { $0.heading },
        "lists": { $0.lists },
        "hasLists": { $0.hasLists },
        "noneText": { $0.noneText },
    ]
}
