/// Item 7 规范巡防行为: a point for each conduct problem (人数, 红袖标, 巡防用具) never found by
/// 督查 in P. Only 督查 findings count, never the schedules themselves.
public enum Item07PatrolConduct: ItemRule {
    public static let number = 7

    /// How the rules page explains the item, with `r`'s own numbers.
    public static func explanation(_ r: Rulebook) -> String {
        "“" + r.conductProblems.joined(separator: "”“") + "”各\(r.conductPointsEach)分，考核期内督查发现一次即失去该项分数。排班表中某时段不足\(r.patrolMinimumPeople)人只提示，不扣分。"
    }

    public static func score(in context: EvaluationContext) -> ItemScore {
        let rules = context.rulebook
        let inspections = context.inspections.sorted { ($0.date, $0.location) < ($1.date, $1.location) }
        var raw = rules.conductPointsEach * rules.conductProblems.count
        var reasons: [Reason] = []
        var neverFound: [String] = []
        for problem in rules.conductProblems {
            let found = inspections.filter { $0.problems.contains(problem) }
            if found.isEmpty {
                neverFound.append(problem)
                continue
            }
            raw = raw - rules.conductPointsEach
            for (index, inspection) in found.enumerated() {
                let first = index == 0
                var reason = Item06DailyPatrol.inspectionReason(
                    inspection, problem: problem, points: first ? .zero - rules.conductPointsEach : nil)
                reason.text += first ? "，该项不得分" : "（该项已不得分）"
                reasons.append(reason)
            }
        }
        if !neverFound.isEmpty {
            reasons.append(Reason("督查\(context.monthsText)未发现：" + neverFound.joined(separator: "、")))
        }
        return context.itemScore(number, raw: raw, reasons: reasons)
    }
}
