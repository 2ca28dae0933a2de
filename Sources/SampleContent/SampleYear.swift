import Scoring

/// A cut-off day given to the generator (`--cutoff 2018-06-30`): the last generated year's
/// 截止日期, so only the quarters that end by it are assessed.
public struct SampleCutoff: Sendable, Equatable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Reads `YYYY-MM-DD`; nil when it is not a valid day of a four-digit year.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              year >= 1000, SampleDay.isValid(year, month, day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// True when at least the first quarter ends by this day (a year with no assessed quarter
    /// has no scores to write the 自评 from).
    public var assessesAQuarter: Bool { month > 3 || (month == 3 && day == 31) }

    public var description: String { sampleDay.text }

    var sampleDay: SampleDay { SampleDay(year, month, day) }
}

/// One 细则 override the generator writes into the later years' year.yaml, with the comment
/// that says what changed and why.
struct SampleRuleChange {
    /// The parameter's name as written in 细则 (`RulebookParameter.named` knows it).
    let name: String
    /// The new value in tenths (a points parameter).
    let tenths: Int
    /// What the 2017 rulebook has, in tenths.
    let previousTenths: Int
    /// Why it changed, one line.
    let reason: String

    /// The designed change of the years after the first: a missed or late bimonthly schedule
    /// (item 5) costs 3 points instead of 2.
    static let scheduleMiss = SampleRuleChange(
        name: "治安巡防全覆盖.漏报迟报扣分", tenths: 30,
        previousTenths: Rulebook().scheduleMissDeduction.tenths,
        reason: "上年排班表漏报、迟报较多，为督促各社区按时报备，从严扣分")
}

/// What one generated year is: its number, its place in the run, its cut-off and its 细则.
struct SampleYear: Sendable {
    let year: Int
    /// 0 for the first generated year, 1 for the next, …
    let offset: Int
    /// The 截止日期 when it is not 12-31 (only the last generated year may have one).
    let cutoff: SampleDay?
    /// Whether 细则 carries `SampleRuleChange.scheduleMiss` (years after the first, unless
    /// the run keeps the same rules).
    let changesRules: Bool
    /// The first year of the run, for the texts that say since when a rule changed.
    let firstYear: Int

    /// The plain year of a one-year run: 12-31, 2017 rules. Its files are the generator's
    /// original bytes.
    static func single(_ year: Int) -> SampleYear {
        SampleYear(year: year, offset: 0, cutoff: nil, changesRules: false, firstYear: year)
    }

    /// True for a year whose files are made exactly as a one-year run makes them.
    var isPlain: Bool { offset == 0 && cutoff == nil && !changesRules }

    /// The last day whose records are kept: the cut-off, or 12-31.
    var lastDay: SampleDay { cutoff ?? SampleDay(year, 12, 31) }

    /// Quarters assessed by the cut-off (1…4).
    var assessedQuarters: Int {
        (1...4).filter { SampleDay.lastDay(of: 3 * $0, in: year) <= lastDay }.count
    }

    /// Months of police figures the police station has given: up to the last assessed quarter's end.
    var policeMonths: Int { 3 * assessedQuarters }

    /// The span the year's texts speak of: 全年, or 上半年 / 1–5月 before a cut-off.
    var span: String {
        guard let cutoff else { return "全年" }
        if cutoff == SampleDay.lastDay(of: 6, in: year) { return "上半年" }
        let full = cutoff == SampleDay.lastDay(of: cutoff.month, in: year)
        return "1–\(full ? cutoff.month : cutoff.month - 1)月"
    }

    /// Whether `day` is on or before the cut-off (records after it are not generated).
    func keeps(_ day: SampleDay) -> Bool { day <= lastDay }

    /// Whether the 宣传 of `month` is generated: a month that has begun by the cut-off and, when
    /// the cut-off is not a month's end, is complete.
    func keepsMonth(_ month: Int) -> Bool {
        SampleDay.lastDay(of: month, in: year) <= lastDay
    }
}
