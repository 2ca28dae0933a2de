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
                converted: $0.converted, band: $0.band ?? "", amount: $0.subsidy.formattedYuan,
                note: $0.vetoed ? "一票否决" : ($0.subsidy == .zero ? "未达最低档" : ""))
        }
        self.totalAmount = (result.annual?.totalSubsidy ?? .zero).formattedYuan
        self.formsHref = page.link(to: .forms(year))
    }

    static func describe(_ rule: SubsidyRule?) -> String {
        switch rule {
        case nil:
            return "本年度未设补贴（year.yaml 未填“补贴”），各社区补贴均为 0，不生成用款审批表。"
        case .bands(let bands):
            let list = bands.map { "\($0.name)：总分不低于\($0.minimum)分，\($0.amount.formattedYuan)元" }
            return "分档发放（按所列顺序取第一个达到最低分的档次）：" + list.joined(separator: "；") + "；均未达到的为 0。一票否决的社区补贴为 0。"
        case .proRata(let full):
            return "按分值发放：补贴 = \(full.formattedYuan)元 × 年度总分 ÷ 100，四舍五入到分。一票否决的社区补贴为 0。"
        }
    }
}

/// `Y/forms.html`: one 附件4 用款审批表 per community with a non-zero subsidy, one per printed page.
struct FormsView {
    struct Form {
        let number: String
        let department: String
        let applicant: String
        let purpose: String
        let amount: String
        let amountInWords: String
        let remarks: String
    }

    let title: String
    let forms: [Form]
    let hasForms: Bool
    let emptyText: String

    init(result: YearResult) {
        let year = result.year
        let fields = result.settings.approvalForm
        self.title = "\(year)年度群防群治用款审批表"
        self.forms = (result.annual?.standings ?? []).filter { $0.subsidy > .zero }.enumerated().map { index, standing in
            let reason = "\(year)年度群防群治工作考核补贴：\(standing.name)（年度总分\(standing.total)分"
                + (standing.band.map { "，\($0)" } ?? "") + "）"
            return Form(number: String(index + 1), department: fields.department ?? "", applicant: fields.applicant ?? "",
                        purpose: fields.purpose.map { "\($0)：\(standing.name)" } ?? reason,
                        amount: "¥" + standing.subsidy.formattedYuan + "元",
                        amountInWords: ChineseAmount.words(standing.subsidy), remarks: fields.remarks ?? "")
        }
        self.hasForms = !forms.isEmpty
        self.emptyText = result.annual == nil
            ? "年度考核尚未完成，暂无用款审批表。"
            : "本年度没有补贴金额不为 0 的社区，无需填写用款审批表。"
    }
}
