/// Item 11 提供线索破案: 2 points for each clue in P that helped solve a case, at most 8.
public enum Item11Clues: ItemRule {
    public static let number = 11

    /// How the rules page explains the item, with `r`'s own numbers.
    public static func explanation(_ r: Rulebook) -> String {
        "每提供线索协助破获一起案件得\(r.cluePoints)分，加满分值为止；注明见义勇为申报的案件在考核表上列出。"
    }

    public static func score(in context: EvaluationContext) -> ItemScore {
        let rules = context.rulebook
        let clues = context.clues.sorted { ($0.date, $0.location) < ($1.date, $1.location) }
        var reasons = clues.map { clue in
            Reason("\(clue.date) 提供线索：\(clue.caseDescription)" + (clue.braveryNomination ? "（申报见义勇为）" : ""),
                   day: clue.date, location: clue.location, points: rules.cluePoints)
        }
        let maximum = rules.maximum(ofItem: number)
        let earned = rules.cluePoints * clues.count
        // What was not met, said even when no record exists: a lost point is never unexplained.
        if clues.isEmpty {
            reasons.append(Reason("\(context.monthsText)无协助破案线索（每起\(rules.cluePoints)分）"))
        } else if earned < maximum {
            reasons.append(Reason("\(context.monthsText)协助破案线索 \(clues.count) 起，每起\(rules.cluePoints)分，未满\(maximum)分"))
        }
        return context.itemScore(number, raw: earned, reasons: reasons)
    }
}
