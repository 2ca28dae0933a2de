/// Item 6 巡逻防范日常化: 5 points lost for each 督查 finding of 未开展巡逻 in P.
public enum Item06DailyPatrol: ItemRule {
    public static let number = 6

    /// How the rules page explains the item, with `r`'s own numbers.
    public static func explanation(_ r: Rulebook) -> String {
        "督查每发现一次“\(r.noPatrolProblem)”扣\(r.noPatrolDeduction)分，扣完为止。"
    }

    public static func score(in context: EvaluationContext) -> ItemScore {
        let rules = context.rulebook
        let findings = noPatrolFindings(in: context)
        let deduction = Points.zero - rules.noPatrolDeduction
        var reasons = findings.map { inspectionReason($0, problem: rules.noPatrolProblem, points: deduction) }
        if findings.isEmpty {
            reasons.append(Reason("督查：\(context.monthsText)督查 \(context.inspections.count) 次，未发现未开展巡逻"))
        }
        let raw = rules.maximum(ofItem: number) - rules.noPatrolDeduction * findings.count
        return context.itemScore(number, raw: raw, reasons: reasons)
    }

    /// 督查 entries in P that found 未开展巡逻, in date order (item 6 and veto 3).
    public static func noPatrolFindings(in context: EvaluationContext) -> [Inspection] {
        context.inspections.filter { $0.problems.contains(context.rulebook.noPatrolProblem) }
            .sorted { ($0.date, $0.location) < ($1.date, $1.location) }
    }

    /// "2017-03-05 督查发现未开展巡逻（排班时段内无人巡逻）".
    public static func inspectionReason(_ inspection: Inspection, problem: String, points: Points?) -> Reason {
        let note = inspection.note.map { "（\($0)）" } ?? ""
        return Reason("\(inspection.date) 督查发现\(problem)\(note)", day: inspection.date,
                      location: inspection.location, points: points)
    }
}
