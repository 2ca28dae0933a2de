/// Why an item has the points it has: one record that cost or earned points, or a judgment.
/// The scorecard prints these lines, so each carries its date and where it was written.
public struct Reason: Hashable, Sendable {
    /// In Chinese and complete on its own: a dated record's date (or month) leads it, e.g.
    /// "2017-03-05 督查发现未开展巡逻（排班时段内无人巡逻）", so it is printed as it is.
    public var text: String
    /// The record's date (or the first day of its month), when it has one.
    public var day: Day?
    /// Where the record or judgment was written; nil for something missing from the records.
    public var location: SourceLocation?
    /// The signed effect on the item (−5, +2); nil for a reason that only explains.
    public var points: Points?
    /// Whether it says why points were lost: a record that cost points, a condition not met (a
    /// reason without points), or a partial credit that names its shortfall ("少 1 次").
    public var explainsLoss: Bool

    public init(_ text: String, day: Day? = nil, location: SourceLocation? = nil, points: Points? = nil,
                explainsLoss: Bool? = nil) {
        self.text = text
        self.day = day
        self.location = location
        self.points = points
        self.explainsLoss = explainsLoss ?? (points.map { $0 < .zero } ?? true)
    }
}

/// One item's result for one community and one period.
public struct ItemScore: Hashable, Sendable {
    public var item: AssessmentItem
    /// The item's 分值 in this year's rulebook.
    public var maximum: Points
    /// Floored at 0 and capped at `maximum`.
    public var points: Points
    /// True when the uncapped sum exceeded the 分值 (the scorecard says so).
    public var capped: Bool
    public var reasons: [Reason]

    public init(item: AssessmentItem, maximum: Points, points: Points, capped: Bool, reasons: [Reason]) {
        self.item = item
        self.maximum = maximum
        self.points = points
        self.capped = capped
        self.reasons = reasons
    }

    /// The reasons that say why points were lost: records that cost points and conditions not
    /// met (reasons without points). Every item below its 分值 has at least one; a compact view
    /// prints these and may leave out the records that earned points.
    public var lossReasons: [Reason] { reasons.filter(\.explainsLoss) }
}

/// One of the four vetoes (一票否决) that holds, with the records that triggered it.
public struct VetoFinding: Hashable, Sendable {
    /// 1…4, the original rulebook's numbering.
    public var number: Int
    /// In Chinese, e.g. "漏报或迟报排班表3次".
    public var text: String
    public var reasons: [Reason]

    public init(number: Int, text: String, reasons: [Reason]) {
        self.number = number
        self.text = text
        self.reasons = reasons
    }
}

extension Collection where Element == VetoFinding {
    /// "（1）未建立…；（3）…": the vetoes on one line, by number, as rankings and results print them.
    public var summary: String {
        sorted { $0.number < $1.number }.map { "（\($0.number)）\($0.text)" }.joined(separator: "；")
    }
}

/// A community's full result for one period P(q).
public struct CommunityScore: Hashable, Sendable {
    public var slug: String
    public var name: String
    public var policeStation: String?
    public var period: AssessmentPeriod
    /// The 14 items, in order.
    public var items: [ItemScore]
    /// The sum of the items.
    public var total: Points
    /// The vetoes that hold, by number; empty when none.
    public var vetoes: [VetoFinding]
    /// 平台考核数 for the quarter.
    public var platformScore: Points

    public init(slug: String, name: String, policeStation: String?, period: AssessmentPeriod,
                items: [ItemScore], vetoes: [VetoFinding], platformScore: Points) {
        self.slug = slug
        self.name = name
        self.policeStation = policeStation
        self.period = period
        self.items = items
        self.total = items.map(\.points).sum()
        self.vetoes = vetoes
        self.platformScore = platformScore
    }

    public var isVetoed: Bool { !vetoes.isEmpty }
}

/// One line of a quarter's ranking.
public struct Standing: Hashable, Sendable {
    public var score: CommunityScore
    /// Competition rank among non-vetoed communities (1, 2, 2, 4); nil when vetoed.
    public var rank: Int?
    /// The rank at the previous assessed quarter (nil in Q1, or when unranked then).
    public var previousRank: Int?
    /// The total at the previous assessed quarter (nil in Q1, or when not assessed then), vetoed
    /// or not: the change in total is shown beside the change in rank.
    public var previousTotal: Points?
    /// Rank by 平台考核数 among all communities (治安状况排序), competition ranking.
    public var policeRank: Int

    public init(score: CommunityScore, rank: Int?, previousRank: Int?, previousTotal: Points? = nil, policeRank: Int) {
        self.score = score
        self.rank = rank
        self.previousRank = previousRank
        self.previousTotal = previousTotal
        self.policeRank = policeRank
    }

    /// The change in total against the previous assessed quarter; nil when there is none.
    public var totalChange: Points? { previousTotal.map { score.total - $0 } }
}

/// A quarter's assessment: every community, in ranking order (ranked by total then SLUG,
/// then vetoed ones by total then SLUG).
public struct QuarterResult: Hashable, Sendable {
    public var quarter: Quarter
    public var standings: [Standing]
    /// The 治安状况排序: all communities by 平台考核数, highest first, ties by SLUG.
    public var policeOrder: [Standing]

    public init(quarter: Quarter, standings: [Standing], policeOrder: [Standing]) {
        self.quarter = quarter
        self.standings = standings
        self.policeOrder = policeOrder
    }

    public func standing(of slug: String) -> Standing? {
        standings.first { $0.score.slug == slug }
    }
}

/// One community's annual result (the Q4 assessment): 折算 and subsidy.
public struct AnnualStanding: Hashable, Sendable {
    public var slug: String
    public var name: String
    public var policeStation: String?
    public var total: Points
    public var vetoed: Bool
    public var rank: Int?
    /// 折算分 in hundredths (9.25 is 925); 0 when vetoed.
    public var convertedHundredths: Int
    /// The subsidy; zero when vetoed or when no band applies.
    public var subsidy: Money
    /// The band's 名称 with 分档, when one applies.
    public var band: String?

    public init(slug: String, name: String, policeStation: String?, total: Points, vetoed: Bool,
                rank: Int?, convertedHundredths: Int, subsidy: Money, band: String?) {
        self.slug = slug
        self.name = name
        self.policeStation = policeStation
        self.total = total
        self.vetoed = vetoed
        self.rank = rank
        self.convertedHundredths = convertedHundredths
        self.subsidy = subsidy
        self.band = band
    }

    /// "9.25", "10": at most two decimals (the JSON form).
    public var converted: String { FixedPoint.format(convertedHundredths, decimals: 2) }

    /// "9.25", "10.00": exactly two decimals, as a table or a form prints it.
    public var formattedConverted: String { FixedPoint.formatFixed(convertedHundredths, decimals: 2) }
}

/// The annual result: in the Q4 ranking's order, with the subsidy total.
public struct AnnualResult: Hashable, Sendable {
    public var standings: [AnnualStanding]

    public init(standings: [AnnualStanding]) { self.standings = standings }

    public var totalSubsidy: Money { standings.map(\.subsidy).reduce(.zero, +) }
}

/// A whole year scored: every assessed quarter and, once Q4 is assessed, the annual result.
public struct YearResult: Hashable, Sendable {
    public var settings: YearSettings
    /// Assessed quarters only, in order.
    public var quarters: [QuarterResult]
    /// Nil until Q4 is assessed.
    public var annual: AnnualResult?

    public init(settings: YearSettings, quarters: [QuarterResult], annual: AnnualResult?) {
        self.settings = settings
        self.quarters = quarters
        self.annual = annual
    }

    public var year: Int { settings.year }
    public var latestQuarter: QuarterResult? { quarters.last }
}
