/// Item 10 案件防范: the year-to-date change in 侵财 and 通讯网络诈骗 cases against last year,
/// in whole 6 % steps, minus 2 for each 市级以上 media exposure in P.
public enum Item10CasePrevention: ItemRule {
    public static let number = 10

    /// How the rules page explains the item, with `r`'s own numbers.
    public static func explanation(_ r: Rulebook) -> String {
        "侵财案件与通讯网络诈骗案件分别计分，各按考核期内本年与上年同期的累计发案数比较：上年同期为0时无法计算升降比例：本年也为0得\(r.steadyCasePoints)分，本年有案件得0分；持平得\(r.steadyCasePoints)分；下降时每满\(r.caseStepPercent)%加\(r.caseStepPoints)分，每个分项最高\(r.caseSubscoreMaximum)分；上升时每满\(r.caseStepPercent)%扣\(r.caseStepPoints)分，扣到0为止（百分比按整档计算，不足一档不计）。两类案件年初至今均为零发案的得\(r.zeroCasePoints)分。再按市级以上（" + r.cityOrAboveLevels.joined(separator: "、") + "）媒体曝光每次扣\(r.mediaExposureDeduction)分，零发案的\(r.zeroCasePoints)分同样扣减，本项最低0分。"
    }

    public static func score(in context: EvaluationContext) -> ItemScore {
        let rules = context.rulebook
        let months = context.period.quarter.rawValue * 3
        let empty = CaseCounts(thisYear: [], lastYear: [])
        let categories: [(name: String, counts: CaseCounts)] = [
            ("侵财", context.police?.propertyCrime ?? empty),
            ("通讯网络诈骗", context.police?.telecomFraud ?? empty),
        ]
        var reasons: [Reason] = []
        if context.police == nil {
            reasons.append(Reason("派出所数据缺失，按零发案计"))
        }
        let totals = categories.map { $0.counts.totals(throughMonth: months) }
        var base = Points.zero
        if totals.allSatisfy({ $0.thisYear == 0 }) {
            base = rules.zeroCasePoints
            reasons.append(Reason("\(context.monthsText)侵财、通讯网络诈骗案件均零发案", points: base))
        } else {
            reasons.append(Reason("\(context.monthsText)已有发案，不得零发案的\(rules.zeroCasePoints)分，按两类案件分别计分"))
            for (category, total) in zip(categories, totals) {
                let points = subscore(thisYear: total.thisYear, lastYear: total.lastYear, rules)
                base = base + points
                reasons.append(Reason("\(category.name)：\(context.monthsText)本年 \(total.thisYear) 起，上年 "
                                      + "\(total.lastYear) 起，\(change(total.thisYear, total.lastYear, rules))",
                                      points: points))
            }
        }
        var raw = base
        let deduction = Points.zero - rules.mediaExposureDeduction
        for exposure in context.mediaExposures.sorted(by: { ($0.date, $0.location) < ($1.date, $1.location) }) {
            let counts = rules.cityOrAboveLevels.contains(exposure.level)
            if counts { raw = raw + deduction }
            reasons.append(Reason("\(exposure.date) 被\(exposure.outlet)（\(exposure.level)）曝光"
                                  + (counts ? "" : "，非市级以上媒体不扣分"),
                                  day: exposure.date, location: exposure.location, points: counts ? deduction : nil))
        }
        return context.itemScore(number, raw: raw, reasons: reasons)
    }

    /// One category's sub-score (docs/评分口径.md, 第10项), before the media deduction:
    /// l = 0 → 2.5 when t = 0 else 0; t = l → 2.5; fewer → 2.5 + 2.5 per whole 6 % step, at most 10;
    /// more → 2.5 − 2.5 per whole 6 % step, at least 0.
    public static func subscore(thisYear t: Int, lastYear l: Int, _ rules: Rulebook) -> Points {
        let steady = rules.steadyCasePoints
        guard l > 0 else { return t == 0 ? steady : .zero }
        if t == l { return steady }
        let s = steps(thisYear: t, lastYear: l, rules)
        if t < l { return min(rules.caseSubscoreMaximum, steady + rules.caseStepPoints * s) }
        return max(.zero, steady - rules.caseStepPoints * s)
    }

    /// Whole steps of `caseStepPercent` % in the change: floor(100 × |t − l| / (6 × l)), l > 0.
    public static func steps(thisYear t: Int, lastYear l: Int, _ rules: Rulebook) -> Int {
        let change = Int(clamping: t.subtracting(saturating: l).magnitude)
        let per = max(1, rules.caseStepPercent).multiplied(saturating: max(1, l))
        return 100.multiplied(saturating: change) / per
    }

    static func change(_ t: Int, _ l: Int, _ rules: Rulebook) -> String {
        if l == 0 { return t == 0 ? "持平" : "上年无案件，本年有发案" }
        if t == l { return "持平" }
        let direction = t < l ? "下降" : "上升"
        return "\(direction)满 \(rules.caseStepPercent)% 的 \(steps(thisYear: t, lastYear: l, rules)) 档"
    }
}
