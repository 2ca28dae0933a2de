import Records
import Scoring

/// `Y/index.html`: the annual ranking with its bar chart (or the latest quarter's while the
/// year is not finished), every community's quarterly totals and ranks, index.md and links.
struct YearView {
    struct AnnualRow {
        let rank: String
        let name: String
        let href: String
        let total: String
        let converted: String
        let subsidy: String
        let vetoed: Bool

        /// The line of `standing`: the annual result, or the estimate from the latest quarter.
        init(_ standing: AnnualStanding, year: Int, page: SitePath) {
            rank = standing.rank.map(String.init) ?? "不排名"
            name = standing.name
            href = page.link(to: .scorecard(standing.slug, of: year))
            total = standing.total.description
            converted = standing.formattedConverted
            subsidy = Format.yuan(standing.subsidy)
            vetoed = standing.vetoed
        }
    }

    struct QuarterCell { let value: String }

    struct CommunityRow {
        let name: String
        let href: String
        let station: String
        let cells: [QuarterCell]
    }

    let year: Int
    let statusText: String
    let hasAnnual: Bool
    let annualRows: [AnnualRow]
    let hasChart: Bool
    let chart: BarChartView
    /// The town at a glance at the latest assessment (the year's at Q4).
    let summary: [TownSummaryView]
    /// Before Q4: the latest standing with the subsidy estimated from it.
    let estimateHeading: String
    let estimateNote: String
    /// The annual ranking's lines, made from the estimated annual result.
    let estimateRows: [AnnualRow]
    let estimateTotal: String
    let hasEstimate: Bool
    /// Where points are lost at the latest assessment.
    let pointsLost: [PointsLostView]
    /// Against the previous year in the content, over the same period.
    let comparison: [YearComparisonView]
    let quarterHeadings: [QuarterCell]
    let communities: [CommunityRow]
    let introHTML: String
    let hasIntro: Bool
    let links: [LinkView]

    /// `previous`: the year before it in the content, to compare with.
    init(content: YearContent, index: YearIndex, page: SitePath, previous: YearResult? = nil) {
        let result = index.result
        let year = result.year
        let rulebook = result.settings.rulebook
        self.year = year
        let assessed = result.quarters.map(\.quarter.name)
        self.statusText = assessed.isEmpty
            ? "数据截止 \(result.settings.cutoff)，本年度尚未考核。"
            : "数据截止 \(result.settings.cutoff)，已考核：\(assessed.joined(separator: "、"))。"
                + (result.annual == nil ? "年度考核（四季度）尚未完成。" : "")
        self.hasAnnual = result.annual != nil
        self.annualRows = (result.annual?.standings ?? []).map { AnnualRow($0, year: year, page: page) }
        let latest = result.quarters.last
        self.summary = result.standing.map { standing in
            [TownSummaryView(standing.quarter, annual: standing.annual, settings: result.settings,
                             heading: standing.isAnnual ? "全镇概况（年度）" : "全镇概况：截至\(standing.quarter.quarter.name)（非年度结果）",
                             estimated: !standing.isAnnual)]
        } ?? []
        let estimate = result.standing.flatMap { $0.isAnnual ? nil : $0 }
        let latestName = latest?.quarter.name ?? ""
        self.hasEstimate = estimate != nil
        self.estimateHeading = "截至\(latestName)排名与按当前得分预估补贴（非年度结果）"
        self.estimateNote = "按本年度补贴办法，以截至\(latestName)的年初累计总分预估；一票否决的社区为 0。"
            + "实际补贴以四季度考核后的年度结果为准。"
        self.estimateRows = (estimate?.annual.standings ?? []).map { AnnualRow($0, year: year, page: page) }
        self.estimateTotal = estimate.map { Format.yuan($0.annual.totalSubsidy) } ?? ""
        self.pointsLost = latest.map { quarter in
            [PointsLostView(PointsLost(quarter),
                            heading: result.annual != nil ? "失分分布（年度）" : "失分分布：截至\(quarter.quarter.name)（非年度结果）",
                            link: { page.link(to: .scorecard($0, of: year)) })]
        } ?? []
        self.comparison = previous.flatMap { YearComparison(result, previous: $0) }.map { [YearComparisonView($0, page: page)] } ?? []
        self.hasChart = latest != nil
        self.chart = BarChartView(
            title: latest.map { result.annual != nil ? "年度总分" : "\($0.quarter.name)总分（年初累计）" } ?? "",
            entries: (latest?.standings ?? []).map { ($0.score.name, $0.score.total, $0.score.isVetoed) },
            maximum: rulebook.totalMaximum)
        self.quarterHeadings = Quarter.allCases.map { QuarterCell(value: $0.name) }
        // In the order of the latest assessed ranking (the annual one at year end), as the
        // office reads it; before any assessment, by SLUG.
        let order = Dictionary(uniqueKeysWithValues: (latest?.standings ?? []).enumerated().map { ($1.score.slug, $0) })
        let ranked = content.records.communities.sorted { a, b in
            let (x, y) = (order[a.slug] ?? Int.max, order[b.slug] ?? Int.max)
            return x != y ? x < y : a.slug.utf8Precedes(b.slug)
        }
        self.communities = ranked.map { community in
            CommunityRow(
                name: community.name, href: page.link(to: .scorecard(community.slug, of: year)),
                station: community.policeStation ?? "",
                cells: Quarter.allCases.map { quarter in
                    guard index.quarter(quarter) != nil else { return QuarterCell(value: "未考核") }
                    guard let standing = index.standing(of: community.slug, in: quarter) else { return QuarterCell(value: "—") }
                    let rank = standing.rank.map { "第\($0)名" } ?? "否决"
                    return QuarterCell(value: "\(standing.score.total)（\(rank)）")
                })
        }
        let intro = content.indexMarkdown.map(Markdown.html) ?? ""
        self.introHTML = intro
        self.hasIntro = !intro.isEmpty
        self.links = LayoutBuilder.yearPages(year).dropFirst().map { LinkView(href: page.link(to: $0.0), label: $0.1) }
            + [LinkView(href: page.link(to: .resultsCSV(year)), label: "结果表格（CSV，可用 Excel/WPS 打开）"),
               LinkView(href: page.link(to: .resultsJSON(year)), label: "结果数据（JSON）")]
    }
}

// Field tables for the templates (see TemplateFields).

extension YearView.AnnualRow: TemplateFields {
    static let templateFields: [String: TemplateAccessor<YearView.AnnualRow>] = [
        "rank": { $0.rank },
        "name": { $0.name },
        "href": { $0.href },
        "total": { $0.total },
        "converted": { $0.converted },
        "subsidy": { $0.subsidy },
        "vetoed": { $0.vetoed },
    ]
}

extension YearView.QuarterCell: TemplateFields {
    static let templateFields: [String: TemplateAccessor<YearView.QuarterCell>] = [
        "value": { $0.value },
    ]
}

extension YearView.CommunityRow: TemplateFields {
    static let templateFields: [String: TemplateAccessor<YearView.CommunityRow>] = [
        "name": { $0.name },
        "href": { $0.href },
        "station": { $0.station },
        "cells": { $0.cells },
    ]
}

extension YearView: TemplateFields {
    static let templateFields: [String: TemplateAccessor<YearView>] = [
        "year": { $0.year },
        "statusText": { $0.statusText },
        "hasAnnual": { $0.hasAnnual },
        "annualRows": { $0.annualRows },
        "hasChart": { $0.hasChart },
        "summary": { $0.summary },
        "estimateHeading": { $0.estimateHeading },
        "estimateNote": { $0.estimateNote },
        "estimateRows": { $0.estimateRows },
        "estimateTotal": { $0.estimateTotal },
        "hasEstimate": { $0.hasEstimate },
        "pointsLost": { $0.pointsLost },
        "comparison": { $0.comparison },
        "chart": { $0.chart },
        "quarterHeadings": { $0.quarterHeadings },
        "communities": { $0.communities },
        "introHTML": { $0.introHTML },
        "hasIntro": { $0.hasIntro },
        "links": { $0.links },
    ]
}
