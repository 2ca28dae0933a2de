/// Item 13 加强事迹宣传: 志愿活动总结 and 见义勇为事迹上报.
public enum Item13DeedPublicity: ItemRule {
    public static let number = 13

    /// How the rules page explains the item, with `r`'s own numbers.
    public static func explanation(_ r: Rulebook) -> String {
        "平安志愿活动有总结得\(r.volunteerSummaryPoints)分；见义勇为事迹及时上报得\(r.braveryReportPoints)分。"
    }

    public static func score(in context: EvaluationContext) -> ItemScore {
        let rules = context.rulebook
        let raw = rules.volunteerSummaryPoints.when(context.judgment(.volunteerSummary).value)
            + rules.braveryReportPoints.when(context.judgment(.braveryReported).value)
        let reasons = [
            context.judgmentReason(.volunteerSummary, worth: rules.volunteerSummaryPoints),
            context.judgmentReason(.braveryReported, worth: rules.braveryReportPoints),
        ]
        return context.itemScore(number, raw: raw, reasons: reasons)
    }
}
