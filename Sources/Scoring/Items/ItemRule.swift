/// One item of the rules (docs/评分口径.md §2) as a small named unit: it reads the evaluation context and
/// returns the item's points, whether they were capped, and the reasons behind them.
public protocol ItemRule {
    /// 序号, 1…14.
    static var number: Int { get }
    static func score(in context: EvaluationContext) -> ItemScore
    /// The item as applied, in Chinese, from `rulebook`'s numbers: the 评分口径说明 page prints
    /// it, so a number changed in 细则 changes the text too.
    static func explanation(_ rulebook: Rulebook) -> String
}

/// The fourteen item rules, in order.
public enum ItemRules {
    public static var all: [any ItemRule.Type] {
        [
            Item01Leadership.self, Item02TeamBuilding.self, Item03Mechanisms.self, Item04Logistics.self,
            Item05ScheduleReports.self, Item06DailyPatrol.self, Item07PatrolConduct.self,
            Item08Training.self, Item09Ledgers.self, Item10CasePrevention.self, Item11Clues.self,
            Item12PublicityPositions.self, Item13DeedPublicity.self, Item14PreventionPublicity.self,
        ]
    }

    /// All fourteen item scores for the context, in order.
    public static func scores(in context: EvaluationContext) -> [ItemScore] {
        all.map { $0.score(in: context) }
    }
}

extension EvaluationContext {
    /// "1–6月": the months of P, as reasons name them.
    var monthsText: String { "1–\(period.quarter.rawValue * 3)月" }
}
