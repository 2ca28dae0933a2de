import Scoring

/// One line of a ranking table (quarter pages, the home page, the year overview).
struct StandingRow {
    struct Cell { let value: String }

    let rank: String
    let change: String
    let changeWords: String
    /// The change in total against the previous quarter ("+2.5", "±0"; "" in Q1).
    let totalChange: String
    let name: String
    let href: String
    let station: String
    let total: String
    let subtotals: [Cell]
    let vetoed: Bool
    let veto: String

    /// `linksQuarter`: on a quarter's ranking each name leads to the scorecard as assessed then.
    init(_ standing: Standing, year: Int, from page: SitePath, linksQuarter: Bool = false) {
        let score = standing.score
        let change = Format.change(rank: standing.rank, previous: standing.previousRank)
        self.rank = standing.rank.map(String.init) ?? "不排名"
        self.change = change.symbol
        self.changeWords = change.words
        self.totalChange = Format.difference(standing.totalChange)
        self.name = score.name
        self.href = page.link(to: linksQuarter ? .scorecard(score.slug, quarter: score.period.quarter.rawValue, of: year)
                                               : .scorecard(score.slug, of: year))
        self.station = score.policeStation ?? ""
        self.total = score.total.description
        self.subtotals = AssessmentItem.categories.map { Cell(value: $0.subtotal(of: score).description) }
        self.vetoed = score.isVetoed
        self.veto = score.vetoes.summary
    }
}

/// A ranking table with its headings: the `partials/standings` template lays it out.
struct StandingsTable {
    struct Heading { let label: String }

    let categories: [Heading]
    let rows: [StandingRow]
    let hasRows: Bool

    init(_ standings: [Standing], year: Int, rulebook: Rulebook, from page: SitePath, linksQuarter: Bool = false) {
        self.categories = AssessmentItem.categories.map { Heading(label: $0.label(in: rulebook)) }
        self.rows = standings.map { StandingRow($0, year: year, from: page, linksQuarter: linksQuarter) }
        self.hasRows = !rows.isEmpty
    }
}

/// The communities of one 派出所 in ranking order (quarter pages group by station, no script needed).
struct StationGroup {
    let station: String
    let table: StandingsTable

    /// Groups in order of station name; communities with no 派出所 last, under “未填派出所”
    /// (`StationGrouping`).
    static func groups(_ standings: [Standing], year: Int, rulebook: Rulebook, from page: SitePath,
                       linksQuarter: Bool = false) -> [StationGroup] {
        StationGrouping.groups(standings, station: \.score.policeStation).map { station, members in
            StationGroup(station: station, table: StandingsTable(members, year: year, rulebook: rulebook, from: page,
                                                                 linksQuarter: linksQuarter))
        }
    }
}

// Field tables for the templates (see TemplateFields).

extension StandingRow.Cell: TemplateFields {
    static let templateFields: [String: TemplateAccessor<StandingRow.Cell>] = [
        "value": { $0.value },
    ]
}

extension StandingRow: TemplateFields {
    static let templateFields: [String: TemplateAccessor<StandingRow>] = [
        "rank": { $0.rank },
        "change": { $0.change },
        "changeWords": { $0.changeWords },
        "totalChange": { $0.totalChange },
        "name": { $0.name },
        "href": { $0.href },
        "station": { $0.station },
        "total": { $0.total },
        "subtotals": { $0.subtotals },
        "vetoed": { $0.vetoed },
        "veto": { $0.veto },
    ]
}

extension StandingsTable.Heading: TemplateFields {
    static let templateFields: [String: TemplateAccessor<StandingsTable.Heading>] = [
        "label": { $0.label },
    ]
}

extension StandingsTable: TemplateFields {
    static let templateFields: [String: TemplateAccessor<StandingsTable>] = [
        "categories": { $0.categories },
        "rows": { $0.rows },
        "hasRows": { $0.hasRows },
    ]
}

extension StationGroup: TemplateFields {
    static let templateFields: [String: TemplateAccessor<StationGroup>] = [
        "station": { $0.station },
        "table": { $0.table },
    ]
}
