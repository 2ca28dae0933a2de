/// The four vetoes (一票否决, docs/评分口径.md §3) for one community and period.
public enum Vetoes {
    /// The vetoes that hold, by number (1…4); empty when none.
    public static func findings(in context: EvaluationContext) -> [VetoFinding] {
        [teamStructure(context), scheduleMisses(context), noPatrol(context), seriousExposure(context)]
            .compactMap { $0 }
    }

    /// (1) no professional team of ≥ 3, or fewer than 2 social teams of ≥ 10, at the last day of P.
    static func teamStructure(_ context: EvaluationContext) -> VetoFinding? {
        let rules = context.rulebook
        let strength = context.teamStrength
        guard !strength.meetsStructure(rules) else { return nil }
        var reasons = strength.teamReasons(rules)
        reasons.append(Reason(Item02TeamBuilding.missingForBase(strength, managed: true, rules)))
        return VetoFinding(number: 1, text: "未建立一支专职化队伍（不少于\(rules.professionalTeamMinimum)人）、"
                           + "\(rules.socialTeamsRequired)支社会化队伍（每支不少于\(rules.socialTeamMinimum)人）",
                           reasons: reasons)
    }

    /// (2) 漏报 or 迟报 of the duty schedules ≥ 3 times in P.
    static func scheduleMisses(_ context: EvaluationContext) -> VetoFinding? {
        let rules = context.rulebook
        let misses = context.scheduleDueDates.filter(\.status.isMiss)
        guard misses.count >= rules.vetoScheduleMisses else { return nil }
        return VetoFinding(number: 2, text: "排班表漏报或迟报 \(misses.count) 次（\(rules.vetoScheduleMisses)次及以上）",
                           reasons: misses.map { Item05ScheduleReports.reason(for: $0, rules) })
    }

    /// (3) 未开展巡逻 found ≥ 4 times in P.
    static func noPatrol(_ context: EvaluationContext) -> VetoFinding? {
        let rules = context.rulebook
        let findings = Item06DailyPatrol.noPatrolFindings(in: context)
        guard findings.count >= rules.vetoNoPatrolFindings else { return nil }
        return VetoFinding(number: 3, text: "发现 \(findings.count) 次没有开展巡逻（\(rules.vetoNoPatrolFindings)次及以上）",
                           reasons: findings.map {
                               Item06DailyPatrol.inspectionReason($0, problem: rules.noPatrolProblem, points: nil)
                           })
    }

    /// (4) a media exposure in P with 严重影响 (any level).
    static func seriousExposure(_ context: EvaluationContext) -> VetoFinding? {
        let serious = context.mediaExposures.filter(\.seriousImpact)
            .sorted { ($0.date, $0.location) < ($1.date, $1.location) }
        guard !serious.isEmpty else { return nil }
        return VetoFinding(number: 4, text: "被媒体曝光造成严重影响", reasons: serious.map {
            Reason("\($0.date) 被\($0.outlet)（\($0.level)）曝光，造成严重影响", day: $0.date, location: $0.location)
        })
    }
}
