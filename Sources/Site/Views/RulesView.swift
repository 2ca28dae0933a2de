import Scoring

/// `Y/rules.html` (评分口径说明): the rulebook in force for the year — every item's 分值 and how it
/// is computed (each item's `ItemRule.explanation`, beside its rule, from the year's numbers), the
/// readings of the original rulebook's ambiguities in words — and the table of
/// parameters with this year's values, so every figure on the site can be checked by hand.
struct RulesView {
    struct ItemRule {
        let number: String
        let title: String
        let maximum: String
        let rule: String
    }

    struct ParameterRow {
        let name: String
        let summary: String
        let value: String
        let changed: Bool
        let defaultValue: String
    }

    struct Paragraph { let text: String }

    let title: String
    let periods: [Paragraph]
    let items: [ItemRule]
    let totalMaximum: String
    /// Said when the year's 分值 do not sum to 100 (a 细则 changed them); empty otherwise.
    let maximumNote: String
    let vetoes: [Paragraph]
    let outcomes: [Paragraph]
    let parameters: [ParameterRow]

    init(result: YearResult) {
        let settings = result.settings
        let r = settings.rulebook
        let year = result.year
        self.title = "\(year)年度评分口径说明"
        self.periods = [
            "考核实行月督查、季考核、年底汇总。第q季度考核的是“年初累计”：从\(year)年1月1日到该季度最后一天。年度结果即四季度考核结果。",
            "数据截止日期为\(settings.cutoff)。季度最后一天晚于截止日期的季度显示为“未考核”；截止日期之后的记录不计入。",
            "所有分数以0.1分为最小单位精确计算，不使用近似值；每项得分最低为0，最高为该项分值，超出分值的在考核表上注明“封顶”。",
            "评定（是/否）按季度填写，后一季度沿用前一季度未重新填写的评定；从未给出的评定按“否”计。",
        ].map(Paragraph.init)
        self.items = (1...r.maximums.count).map { number in
            ItemRule(number: String(number), title: AssessmentItem.titles[safe: number - 1] ?? "第\(number)项",
                     maximum: r.maximum(ofItem: number).description + "分",
                     rule: ItemRules.all[safe: number - 1]?.explanation(r) ?? "")
        }
        self.totalMaximum = r.totalMaximum.description
        self.maximumNote = r.totalMaximum == Rulebook().totalMaximum ? ""
            : "本年度细则改写了分值，14项合计\(r.totalMaximum)分，不是\(Rulebook().totalMaximum)分：总分、排名、折算和补贴都按本年度的分值计算，满分为\(r.totalMaximum)分。"
        self.vetoes = [
            "（1）考核期最后一天，没有一支在册不少于\(r.professionalTeamMinimum)人的专职化队伍，或在册不少于\(r.socialTeamMinimum)人的社会化队伍少于\(r.socialTeamsRequired)支；",
            "（2）排班表漏报或迟报累计达到\(r.vetoScheduleMisses)次；",
            "（3）督查发现未开展巡逻累计达到\(r.vetoNoPatrolFindings)次；",
            "（4）考核期内有被媒体曝光并造成严重影响的（任何级别）。",
            "被一票否决的社区在考核表上保留计算出的总分并列明原因，但不参加排名，折算分和补贴均为0。",
        ].map(Paragraph.init)
        self.outcomes = [
            "排名：未被否决的社区按总分从高到低排列，同分同名次，下一名次顺延（1、2、2、4），同分按社区代号排列；被否决的社区列在其后，不排名。名次变化与上一季度比较。",
            "治安状况排序：所有社区按该季度社区民警平台考核数从高到低排列，同分同名次。",
            SubsidyView(result: result, page: .rules(year)).conversionText,
            "补贴：" + SubsidyView.describe(settings.subsidy) + "金额以分为单位精确计算。",
            "各社区的自评得分与实际得分不一致的，在考核表上标出。",
            "全镇概况：平均总分和总分中位数按全部考核社区（含被否决的）计算，以0.01分为单位四舍五入；补贴按档次统计社区数并合计金额。"
                + "四季度考核前，年度页按截至最近一个已考核季度的总分，用本年度的补贴办法预估补贴（“按当前得分预估”），不是年度结果。",
            "失分分布：某项的失分 = 该项分值 − 实际得分；全镇失分为各社区之和，平均失分为全镇失分 ÷ 考核社区数（0.01分，四舍五入），"
                + "失分社区为该项失分大于0的社区数；被否决的社区同样计入。",
            "本季度变化：总分变化 = 本季度年初累计总分 − 上一季度年初累计总分；上升、下降最多的各列前5个（同分按社区代号），"
                + "并列出本季度新增和解除的一票否决、首次参加考核的社区。",
            "与上一年度比较：比较同一考核期——年中比较两年同一季度的年初累计结果（补贴均为按当时得分预估），四季度后比较年度结果；"
                + "两年的考核细则不同时，页面注明，总分的变化部分来自细则调整。",
        ].map(Paragraph.init)
        let defaults = Rulebook()
        self.parameters = RulebookParameter.all.map { parameter in
            let value = parameter.value(in: r)
            let defaultValue = parameter.value(in: defaults)
            return ParameterRow(name: parameter.name, summary: parameter.summary, value: value,
                                changed: value != defaultValue, defaultValue: defaultValue)
        }
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}

// Field tables for the templates (see TemplateFields).

extension RulesView.ItemRule: TemplateFields {
    static let templateFields: [String: TemplateAccessor<RulesView.ItemRule>] = [
        "number": { $0.number },
        "title": { $0.title },
        "maximum": { $0.maximum },
        "rule": { $0.rule },
    ]
}

extension RulesView.ParameterRow: TemplateFields {
    static let templateFields: [String: TemplateAccessor<RulesView.ParameterRow>] = [
        "name": { $0.name },
        "summary": { $0.summary },
        "value": { $0.value },
        "changed": { $0.changed },
        "defaultValue": { $0.defaultValue },
    ]
}

extension RulesView.Paragraph: TemplateFields {
    static let templateFields: [String: TemplateAccessor<RulesView.Paragraph>] = [
        "text": { $0.text },
    ]
}

extension RulesView: TemplateFields {
    static let templateFields: [String: TemplateAccessor<RulesView>] = [
        "title": { $0.title },
        "periods": { $0.periods },
        "items": { $0.items },
        "totalMaximum": { $0.totalMaximum },
        "maximumNote": { $0.maximumNote },
        "vetoes": { $0.vetoes },
        "outcomes": { $0.outcomes },
        "parameters": { $0.parameters },
    ]
}
