/// Item 9 台账资料健全规范: 台账健全 and 巡逻日志规范.
public enum Item09Ledgers: ItemRule {
    public static let number = 9

    /// How the rules page explains the item, with `r`'s own numbers.
    public static func explanation(_ r: Rulebook) -> String {
        "基础台账健全规范得\(r.ledgerPoints)分；认真填写巡逻工作日志得\(r.patrolLogPoints)分。"
    }

    public static func score(in context: EvaluationContext) -> ItemScore {
        let rules = context.rulebook
        let raw = rules.ledgerPoints.when(context.judgment(.ledgersComplete).value)
            + rules.patrolLogPoints.when(context.judgment(.patrolLogs).value)
        let reasons = [
            context.judgmentReason(.ledgersComplete, worth: rules.ledgerPoints),
            context.judgmentReason(.patrolLogs, worth: rules.patrolLogPoints),
        ]
        return context.itemScore(number, raw: raw, reasons: reasons)
    }
}
