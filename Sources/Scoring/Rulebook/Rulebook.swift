/// Every number and vocabulary of the assessment rules (docs/评分口径.md §5). The defaults are the 2017
/// rules (the original rulebook, docs/评分口径.md); a year's `细则` overrides named parameters (see `RulebookParameter`), so a
/// later year with changed numbers is scored without code changes and old years keep theirs.
public struct Rulebook: Hashable, Sendable {
    // MARK: Items' 分值, item 1 first (total 100 in 2017).
    public var maximums: [Points] = [3, 13, 2, 2, 5, 24, 3, 3, 5, 20, 8, 5, 3, 4]

    // Item 1 加强组织领导
    public var headInChargePoints: Points = 2
    public var dedicatedStaffPoints: Points = 1

    // Item 2 加强队伍建设 and veto 1
    /// The team type that makes a team the professional one.
    public var professionalTeamType = "专职"
    public var professionalTeamMinimum = 3
    public var socialTeamMinimum = 10
    public var socialTeamsRequired = 2
    public var teamBasePoints: Points = 7
    public var teamExtensionPoints: Points = 2

    // Item 3 加强机制建设
    public var workRulesPoints: Points = 1
    public var monthlyMeetingPoints: Points = 1

    // Item 4 加强后勤保障 (3 + 2 against a 分值 of 2, as written; capped)
    public var fundsPoints: Points = 3
    public var workStationPoints: Points = 2

    // Item 5 治安巡防全覆盖 and veto 2
    /// Schedules are due by this day of each even month, the day itself included.
    public var scheduleDueDay = 25
    public var scheduleMissDeduction: Points = 2

    // Item 6 巡逻防范日常化 and veto 3
    public var noPatrolProblem = "未开展巡逻"
    public var noPatrolDeduction: Points = 5

    // Item 7 规范巡防行为: each of these problems, found once, loses its point.
    public var conductProblems = ["巡防人数不足", "未佩戴红袖标", "未携带巡防用具"]
    public var conductPointsEach: Points = 1
    /// 每次巡防不少于3人: a 排班 slot with fewer people is warned about, never deducted (only a
    /// 督查 finding of 巡防人数不足 costs the point).
    public var patrolMinimumPeople = 3

    // Item 8 加强教育培训
    public var trainingRecordPoints: Points = 1
    public var trainingsPerYear = 2
    public var trainingCountPoints: Points = 2
    public var trainingMissDeduction: Points = 1

    // Item 9 台账资料健全规范
    public var ledgerPoints: Points = 3
    public var patrolLogPoints: Points = 2

    // Item 10 案件防范
    public var zeroCasePoints: Points = 20
    public var steadyCasePoints = Points(tenths: 25)
    /// A change is counted in whole steps of this many percent.
    public var caseStepPercent = 6
    public var caseStepPoints = Points(tenths: 25)
    public var caseSubscoreMaximum: Points = 10
    public var mediaExposureDeduction: Points = 2

    // Item 11 提供线索破案
    public var cluePoints: Points = 2

    // Item 12 加强阵地建设
    public var publicityFormsPerMonth = 2
    public var publicityPositionPoints: Points = 3
    public var photoPoints = Points(tenths: 1)
    public var photoMaximum: Points = 2

    // Item 13 加强事迹宣传
    public var volunteerSummaryPoints: Points = 2
    public var braveryReportPoints: Points = 1

    // Item 14 加强防范宣教
    public var publicityPlanPoints = Points(tenths: 5)
    public var publicitySummaryPoints = Points(tenths: 5)
    public var contentUpdatePoints: Points = 2
    public var contentMissDeduction = Points(tenths: 5)
    public var campaignPhotoPoints: Points = 1

    // Vetoes (一票否决)
    public var vetoScheduleMisses = 3
    public var vetoNoPatrolFindings = 4

    // MARK: Closed vocabularies (细则 may extend them)
    public var teamTypes = ["专职", "治安巡防", "楼道长", "居民代表", "业主委员", "物业保安", "党员先锋", "社区义工", "平安志愿者"]
    public var roles = ["队长", "组长", "队员"]
    public var inspectionProblems = ["未开展巡逻", "巡防人数不足", "未佩戴红袖标", "未携带巡防用具"]
    public var publicityForms = ["宣传橱窗", "黑板报", "张贴画", "报刊", "LED显示屏", "横幅", "标语", "小画册", "宣传单", "微信", "微博", "QQ群"]
    public var mediaLevels = ["中央", "省级", "市级", "区级", "镇级"]
    /// Levels that count as 市级以上 for item 10's deduction.
    public var cityOrAboveLevels = ["中央", "省级", "市级"]

    /// The 2017 rules.
    public init() {}

    /// The 分值 of item `number` (1…14).
    /// (0 for a number with no 分值: a rulebook built by hand with fewer items cannot trap.)
    public func maximum(ofItem number: Int) -> Points {
        maximums.indices.contains(number - 1) ? maximums[number - 1] : .zero
    }

    /// The sum of the 分值 (100 with the 2017 rules).
    public var totalMaximum: Points { maximums.sum() }
}
