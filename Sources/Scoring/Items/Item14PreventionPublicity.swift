/// Item 14 加强防范宣教: 宣传有计划 and 有总结, monthly content updates (0.5 lost for each month
/// without one), and a 防范宣传 with dated photos.
public enum Item14PreventionPublicity: ItemRule {
    public static let number = 14

    /// How the rules page explains the item, with `r`'s own numbers.
    public static func explanation(_ r: Rulebook) -> String {
        (r.publicityPlanPoints == r.publicitySummaryPoints
            ? "宣传有计划、有总结各得\(r.publicityPlanPoints)分；"
            : "宣传有计划得\(r.publicityPlanPoints)分、有总结得\(r.publicitySummaryPoints)分；")
            + "宣传内容每月有更新得\(r.contentUpdatePoints)分，考核期内每缺一个月扣\(r.contentMissDeduction)分，扣完为止；开展防范宣传并配有日期照片的得\(r.campaignPhotoPoints)分。"
    }

    public static func score(in context: EvaluationContext) -> ItemScore {
        let rules = context.rulebook
        var raw = rules.publicityPlanPoints.when(context.judgment(.publicityPlanned).value)
            + rules.publicitySummaryPoints.when(context.judgment(.publicitySummarized).value)
        var reasons = [
            context.judgmentReason(.publicityPlanned, worth: rules.publicityPlanPoints),
            context.judgmentReason(.publicitySummarized, worth: rules.publicitySummaryPoints),
        ]
        let updated = Set(context.publicity.filter(\.contentUpdated).map(\.month))
        let missing = context.months.filter { !updated.contains($0) }
        let deduction = Points.zero - rules.contentMissDeduction
        for month in missing {
            reasons.append(Reason("\(month) 宣传内容未更新", day: month.firstDay, points: deduction))
        }
        let content = max(.zero, rules.contentUpdatePoints - rules.contentMissDeduction * missing.count)
        raw = raw + content
        if missing.isEmpty {
            reasons.append(Reason("宣传内容：\(context.monthsText)每月均有更新", points: content))
        }
        let campaigns = context.preventionCampaigns.sorted { ($0.date, $0.location) < ($1.date, $1.location) }
        if let photographed = campaigns.first(where: \.hasPhoto) {
            raw = raw + rules.campaignPhotoPoints
            reasons.append(Reason("\(photographed.date) 防范宣传：\(photographed.topic)，配有日期照片",
                                  day: photographed.date, location: photographed.location,
                                  points: rules.campaignPhotoPoints))
        } else {
            reasons.append(Reason("防范宣传：\(context.monthsText)无配有日期照片的防范宣传"))
        }
        return context.itemScore(number, raw: raw, reasons: reasons)
    }
}
