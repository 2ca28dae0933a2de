import Scoring

/// `Y/c/SLUG.html` (and each section of `Y/scorecards.html`): the original rulebook's assessment table for the
/// latest assessed period with the self-assessment beside the actual score, the quarters side by
/// side, every lost point with its record, the vetoes, the roster and schedules (masked), the
/// clue-led cases, the 备注 and a trend chart.
struct ScorecardView {
    /// One row of the original rulebook's table (考核内容).
    struct ItemRow {
        let startsCategory: Bool
        let category: String
        let categorySpan: Int
        let number: String
        let title: String
        let maximum: String
        let criteria: String
        let selfDescription: String
        let selfPoints: String
        let actual: String
        /// 自评得分 differs from 实际得分: the row is marked.
        let differs: Bool
        let capped: Bool
    }

    struct QuarterCell { let value: String }

    /// A quarter's column heading, linking to the scorecard as assessed then (when it was).
    struct QuarterHeading {
        let label: String
        let href: String
        let hasLink: Bool
    }

    struct QuarterRow {
        let label: String
        let cells: [QuarterCell]
    }

    /// One reason as the scoring library wrote it: its text is complete, dated where the record
    /// has a date ("2017-03-05 督查发现未开展巡逻"), so the page prints it as it is.
    struct ReasonLine {
        let text: String
        let effect: String
    }

    /// An item that lost points (or was capped), with the reasons the scoring gave.
    struct Deduction {
        let number: String
        let title: String
        let summary: String
        let capped: Bool
        let reasons: [ReasonLine]
    }

    struct Veto {
        let number: String
        let text: String
        let reasons: [ReasonLine]
    }

    let slug: String
    let name: String
    let year: Int
    let station: String
    let hasStation: Bool
    let officer: String
    let hasOfficer: Bool
    let assessed: Bool
    let periodText: String
    /// "二季度" on a quarter's own scorecard (`Y/c/SLUG/qN.html`, a quarter's booklet); empty on
    /// the community's page, which is titled by the year.
    let quarterLabel: String
    let hasQuarterLabel: Bool
    let rows: [ItemRow]
    let maximumTotal: String
    let selfTotal: String
    let actualTotal: String
    /// "（满分106分）" when the year's 分值 do not sum to 100; empty otherwise.
    let maximumNote: String
    let hasDifferences: Bool
    let rank: String
    let vetoed: Bool
    let vetoes: [Veto]
    let quarterHeadings: [QuarterHeading]
    let quarterRows: [QuarterRow]
    let deductions: [Deduction]
    let hasDeductions: Bool
    let annualText: String
    let hasAnnual: Bool
    let trend: TrendChartView
    /// The community's years, on its page of the year when its SLUG is in several years.
    let history: [CommunityHistoryView]
    let records: CommunityRecordsView
    let notesHTML: String
    let hasNotes: Bool
    let href: String
    /// In the meeting booklet: only what fits one A4 page (the table, vetoes and lost points).
    let compact: Bool
    /// Column spans of the 一票否决 and 合计总分 rows (the compact table has no 评分标准 column).

    /// The scorecard as assessed at `quarter` (nil: the latest assessed quarter).
    /// `years`: the community's years in the content (`History.years(of:)`), shown when more than one.
    init(community: Community, index: YearIndex, page: SitePath, compact: Bool = false, quarter: Quarter? = nil,
         years: [History.CommunityYear] = []) {
        let result = index.result
        let year = result.year
        let rulebook = result.settings.rulebook
        let latest = quarter.flatMap { wanted in result.quarters.first { $0.quarter == wanted } } ?? result.quarters.last
        let standing = latest.flatMap { index.standing(of: community.slug, in: $0.quarter) }
        let score = standing?.score
        self.slug = community.slug
        self.name = community.name
        self.year = year
        self.station = community.policeStation ?? ""
        self.officer = community.officer ?? ""
        self.hasStation = community.policeStation != nil
        self.hasOfficer = community.officer != nil
        self.assessed = score != nil
        self.quarterLabel = quarter == nil ? "" : latest?.quarter.name ?? ""
        self.hasQuarterLabel = !quarterLabel.isEmpty
        self.periodText = latest.map {
            "\(year)年\($0.quarter.name)考核（\(year)-01-01至\(AssessmentPeriod(year: year, quarter: $0.quarter).end)，年初累计）"
        } ?? "\(year)年度尚未考核（数据截止日期 \(result.settings.cutoff)）"
        self.rows = Self.itemRows(community: community, score: score, rulebook: rulebook, criteria: index.criteria)
        self.maximumTotal = rulebook.totalMaximum.description
        let selfPoints = community.selfAssessment.values.compactMap(\.points)
        // A partial sum would read as the community's own total: print it only when complete.
        self.selfTotal = selfPoints.count == rulebook.maximums.count ? selfPoints.sum().description : ""
        self.actualTotal = score?.total.description ?? "未考核"
        self.maximumNote = rulebook.totalMaximum == Rulebook().totalMaximum ? "" : "（满分\(rulebook.totalMaximum)分）"
        self.hasDifferences = rows.contains { $0.differs }
        self.rank = standing.map { $0.rank.map { "第\($0)名" } ?? "一票否决，不排名" } ?? "未考核"
        self.vetoed = score?.isVetoed ?? false
        self.vetoes = (score?.vetoes ?? []).sorted { $0.number < $1.number }.map {
            Veto(number: "（\($0.number)）", text: $0.text, reasons: $0.reasons.map(Self.line))
        }
        // A quarter's scorecard is the archive of that quarter's meeting: later quarters had not
        // been assessed then, so they show as 未考核 and its bytes never change after it.
        let shown = { (other: Quarter) in quarter.map { other <= $0 } ?? true }
        self.quarterHeadings = Quarter.allCases.map { quarter in
            let assessed = shown(quarter) && result.quarters.contains { $0.quarter == quarter }
            return QuarterHeading(label: quarter.name,
                                  href: assessed ? page.link(to: .scorecard(community.slug, quarter: quarter.rawValue, of: year)) : "",
                                  hasLink: assessed)
        }
        // The booklet's compact scorecard shows only the table, the vetoes and the lost points:
        // the rest is left empty there rather than built for nothing.
        self.quarterRows = compact ? [] : Self.quarterRows(slug: community.slug, index: index, through: quarter)
        self.deductions = (score?.items ?? []).compactMap { Self.deduction($0, compact: compact) }
        self.hasDeductions = !deductions.isEmpty
        // A quarter's scorecard is what that quarter's meeting saw: the year's result only at Q4.
        let annual = latest?.quarter == .q4 ? index.annual(of: community.slug) : nil
        self.hasAnnual = annual != nil
        self.annualText = annual.map {
            "年度总分 \($0.total.description) 分，" + ($0.vetoed ? "一票否决：折算分 0，补贴 0 元。"
                : "年度第\($0.rank.map(String.init) ?? "—")名，折算分 \($0.formattedConverted)，补贴 \(Format.yuan($0.subsidy)) 元"
                  + ($0.band.map { "（\($0)）" } ?? "") + "。")
        } ?? ""
        self.trend = TrendChartView(
            title: "\(community.name) \(year)年各季度总分",
            totals: Quarter.allCases.map { shown($0) ? index.standing(of: community.slug, in: $0)?.score.total : nil },
            maximum: rulebook.totalMaximum)
        self.history = years.count > 1
            ? [CommunityHistoryView(years, name: community.name, slug: community.slug, currentYear: year,
                                    maximum: rulebook.totalMaximum, page: page)] : []
        let referenceDay = latest.map { AssessmentPeriod(year: year, quarter: $0.quarter).end } ?? result.settings.cutoff
        self.records = compact ? CommunityRecordsView()
            : CommunityRecordsView(community: community, rulebook: rulebook, referenceDay: referenceDay)
        let notes = compact ? "" : community.notes.map(Markdown.html) ?? ""
        self.notesHTML = notes
        self.hasNotes = !notes.isEmpty
        self.href = page.link(to: hasQuarterLabel && latest != nil
            ? .scorecard(community.slug, quarter: latest!.quarter.rawValue, of: year) : .scorecard(community.slug, of: year))
        self.compact = compact
    }

    /// `criteria`: each item's 考核内容 in `rulebook` (`YearIndex.criteria`).
    static func itemRows(community: Community, score: CommunityScore?, rulebook: Rulebook, criteria: [String]) -> [ItemRow] {
        var rows: [ItemRow] = []
        let comparisons = score.map { SelfAssessmentComparison.differences(community: community, score: $0) } ?? []
        for category in AssessmentItem.categories {
            for number in category.items {
                let item = score?.items.first { $0.item.number == number }
                let own = community.selfAssessment[number]
                let differs = comparisons.first { $0.item.number == number }?.differs ?? false
                rows.append(ItemRow(
                    startsCategory: number == category.items.lowerBound,
                    category: category.label(in: rulebook),
                    categorySpan: category.items.count,
                    number: String(number),
                    title: item?.item.title ?? AssessmentItem.titles[number - 1],
                    maximum: rulebook.maximum(ofItem: number).description + "分",
                    criteria: item == nil ? "" : criteria[number - 1],
                    selfDescription: own?.description ?? "",
                    selfPoints: own?.points?.description ?? "",
                    actual: item?.points.description ?? "未考核",
                    differs: differs,
                    capped: item?.capped ?? false))
            }
        }
        return rows
    }

    /// The 各季度得分 table; `through`: the last quarter shown (a quarter's archived scorecard).
    static func quarterRows(slug: String, index: YearIndex, through: Quarter? = nil) -> [QuarterRow] {
        let standings: [Standing?] = Quarter.allCases.map { quarter in
            through.map { quarter <= $0 } ?? true ? index.standing(of: slug, in: quarter) : nil
        }
        let scores: [CommunityScore?] = standings.map { $0?.score }
        func row(_ label: String, _ value: (Int) -> String?) -> QuarterRow {
            QuarterRow(label: label, cells: (0..<4).map { QuarterCell(value: value($0) ?? "未考核") })
        }
        var rows = (1...14).map { number in
            row("\(number) \(AssessmentItem.titles[number - 1])") { index in
                scores[index].map { $0.items.first { $0.item.number == number }?.points.description ?? "" }
            }
        }
        rows.append(row("合计总分") { scores[$0]?.total.description })
        rows.append(row("名次") { index in standings[index].map { $0.rank.map(String.init) ?? "否决" } })
        rows.append(row("治安状况排序") { index in standings[index].map { String($0.policeRank) } })
        return rows
    }

    /// An item below its 分值, or capped, with its reasons. The booklet's compact scorecard keeps
    /// only the items that lost points, each with its summary and the dated records that cost
    /// points, or when no record did, the condition not met (`ItemScore.lossReasons`): shorter
    /// than the full scorecard, so each community fits one A4 page, but never without a reason.
    static func deduction(_ item: ItemScore, compact: Bool = false) -> Deduction? {
        let lost = item.maximum - item.points
        guard lost != .zero || (item.capped && !compact) else { return nil }
        // Compact: the records that cost points; failing those, the condition not met. Never empty.
        let costs = item.reasons.filter { ($0.points ?? .zero) < .zero }
        let reasons = compact ? (costs.isEmpty ? item.lossReasons : costs) : item.reasons
        let summary = lost != .zero
            ? "得\(item.points)分，失\(lost)分（分值\(item.maximum)分）"
            : "得分已达分值\(item.maximum)分，超出部分不计（封顶）"
        // A heading reads "10. …案件发案平稳下降：得…", not "…下降。：得…".
        var title = item.item.title
        while let last = title.last, "。；，".contains(last) { title.removeLast() }
        return Deduction(number: String(item.item.number), title: title, summary: summary,
                         capped: item.capped, reasons: reasons.map(line))
    }

    static func line(_ reason: Reason) -> ReasonLine {
        ReasonLine(text: reason.text, effect: Format.signed(reason.points))
    }
}

// Field tables for the templates (see TemplateFields).

extension ScorecardView.ItemRow: TemplateFields {
    static let templateFields: [String: TemplateAccessor<ScorecardView.ItemRow>] = [
        "startsCategory": { $0.startsCategory },
        "category": { $0.category },
        "categorySpan": { $0.categorySpan },
        "number": { $0.number },
        "title": { $0.title },
        "maximum": { $0.maximum },
        "criteria": { $0.criteria },
        "selfDescription": { $0.selfDescription },
        "selfPoints": { $0.selfPoints },
        "actual": { $0.actual },
        "differs": { $0.differs },
        "capped": { $0.capped },
    ]
}

extension ScorecardView.QuarterHeading: TemplateFields {
    static let templateFields: [String: TemplateAccessor<ScorecardView.QuarterHeading>] = [
        "label": { $0.label },
        "href": { $0.href },
        "hasLink": { $0.hasLink },
    ]
}

extension ScorecardView.QuarterCell: TemplateFields {
    static let templateFields: [String: TemplateAccessor<ScorecardView.QuarterCell>] = [
        "value": { $0.value },
    ]
}

extension ScorecardView.QuarterRow: TemplateFields {
    static let templateFields: [String: TemplateAccessor<ScorecardView.QuarterRow>] = [
        "label": { $0.label },
        "cells": { $0.cells },
    ]
}

extension ScorecardView.ReasonLine: TemplateFields {
    static let templateFields: [String: TemplateAccessor<ScorecardView.ReasonLine>] = [
        "text": { $0.text },
        "effect": { $0.effect },
    ]
}

extension ScorecardView.Deduction: TemplateFields {
    static let templateFields: [String: TemplateAccessor<ScorecardView.Deduction>] = [
        "number": { $0.number },
        "title": { $0.title },
        "summary": { $0.summary },
        "capped": { $0.capped },
        "reasons": { $0.reasons },
    ]
}

extension ScorecardView.Veto: TemplateFields {
    static let templateFields: [String: TemplateAccessor<ScorecardView.Veto>] = [
        "number": { $0.number },
        "text": { $0.text },
        "reasons": { $0.reasons },
    ]
}

extension ScorecardView: TemplateFields {
    static let templateFields: [String: TemplateAccessor<ScorecardView>] = [
        "slug": { $0.slug },
        "name": { $0.name },
        "year": { $0.year },
        "station": { $0.station },
        "hasStation": { $0.hasStation },
        "officer": { $0.officer },
        "hasOfficer": { $0.hasOfficer },
        "assessed": { $0.assessed },
        "periodText": { $0.periodText },
        "quarterLabel": { $0.quarterLabel },
        "hasQuarterLabel": { $0.hasQuarterLabel },
        "rows": { $0.rows },
        "maximumTotal": { $0.maximumTotal },
        "selfTotal": { $0.selfTotal },
        "maximumNote": { $0.maximumNote },
        "actualTotal": { $0.actualTotal },
        "hasDifferences": { $0.hasDifferences },
        "rank": { $0.rank },
        "vetoed": { $0.vetoed },
        "vetoes": { $0.vetoes },
        "quarterHeadings": { $0.quarterHeadings },
        "quarterRows": { $0.quarterRows },
        "deductions": { $0.deductions },
        "hasDeductions": { $0.hasDeductions },
        "annualText": { $0.annualText },
        "hasAnnual": { $0.hasAnnual },
        "trend": { $0.trend },
        "history": { $0.history },
        "records": { $0.records },
        "notesHTML": { $0.notesHTML },
        "hasNotes": { $0.hasNotes },
        "href": { $0.href },
        "compact": { $0.compact },
    ]
}
