import Scoring

/// 评定 (quarter → the eleven judgments, any subset) and 自评 (item number → 情况, 得分).
enum JudgmentDecoder {
    static func decodeJudgments(_ fields: Fields, scope: YearScope) -> [Quarter: [Judgment: JudgmentEntry]] {
        guard let quarters = fields.fields("评定", allowed: Quarter.allCases.map(\.name)) else { return [:] }
        var result: [Quarter: [Judgment: JudgmentEntry]] = [:]
        for quarter in Quarter.allCases {
            guard let entries = quarters.fields(quarter.name, allowed: Judgment.allCases.map(\.key)) else { continue }
            var judgments: [Judgment: JudgmentEntry] = [:]
            for judgment in Judgment.allCases {
                guard let node = entries.node(judgment.key),
                      let value = fields.schema.bool(node, entries.name(judgment.key)) else { continue }
                judgments[judgment] = JudgmentEntry(value: value, location: node.location)
            }
            result[quarter] = judgments
        }
        return result
    }

    static func decodeSelfAssessment(_ fields: Fields, scope: YearScope) -> [Int: SelfAssessment] {
        let rulebook = scope.rulebook
        let numbers = (1...rulebook.maximums.count).map(String.init)
        guard let items = fields.fields("自评", allowed: numbers) else { return [:] }
        var result: [Int: SelfAssessment] = [:]
        for number in 1...rulebook.maximums.count {
            guard let entry = items.fields(String(number), allowed: ["情况", "得分"]) else { continue }
            var points = entry.points("得分")
            let maximum = rulebook.maximum(ofItem: number)
            if let value = points, value > maximum, let node = entry.node("得分") {
                fields.schema.log.error(node.location, "“\(entry.name("得分"))”为 \(value)，超过第 \(number) 项的分值 \(maximum)",
                                        hint: "自评得分应在 0 到 \(maximum) 之间")
                points = nil
            }
            result[number] = SelfAssessment(description: entry.text("情况", .line), points: points, location: entry.location)
        }
        return result
    }
}
