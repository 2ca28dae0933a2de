/// Item 1 加强组织领导: 一把手负责 and 专人负责.
public enum Item01Leadership: ItemRule {
    public static let number = 1

    /// How the rules page explains the item, with `r`'s own numbers.
    public static func explanation(_ r: Rulebook) -> String {
        "社区“一把手”负责、亲自抓得\(r.headInChargePoints)分；落实专人负责、直接抓得\(r.dedicatedStaffPoints)分。"
    }

    public static func score(in context: EvaluationContext) -> ItemScore {
        let rules = context.rulebook
        let community = context.community
        let head = rules.headInChargePoints.when(community.headInCharge)
        let staff = rules.dedicatedStaffPoints.when(community.dedicatedStaff)
        let reasons = [
            Reason("组织领导 一把手负责：\(community.headInCharge ? "是" : "否")",
                   location: community.location, points: community.headInCharge ? head : nil),
            Reason("组织领导 专人负责：\(community.dedicatedStaff ? "是" : "否")",
                   location: community.location, points: community.dedicatedStaff ? staff : nil),
        ]
        return context.itemScore(number, raw: head + staff, reasons: reasons)
    }
}
