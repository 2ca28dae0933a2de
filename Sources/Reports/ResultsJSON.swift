import Scoring

extension Reports {
    /// docs/结果格式.md: assessed quarters in ranking order, and the annual result (null until Q4
    /// is assessed). `quarter` limits `quarters` to that quarter and leaves `annual` as it is.
    public static func json(_ result: YearResult, quarter: Quarter? = nil) -> String {
        let quarters = result.quarters.filter { quarter == nil || $0.quarter == quarter }
        let document = JSONValue.object([
            ("year", .number(String(result.year))),
            ("cutoff", .string(result.settings.cutoff.description)),
            ("quarters", .array(quarters.map(quarterJSON))),
            ("annual", result.annual.map(annualJSON) ?? .null),
        ])
        return document.rendered() + "\n"
    }

    private static func quarterJSON(_ quarter: QuarterResult) -> JSONValue {
        .object([
            ("quarter", .number(String(quarter.quarter.rawValue))),
            ("communities", .array(quarter.standings.map { standing in
                let score = standing.score
                return .object([
                    ("slug", .string(score.slug)),
                    ("name", .string(score.name)),
                    ("items", .array(score.items.map { .number($0.points.description) })),
                    ("total", .number(score.total.description)),
                    ("vetoed", .bool(score.isVetoed)),
                    ("veto", .array(score.vetoes.map { .number(String($0.number)) })),
                    ("rank", standing.rank.map { .number(String($0)) } ?? .null),
                    ("policeRank", .number(String(standing.policeRank))),
                ])
            })),
        ])
    }

    private static func annualJSON(_ annual: AnnualResult) -> JSONValue {
        .object([
            ("communities", .array(annual.standings.map { standing in
                .object([
                    ("slug", .string(standing.slug)),
                    ("total", .number(standing.total.description)),
                    ("vetoed", .bool(standing.vetoed)),
                    ("rank", standing.rank.map { .number(String($0)) } ?? .null),
                    ("converted", .number(standing.converted)),
                    ("subsidy", .number(standing.subsidy.description)),
                ])
            })),
        ])
    }
}
