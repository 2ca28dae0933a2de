import Scoring

/// A year against the previous one (year page, “与上年度比较”): the town's figures over the same
/// period side by side, and each community's change in total and rank; communities that joined
/// or left are said so. Marked when the two years were scored under different 细则. Figures
/// from Scoring's `YearComparison`.
struct YearComparisonView {
    struct FigureRow {
        let label: String
        let previous: String
        let current: String
        let change: String
    }

    struct CommunityRow {
        let name: String
        let href: String
        let previousTotal: String
        let total: String
        let change: String
        let previousRank: String
        let rank: String
        let rankChange: String
    }

    let heading: String
    let previousLabel: String
    let currentLabel: String
    let rulesNote: String
    let hasRulesNote: Bool
    let figures: [FigureRow]
    let communities: [CommunityRow]

    init(_ comparison: YearComparison, page: SitePath) {
        let period = comparison.isAnnual ? "年度结果" : "同期：均截至\(comparison.quarter.name)，年初累计"
        self.heading = "与\(comparison.previousYear)年度比较（\(period)）"
        self.previousLabel = "\(comparison.previousYear)年度"
        self.currentLabel = "\(comparison.year)年度"
        self.rulesNote = comparison.rulesChanged
            ? "注意：两个年度的考核细则不同（各年度的“评分口径说明”列出各自的分值和扣分标准），总分的变化部分来自细则的调整。" : ""
        self.hasRulesNote = comparison.rulesChanged
        let hundredths = { (value: Int) in FixedPoint.formatFixed(value, decimals: 2) }
        func signedHundredths(_ value: Int) -> String {
            value == 0 ? "±0" : (value < 0 ? "−" : "+") + hundredths(abs(value))
        }
        func signedCount(_ value: Int) -> String { value == 0 ? "±0" : (value < 0 ? "−\(-value)" : "+\(value)") }
        let (then, now) = (comparison.previous, comparison.current)
        var figures = [
            FigureRow(label: "考核社区（个）", previous: String(then.assessed), current: String(now.assessed),
                      change: signedCount(now.assessed - then.assessed)),
            FigureRow(label: "平均总分", previous: hundredths(then.averageHundredths), current: hundredths(now.averageHundredths),
                      change: signedHundredths(now.averageHundredths.subtracting(saturating: then.averageHundredths))),
            FigureRow(label: "总分中位数", previous: hundredths(then.medianHundredths), current: hundredths(now.medianHundredths),
                      change: signedHundredths(now.medianHundredths.subtracting(saturating: then.medianHundredths))),
            FigureRow(label: "一票否决（个）", previous: String(then.vetoed), current: String(now.vetoed),
                      change: signedCount(now.vetoed - then.vetoed)),
        ]
        if let before = then.totalSubsidy, let after = now.totalSubsidy {
            let difference = after - before
            figures.append(FigureRow(
                label: comparison.isAnnual ? "补贴合计（元）" : "补贴合计（元，按当时得分预估）",
                previous: Format.yuan(before), current: Format.yuan(after),
                change: difference == .zero ? "±0" : (difference < .zero ? "−" + Format.yuan(.zero - difference) : "+" + Format.yuan(difference))))
        }
        self.figures = figures
        func rank(_ rank: Int?, vetoed: Bool?) -> String {
            guard let vetoed else { return "—" }
            return rank.map { "第\($0)名" } ?? (vetoed ? "一票否决" : "—")
        }
        func row(_ change: YearComparison.Change, href: String) -> CommunityRow {
            let rankChange: String
            if change.total == nil {
                rankChange = "本年未参加"
            } else if change.previousTotal == nil {
                rankChange = "新参加"
            } else if let now = change.rank, let before = change.previousRank {
                rankChange = Format.change(rank: now, previous: before).symbol
            } else {
                rankChange = ""
            }
            return CommunityRow(name: change.name, href: href,
                                previousTotal: change.previousTotal?.description ?? "—", total: change.total?.description ?? "—",
                                change: change.totalChange.map { Format.difference($0) } ?? "—",
                                previousRank: rank(change.previousRank, vetoed: change.previouslyVetoed),
                                rank: rank(change.rank, vetoed: change.vetoed), rankChange: rankChange)
        }
        self.communities = comparison.communities.map { row($0, href: page.link(to: .scorecard($0.slug, of: comparison.year))) }
            + comparison.left.map { row($0, href: page.link(to: .scorecard($0.slug, of: comparison.previousYear))) }
    }
}

// Field tables for the templates (see TemplateFields).

extension YearComparisonView.FigureRow: TemplateFields {
    static let templateFields: [String: TemplateAccessor<YearComparisonView.FigureRow>] = [
        "label": { $0.label },
        "previous": { $0.previous },
        "current": { $0.current },
        "change": { $0.change },
    ]
}

extension YearComparisonView.CommunityRow: TemplateFields {
    static let templateFields: [String: TemplateAccessor<YearComparisonView.CommunityRow>] = [
        "name": { $0.name },
        "href": { $0.href },
        "previousTotal": { $0.previousTotal },
        "total": { $0.total },
        "change": { $0.change },
        "previousRank": { $0.previousRank },
        "rank": { $0.rank },
        "rankChange": { $0.rankChange },
    ]
}

extension YearComparisonView: TemplateFields {
    static let templateFields: [String: TemplateAccessor<YearComparisonView>] = [
        "heading": { $0.heading },
        "previousLabel": { $0.previousLabel },
        "currentLabel": { $0.currentLabel },
        "rulesNote": { $0.rulesNote },
        "hasRulesNote": { $0.hasRulesNote },
        "figures": { $0.figures },
        "communities": { $0.communities },
    ]
}
