import Scoring

/// `Y/subsidy.html`: the annual 折算 and subsidy per community, with a total row.
struct SubsidyView {
    struct Row {
        let rank: String
        let name: String
        let href: String
        let total: String
        let converted: String
        let band: String
        let amount: String
        let note: String
    }

    let title: String
    let assessed: Bool
    let notAssessedText: String
    let ruleText: String
    let conversionText: String
    let rows: [Row]
    let totalAmount: String
    let formsHref: String

    init(result: YearResult, page: SitePath) {
        let year = result.year
        let settings = result.settings
        self.title = "\(year)年度补贴与折算"
        self.assessed = result.annual != nil
        self.notAssessedText = "未考核：年度结果以四季度考核为准，四季度末晚于数据截止日期（\(settings.cutoff)）。"
        self.ruleText = Self.describe(settings.subsidy)
        self.conversionText = "折算分 = 年度总分 × \(settings.conversionFullMarks) ÷ \(settings.rulebook.totalMaximum)，四舍五入保留两位小数；一票否决的社区折算分为 0。"
        self.rows = (result.annual?.standings ?? []).map {
            Row(rank: $0.rank.map(String.init) ?? "不排名", name: $0.name,
                href: page.link(to: .scorecard($0.slug, of: year)), total: $0.total.description,
                converted: $0.formattedConverted, band: $0.band ?? "", amount: Format.yuan($0.subsidy),
                note: $0.vetoed ? "一票否决" : ($0.subsidy == .zero ? "未达最低档" : ""))
        }
        self.totalAmount = Format.yuan(result.annual?.totalSubsidy ?? .zero)
        self.formsHref = page.link(to: .forms(year))
    }

    static func describe(_ rule: SubsidyRule?) -> String {
        switch rule {
        case nil:
            return "本年度未设补贴（year.yaml 未填“补贴”），各社区补贴均为 0，不生成用款审批表。"
        case .bands(let bands):
            let list = bands.map { "\($0.name)：总分不低于\($0.minimum)分，\(Format.yuan($0.amount))元" }
            return "分档发放（按所列顺序取第一个达到最低分的档次）：" + list.joined(separator: "；") + "；均未达到的为 0。一票否决的社区补贴为 0。"
        case .proRata(let full):
            return "按分值发放：补贴 = \(Format.yuan(full))元 × 年度总分 ÷ 100，四舍五入到分。一票否决的社区补贴为 0。"
        }
    }
}

// Field tables for the templates (see TemplateFields).

extension SubsidyView.Row: TemplateFields {
    static let templateFields: [String: TemplateAccessor<SubsidyView.Row>] = [
        "rank": { $0.rank },
        "name": { $0.name },
        "href": { $0.href },
        "total": { $0.total },
        "converted": { $0.converted },
        "band": { $0.band },
        "amount": { $0.amount },
        "note": { $0.note },
    ]
}

extension SubsidyView: TemplateFields {
    static let templateFields: [String: TemplateAccessor<SubsidyView>] = [
        "title": { $0.title },
        "assessed": { $0.assessed },
        "notAssessedText": { $0.notAssessedText },
        "ruleText": { $0.ruleText },
        "conversionText": { $0.conversionText },
        "rows": { $0.rows },
        "totalAmount": { $0.totalAmount },
        "formsHref": { $0.formsHref },
    ]
}
