import Scoring

/// `Y/rules.html` (评分口径说明): the rulebook in force for the year — every item's 分值 and how it
/// is computed, with the SPEC's resolutions of the seed's ambiguities in words — and the table of
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
                     maximum: r.maximum(ofItem: number).description + "分", rule: Self.rule(number, r))
        }
        self.totalMaximum = r.totalMaximum.description
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
        ].map(Paragraph.init)
        let defaults = Rulebook()
        self.parameters = RulebookParameter.all.map { parameter in
            let value = parameter.value(in: r)
            let defaultValue = parameter.value(in: defaults)
            return ParameterRow(name: parameter.name, summary: parameter.summary, value: value,
                                changed: value != defaultValue, defaultValue: defaultValue)
        }
    }

    static func rule(_ number: Int, _ r: Rulebook) -> String {
        switch number {
        case 1: return "社区“一把手”负责、亲自抓得\(r.headInChargePoints)分；落实专人负责、直接抓得\(r.dedicatedStaffPoints)分。"
        case 2: return "以考核期最后一天在册人数为准。评定“花名册动态管理”为是、有一支不少于\(r.professionalTeamMinimum)人的专职化队伍、且有不少于\(r.socialTeamsRequired)支每支不少于\(r.socialTeamMinimum)人的社会化队伍，得基本分\(r.teamBasePoints)分。符合人数要求的社会化队伍按类型计数（同类型只计一次），类型数超过\(r.socialTeamsRequired)的部分每种得\(r.teamExtensionPoints)分；扩建分即使未得基本分也计入。"
        case 3: return "工作制度健全得\(r.workRulesPoints)分；考核期内每个月都召开例会且有民警通报得\(r.monthlyMeetingPoints)分。"
        case 4: return "有专项经费得\(r.fundsPoints)分，建立工作站得\(r.workStationPoints)分；细则原文合计超过分值，按原文计算后以分值\(r.maximum(ofItem: 4))分封顶。"
        case 5: return "排班表应在每个双月的\(r.scheduleDueDay)日前报备（\(r.scheduleDueDay)日当天报备算按时）：\(r.scheduleDueDay)日报备的是下一个单月开始的两个月的排班。考核期内每个截止日未按时报备计一次，之后补报的为迟报，未报的为漏报，每次扣\(r.scheduleMissDeduction)分。上一年度截止的（本年1月开始的）报备只列出，不计分。"
        case 6: return "督查每发现一次“\(r.noPatrolProblem)”扣\(r.noPatrolDeduction)分，扣完为止。"
        case 7: return "“" + r.conductProblems.joined(separator: "”“") + "”各\(r.conductPointsEach)分，考核期内督查发现一次即失去该项分数。排班表中某时段不足3人只提示，不扣分。"
        case 8: return "培训有计划、有记录得\(r.trainingRecordPoints)分；全年应培训\(r.trainingsPerYear)次，按考核期折算应培训次数（向下取整），达标得\(r.trainingCountPoints)分，每少一次扣\(r.trainingMissDeduction)分。"
        case 9: return "基础台账健全规范得\(r.ledgerPoints)分；认真填写巡逻工作日志得\(r.patrolLogPoints)分。"
        case 10: return "侵财案件与通讯网络诈骗案件分别计分，各按考核期内本年与上年同期的累计发案数比较：上年为0时，本年也为0得\(r.steadyCasePoints)分，否则0分；持平得\(r.steadyCasePoints)分；下降时每满\(r.caseStepPercent)%加\(r.caseStepPoints)分，每个分项最高\(r.caseSubscoreMaximum)分；上升时每满\(r.caseStepPercent)%扣\(r.caseStepPoints)分，扣到0为止（百分比按整档计算，不足一档不计）。两类案件年初至今均为零发案的得\(r.zeroCasePoints)分。再按市级以上（" + r.cityOrAboveLevels.joined(separator: "、") + "）媒体曝光每次扣\(r.mediaExposureDeduction)分，本项最低0分。"
        case 11: return "每提供线索协助破获一起案件得\(r.cluePoints)分，加满分值为止；注明见义勇为申报的案件在考核表上列出。"
        case 12: return "考核期内每个月的宣传合计使用不少于\(r.publicityFormsPerMonth)种形式（阵地和各类形式都算）得\(r.publicityPositionPoints)分，有一个月不足即不得分；被派出所录用照片每张\(r.photoPoints)分，最高\(r.photoMaximum)分。"
        case 13: return "平安志愿活动有总结得\(r.volunteerSummaryPoints)分；见义勇为事迹及时上报得\(r.braveryReportPoints)分。"
        case 14: return "宣传有计划、有总结各得\(r.publicityPlanPoints)分；宣传内容每月有更新得\(r.contentUpdatePoints)分，考核期内每缺一个月扣\(r.contentMissDeduction)分，扣完为止；开展防范宣传并配有日期照片的得\(r.campaignPhotoPoints)分。"
        default: return ""
        }
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}

// Field tables for the templates (see TemplateFields).

extension RulesView.ItemRule: TemplateFields {
    static let templateFields: [String: @Sendable (RulesView.ItemRule) -> Any] = [
        "number": { $0.number },
        "title": { $0.title },
        "maximum": { $0.maximum },
        "rule": { $0.rule },
    ]
}

extension RulesView.ParameterRow: TemplateFields {
    static let templateFields: [String: @Sendable (RulesView.ParameterRow) -> Any] = [
        "name": { $0.name },
        "summary": { $0.summary },
        "value": { $0.value },
        "changed": { $0.changed },
        "defaultValue": { $0.defaultValue },
    ]
}

extension RulesView.Paragraph: TemplateFields {
    static let templateFields: [String: @Sendable (RulesView.Paragraph) -> Any] = [
        "text": { $0.text },
    ]
}

extension RulesView: TemplateFields {
    static let templateFields: [String: @Sendable (RulesView) -> Any] = [
        "title": { $0.title },
        "periods": { $0.periods },
        "items": { $0.items },
        "totalMaximum": { $0.totalMaximum },
        "vetoes": { $0.vetoes },
        "outcomes": { $0.outcomes },
        "parameters": { $0.parameters },
    ]
}
