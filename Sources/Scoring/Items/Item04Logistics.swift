/// Item 4 加强后勤保障: 专项经费 (3) and 工作站 (2) against a 分值 of 2, applied as written and capped.
public enum Item04Logistics: ItemRule {
    public static let number = 4

    /// How the rules page explains the item, with `r`'s own numbers.
    public static func explanation(_ r: Rulebook) -> String {
        "有专项经费得\(r.fundsPoints)分，建立工作站得\(r.workStationPoints)分；细则原文合计超过分值，按原文计算后以分值\(r.maximum(ofItem: 4))分封顶。"
    }

    public static func score(in context: EvaluationContext) -> ItemScore {
        let rules = context.rulebook
        let funds = rules.fundsPoints.when(context.judgment(.dedicatedFunds).value)
        let station = rules.workStationPoints.when(context.judgment(.workStation).value)
        let reasons = [
            context.judgmentReason(.dedicatedFunds, worth: rules.fundsPoints),
            context.judgmentReason(.workStation, worth: rules.workStationPoints),
        ]
        return context.itemScore(number, raw: funds + station, reasons: reasons)
    }
}
