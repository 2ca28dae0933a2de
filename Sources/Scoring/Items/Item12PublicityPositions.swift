/// Item 12 加强阵地建设: at least 2 distinct 形式 in every month of P, plus 0.1 for each
/// 录用照片, at most 2.
public enum Item12PublicityPositions: ItemRule {
    public static let number = 12

    /// How the rules page explains the item, with `r`'s own numbers.
    public static func explanation(_ r: Rulebook) -> String {
        "考核期内每个月的宣传合计使用不少于\(r.publicityFormsPerMonth)种形式（阵地和各类形式都算）得\(r.publicityPositionPoints)分，有一个月不足即不得分；被派出所录用照片每张\(r.photoPoints)分，最高\(r.photoMaximum)分。"
    }

    public static func score(in context: EvaluationContext) -> ItemScore {
        let rules = context.rulebook
        let entries = context.publicity
        var reasons: [Reason] = []
        var everyMonth = true
        for month in context.months {
            let ofMonth = entries.filter { $0.month == month }
            var forms: [String] = []
            for form in ofMonth.flatMap(\.forms) where !forms.contains(form) { forms.append(form) }
            if forms.count < rules.publicityFormsPerMonth {
                everyMonth = false
                let used = forms.isEmpty ? "无宣传记录" : "仅 " + forms.joined(separator: "、")
                reasons.append(Reason("\(month) 宣传形式不足 \(rules.publicityFormsPerMonth) 种（\(used)）",
                                      day: month.firstDay, location: ofMonth.first?.location))
            }
        }
        let positions = rules.publicityPositionPoints.when(everyMonth)
        if everyMonth {
            reasons.append(Reason("宣传阵地：\(context.monthsText)每月均有 \(rules.publicityFormsPerMonth) 种以上形式",
                                  points: positions))
        } else {
            reasons.append(Reason("宣传阵地：并非每月都有 \(rules.publicityFormsPerMonth) 种以上形式，阵地分不得"))
        }
        let photos = entries.map(\.photosAccepted).saturatingSum()
        let uncapped = rules.photoPoints * photos
        let photoPoints = min(rules.photoMaximum, uncapped)
        if photos > 0 {
            let cap = uncapped > rules.photoMaximum ? "，最高 \(rules.photoMaximum) 分" : ""
            reasons.append(Reason("录用照片：\(context.monthsText)共 \(photos) 张\(cap)", points: photoPoints))
        }
        if photoPoints < rules.photoMaximum {
            let count = photos == 0 ? "无被派出所录用的照片" : "录用照片 \(photos) 张"
            reasons.append(Reason("录用照片：\(context.monthsText)\(count)，每张\(rules.photoPoints)分，未满\(rules.photoMaximum)分"))
        }
        return context.itemScore(number, raw: positions + photoPoints, reasons: reasons)
    }
}
