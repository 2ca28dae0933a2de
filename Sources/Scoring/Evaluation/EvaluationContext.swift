/// Everything one community is scored from for one period P(q): its record, its police figures,
/// the period, the cut-off, the rulebook and the judgments in force after inheritance.
/// The record lists it exposes already leave out what the rules ignore (records after the cut-off).
public struct EvaluationContext: Hashable, Sendable {
    public var community: Community
    /// The community's police.yaml entry; nil only when validation let it be missing.
    public var police: PoliceFigures?
    public var period: AssessmentPeriod
    /// 截止日期: dated records after it are ignored.
    public var cutoff: Day
    public var rulebook: Rulebook
    /// The judgments in force for the period's quarter, in `Judgment` order.
    public var judgments: [EffectiveJudgment]

    public init(community: Community, police: PoliceFigures?, period: AssessmentPeriod, cutoff: Day,
                rulebook: Rulebook) {
        self.community = community
        self.police = police
        self.period = period
        self.cutoff = cutoff
        self.rulebook = rulebook
        self.judgments = community.effectiveJudgments(for: period.quarter)
    }

    /// The context for `community` at `quarter`'s assessment of `records`' year.
    public init(records: YearRecords, community: Community, quarter: Quarter) {
        self.init(community: community, police: records.police[community.slug],
                  period: AssessmentPeriod(year: records.settings.year, quarter: quarter),
                  cutoff: records.settings.cutoff, rulebook: records.settings.rulebook)
    }

    // MARK: Judgments

    public func judgment(_ judgment: Judgment) -> EffectiveJudgment {
        judgments.first { $0.judgment == judgment }!
    }

    /// The reason line for a judgment worth `points` when 是: earns them, or explains why not.
    public func judgmentReason(_ judgment: Judgment, worth points: Points) -> Reason {
        let effective = self.judgment(judgment)
        return Reason("评定 " + effective.text, location: effective.location,
                      points: effective.value && points != .zero ? points : nil)
    }

    // MARK: Records that count for P

    /// Whether a dated record counts for P: inside the period and not after the cut-off.
    public func counts(_ day: Day) -> Bool { period.contains(day) && day <= cutoff }

    /// Whether a month counts for P: inside the period and its first day not after the cut-off.
    public func counts(_ month: Month) -> Bool { period.contains(month) && month.firstDay <= cutoff }

    /// The months of P, January first (3q of them).
    public var months: [Month] { period.months }

    public var meetings: [Meeting] { community.meetings.filter { counts($0.date) } }
    public var inspections: [Inspection] { community.inspections.filter { counts($0.date) } }
    public var trainings: [Training] { community.trainings.filter { counts($0.date) } }
    public var publicity: [Publicity] { community.publicity.filter { counts($0.month) } }
    public var preventionCampaigns: [PreventionCampaign] {
        community.preventionCampaigns.filter { counts($0.date) }
    }
    public var clues: [Clue] { community.clues.filter { counts($0.date) } }
    public var mediaExposures: [MediaExposure] { community.mediaExposures.filter { counts($0.date) } }

    /// Every schedule report of the year's file not reported after the cut-off (any 周期).
    public var scheduleReports: [ScheduleReport] {
        community.scheduleReports.filter { $0.reportedOn <= cutoff }
    }

    // MARK: Building item scores

    /// Bounds `raw` to [0, 分值] (docs/评分口径.md §1) and records whether it exceeded the 分值.
    public func itemScore(_ number: Int, raw: Points, reasons: [Reason]) -> ItemScore {
        let maximum = rulebook.maximum(ofItem: number)
        var reasons = reasons
        if raw > maximum {
            reasons.append(Reason("合计 \(raw) 分，超过分值 \(maximum) 分，按 \(maximum) 分计"))
        }
        return ItemScore(item: AssessmentItem.numbered(number), maximum: maximum,
                         points: raw.clamped(to: maximum), capped: raw > maximum, reasons: reasons)
    }
}

extension Points {
    /// `self` when `condition` holds, else 0.
    func when(_ condition: Bool) -> Points { condition ? self : .zero }
}
