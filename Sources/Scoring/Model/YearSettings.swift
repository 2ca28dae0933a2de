/// A year's settings (`year.yaml`), validated, with the rulebook in force for that year.
public struct YearSettings: Hashable, Sendable {
    /// 年度
    public var year: Int
    /// 截止日期: records after it are ignored; quarters ending after it are not assessed.
    public var cutoff: Day
    /// 折算.满分: the share of the 平安社区创建考核 this result converts into.
    public var conversionFullMarks: Points
    /// 补贴: nil means every subsidy is 0 and no form is produced.
    public var subsidy: SubsidyRule?
    /// 用款审批: pre-filled fields of the 附件4 form.
    public var approvalForm: ApprovalFormFields
    /// The 2017 rulebook with this year's 细则 applied.
    public var rulebook: Rulebook
    public var location: SourceLocation

    public init(year: Int, cutoff: Day? = nil, conversionFullMarks: Points = 10,
                subsidy: SubsidyRule? = nil, approvalForm: ApprovalFormFields = ApprovalFormFields(),
                rulebook: Rulebook = Rulebook(), location: SourceLocation) {
        self.year = year
        self.cutoff = cutoff ?? Day(year: year, month: 12, day: 31)!
        self.conversionFullMarks = conversionFullMarks
        self.subsidy = subsidy
        self.approvalForm = approvalForm
        self.rulebook = rulebook
        self.location = location
    }

    /// Quarters whose last day is on or before the cut-off, in order.
    public var assessedQuarters: [Quarter] {
        Quarter.allCases.filter { $0.lastDay(in: year) <= cutoff }
    }
}

/// How the 综合执法队 subsidy is computed (考核运用 2).
public enum SubsidyRule: Hashable, Sendable {
    /// 分档: the first band, in listed order, whose 最低分 ≤ total.
    case bands([SubsidyBand])
    /// 按分值: 满分金额 × total / 100.
    case proRata(fullAmount: Money)
}

/// One band of 分档.
public struct SubsidyBand: Hashable, Sendable {
    /// 名称
    public var name: String
    /// 最低分
    public var minimum: Points
    /// 金额
    public var amount: Money

    public init(name: String, minimum: Points, amount: Money) {
        self.name = name
        self.minimum = minimum
        self.amount = amount
    }
}

/// The pre-filled fields of the 附件4 用款审批表.
public struct ApprovalFormFields: Hashable, Sendable {
    /// 申请部门
    public var department: String?
    /// 申请人
    public var applicant: String?
    /// 用款事由 (a default naming the year and the community is used when absent).
    public var purpose: String?
    /// 备注
    public var remarks: String?

    public init(department: String? = nil, applicant: String? = nil, purpose: String? = nil,
                remarks: String? = nil) {
        self.department = department
        self.applicant = applicant
        self.purpose = purpose
        self.remarks = remarks
    }
}

/// Everything a year is scored from: its own folder alone.
public struct YearRecords: Hashable, Sendable {
    public var settings: YearSettings
    /// police.yaml, by SLUG.
    public var police: [String: PoliceFigures]
    /// The communities, in SLUG order.
    public var communities: [Community]

    public init(settings: YearSettings, police: [String: PoliceFigures], communities: [Community]) {
        self.settings = settings
        self.police = police
        self.communities = communities.sorted { $0.slug.utf8Precedes($1.slug) }
    }
}
