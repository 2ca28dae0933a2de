import Scoring

/// `Y/forms.html`: one 附件4 用款审批表 per community with a non-zero subsidy, one per printed page.
/// In a large year (see `Volumes`) that page is an index of volumes, `Y/forms/N.html`, each
/// holding one 派出所's forms; the forms keep their numbers (第 N 份) across volumes.
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
    let hasVolumes: Bool
    let volumes: VolumeIndexView

    /// Every form of the year, in the annual ranking's order, with the community's 派出所.
    static func all(_ result: YearResult) -> [(station: String?, form: Form)] {
        let year = result.year
        let fields = result.settings.approvalForm
        return (result.annual?.standings ?? []).filter { $0.subsidy > .zero }.enumerated().map { index, standing in
            let reason = "\(year)年度群防群治工作考核补贴：\(standing.name)（年度总分\(standing.total)分"
                + (standing.band.map { "，\($0)" } ?? "") + "）"
            return (standing.policeStation, Form(
                number: String(index + 1), department: fields.department ?? "", applicant: fields.applicant ?? "",
                purpose: fields.purpose.map { "\($0)：\(standing.name)" } ?? reason,
                amount: "¥" + Format.yuan(standing.subsidy) + "元",
                amountInWords: ChineseAmount.words(standing.subsidy), remarks: fields.remarks ?? ""))
        }
    }

    static func title(_ year: Int) -> String { "\(year)年度群防群治用款审批表" }

    /// The whole year's forms on one page.
    init(result: YearResult) {
        self.init(result: result, title: Self.title(result.year), forms: Self.all(result).map(\.form))
    }

    /// One volume's forms (or the given ones) on one page.
    init(result: YearResult, title: String, forms: [Form]) {
        self.title = title
        self.forms = forms
        self.hasForms = !forms.isEmpty
        self.emptyText = result.annual == nil
            ? "年度考核尚未完成，暂无用款审批表。"
            : "本年度没有补贴金额不为 0 的社区，无需填写用款审批表。"
        self.hasVolumes = false
        self.volumes = VolumeIndexView([], size: 0, path: { _ in .home }, from: .home, unit: "份")
    }

    /// The index of a large year's volumes.
    init(result: YearResult, volumes: VolumeIndexView) {
        self.title = Self.title(result.year)
        self.forms = []
        self.hasForms = false
        self.emptyText = ""
        self.hasVolumes = true
        self.volumes = volumes
    }
}

// Field tables for the templates (see TemplateFields).

extension FormsView.Form: TemplateFields {
    static let templateFields: [String: TemplateAccessor<FormsView.Form>] = [
        "number": { $0.number },
        "department": { $0.department },
        "applicant": { $0.applicant },
        "purpose": { $0.purpose },
        "amount": { $0.amount },
        "amountInWords": { $0.amountInWords },
        "remarks": { $0.remarks },
    ]
}

extension FormsView: TemplateFields {
    static let templateFields: [String: TemplateAccessor<FormsView>] = [
        "title": { $0.title },
        "forms": { $0.forms },
        "hasForms": { $0.hasForms },
        "emptyText": { $0.emptyText },
        "hasVolumes": { $0.hasVolumes },
        "volumes": { $0.volumes },
    ]
}
