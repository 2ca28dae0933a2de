import Testing
@testable import Scoring

/// Each item's explanation (the rules page's text) is written from the rulebook's numbers, beside
/// the rule that applies them: a number changed in 细则 changes the text.
@Suite struct ItemExplanationTests {
    /// Every numeric parameter of an item, other than its 分值 (printed in its own column).
    static let parameters: [(item: Int, parameter: RulebookParameter)] = RulebookParameter.all.compactMap { parameter in
        guard let number = AssessmentItem.titles.firstIndex(where: { parameter.name.hasPrefix($0 + ".") }),
              !parameter.name.hasSuffix(".分值") else { return nil }
        if case .vocabulary = parameter.kind { return nil }
        return (number + 1, parameter)
    }

    @Test func everyItemHasAnExplanation() {
        let rules = Rulebook()
        for rule in ItemRules.all { #expect(!rule.explanation(rules).isEmpty, "item \(rule.number)") }
    }

    @Test(arguments: parameters.map(\.parameter.name))
    func anOverriddenNumberAppearsInItsItemsExplanation(name: String) throws {
        let (item, parameter) = try #require(Self.parameters.first { $0.parameter.name == name })
        var rules = Rulebook()
        switch parameter.kind {
        case .points(let path): rules[keyPath: path] = Points(tenths: 777)
        case .count(let path): rules[keyPath: path] = 27
        case .vocabulary: return
        }
        let expected = if case .points = parameter.kind { "77.7" } else { "27" }
        let text = ItemRules.all[item - 1].explanation(rules)
        #expect(text.contains(expected), "\(name): \(text)")
    }

    @Test func theFewestPeopleOnPatrolIsTheRulebooks() {
        var rules = Rulebook()
        rules.patrolMinimumPeople = 4
        #expect(Item07PatrolConduct.explanation(rules).contains("不足4人只提示"))
    }
}
