/// Item 3 加强机制建设: 工作制度健全, and a 例会 with 民警通报 in every month of P.
public enum Item03Mechanisms: ItemRule {
    public static let number = 3

    /// How the rules page explains the item, with `r`'s own numbers.
    public static func explanation(_ r: Rulebook) -> String {
        "工作制度健全得\(r.workRulesPoints)分；考核期内每个月都召开例会且有民警通报得\(r.monthlyMeetingPoints)分。"
    }

    public static func score(in context: EvaluationContext) -> ItemScore {
        let rules = context.rulebook
        let rulesPoints = rules.workRulesPoints.when(context.judgment(.workRules).value)
        var reasons = [context.judgmentReason(.workRules, worth: rules.workRulesPoints)]

        let briefed = Set(context.meetings.filter(\.policeBriefing).map(\.date.monthValue))
        let missing = context.months.filter { !briefed.contains($0) }
        let meetingPoints = rules.monthlyMeetingPoints.when(missing.isEmpty)
        if missing.isEmpty {
            reasons.append(Reason("例会：\(context.monthsText)每月均有民警通报", points: meetingPoints))
        } else {
            for month in missing {
                reasons.append(Reason("\(month) 无民警通报的工作例会", day: month.firstDay))
            }
            reasons.append(Reason("例会：\(missing.count) 个月无民警通报，例会分不得"))
        }
        return context.itemScore(number, raw: rulesPoints + meetingPoints, reasons: reasons)
    }
}
