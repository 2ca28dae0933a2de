/// Item 8 加强教育培训: 培训有计划有记录, and the trainings required by the end of P held
/// (r = floor(trainingsPerYear × 3q / 12)), 1 point lost for each one short.
public enum Item08Training: ItemRule {
    public static let number = 8

    /// How the rules page explains the item, with `r`'s own numbers.
    public static func explanation(_ r: Rulebook) -> String {
        "培训有计划、有记录得\(r.trainingRecordPoints)分；全年应培训\(r.trainingsPerYear)次，按考核期折算应培训次数（向下取整）：一季度至四季度末分别应累计培训\(Quarter.allCases.map { String(requiredTrainings(by: $0, r)) }.joined(separator: "、"))次，达标得\(r.trainingCountPoints)分，每少一次扣\(r.trainingMissDeduction)分。"
    }

    public static func score(in context: EvaluationContext) -> ItemScore {
        let rules = context.rulebook
        let record = rules.trainingRecordPoints.when(context.judgment(.trainingPlanned).value)
        var reasons = [context.judgmentReason(.trainingPlanned, worth: rules.trainingRecordPoints)]
        let trainings = context.trainings.sorted { ($0.date, $0.location) < ($1.date, $1.location) }
        for training in trainings {
            reasons.append(Reason("\(training.date) 培训：\(training.topic)", day: training.date,
                                  location: training.location))
        }
        let required = requiredTrainings(by: context.period.quarter, rules)
        let short = max(0, required.subtracting(saturating: trainings.count))
        let countPoints = max(.zero, rules.trainingCountPoints - rules.trainingMissDeduction * short)
        let verdict = short == 0 ? "达标" : "少 \(short) 次"
        reasons.append(Reason("培训次数：\(context.monthsText)应培训 \(required) 次，实际 \(trainings.count) 次，\(verdict)",
                              points: countPoints == .zero ? nil : countPoints, explainsLoss: short > 0))
        return context.itemScore(number, raw: record + countPoints, reasons: reasons)
    }

    /// Trainings required by the end of `quarter`: floor(trainingsPerYear × 3q / 12).
    public static func requiredTrainings(by quarter: Quarter, _ rules: Rulebook) -> Int {
        rules.trainingsPerYear.multiplied(saturating: quarter.rawValue * 3) / 12
    }
}
