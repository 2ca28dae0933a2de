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
    let quarterHeadings: [QuarterCell]
    let communities: [CommunityRow]
    let introHTML: String
    let hasIntro: Bool
    let links: [LinkView]

    init(content: YearContent, index: YearIndex, page: SitePath) {
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
        self.annualRows = (result.annual?.standings ?? []).map {
            AnnualRow(rank: $0.rank.map(String.init) ?? "不排名", name: $0.name,
                      href: page.link(to: .scorecard($0.slug, of: year)), total: $0.total.description,
                      converted: $0.formattedConverted, subsidy: Format.yuan($0.subsidy), vetoed: $0.vetoed)
        }
        let latest = result.quarters.last
        self.summary = latest.map { quarter in
            [TownSummaryView(quarter, annual: result.annual, settings: result.settings,
                             heading: result.annual != nil ? "全镇概况（年度）" : "全镇概况：截至\(quarter.quarter.name)（非年度结果）")]
        } ?? []
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
            return x != y ? x < y : a.slug.utf8.lexicographicallyPrecedes(b.slug.utf8)
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
    static let templateFields: [String: @Sendable (YearView.AnnualRow) -> Any] = [
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
    static let templateFields: [String: @Sendable (YearView.QuarterCell) -> Any] = [
        "value": { $0.value },
    ]
}

extension YearView.CommunityRow: TemplateFields {
    static let templateFields: [String: @Sendable (YearView.CommunityRow) -> Any] = [
        "name": { $0.name },
        "href": { $0.href },
        "station": { $0.station },
        "cells": { $0.cells },
    ]
}

extension YearView: TemplateFields {
    static let templateFields: [String: @Sendable (YearView) -> Any] = [
        "year": { $0.year },
        "statusText": { $0.statusText },
        "hasAnnual": { $0.hasAnnual },
        "annualRows": { $0.annualRows },
        "hasChart": { $0.hasChart },
        "summary": { $0.summary },
        "chart": { $0.chart },
        "quarterHeadings": { $0.quarterHeadings },
        "communities": { $0.communities },
        "introHTML": { $0.introHTML },
        "hasIntro": { $0.hasIntro },
        "links": { $0.links },
    ]
}
