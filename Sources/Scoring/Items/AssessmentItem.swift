/// The fourteen items of the original rulebook's table (考核内容), with the original rulebook's own wording so the
/// scorecard can reproduce the table. Points come from the `Rulebook`, never from here.
public struct AssessmentItem: Hashable, Sendable {
    /// 序号, 1…14.
    public let number: Int
    /// 考核指标: the category heading the item sits under.
    public let category: String
    /// 考核要求, as the original rulebook words it (items 10 and 11 have long wordings; see `shortTitle`).
    public let title: String
    /// 评分标准, as the original rulebook words it.
    public let criteria: String

    public init(number: Int, category: String, title: String, criteria: String) {
        self.number = number
        self.category = category
        self.title = title
        self.criteria = criteria
    }

    /// The short name (`titles[number - 1]`), as rulebook parameter names and compact tables use it.
    public var shortTitle: String { AssessmentItem.titles[number - 1] }

    /// The item titles in order; also the prefixes of the rulebook's parameter names.
    public static let titles = [
        "加强组织领导", "加强队伍建设", "加强机制建设", "加强后勤保障",
        "治安巡防全覆盖", "巡逻防范日常化", "规范巡防行为", "加强教育培训", "台账资料健全规范",
        "案件防范", "提供线索破案", "加强阵地建设", "加强事迹宣传", "加强防范宣教",
    ]

    /// The original rulebook's 考核指标 headings in table order, with the items each spans.
    public static let categories: [AssessmentCategory] = [
        AssessmentCategory(name: "组织建设和工作保障", items: 1...4),
        AssessmentCategory(name: "巡防情况", items: 5...9),
        AssessmentCategory(name: "案件防范", items: 10...10),
        AssessmentCategory(name: "提供线索破案", items: 11...11),
        AssessmentCategory(name: "宣传工作", items: 12...14),
    ]

    /// The item numbered `number` (1…14).
    public static func numbered(_ number: Int) -> AssessmentItem { all[number - 1] }

    /// The fourteen items in order, worded as in the original rulebook.
    public static let all: [AssessmentItem] = {
        let texts: [(title: String, criteria: String)] = [
            ("加强组织领导",
             "群防群治工作领导小组由社区“一把手”负责、亲自抓得2分；落实社区专人负责、直接抓得1分。"),
            ("加强队伍建设",
             "建立群防群治人员花名册（见附件2），并实行动态管理，建立一支专职化队伍（不少于3人），两支社会化队伍（每只队伍不少于10人），得基本分7分；社区整合资源，每扩建一支队伍得2分 (如：健全楼道长、居民代表、业主委员、物业保安队、党员先锋队、社区义工队等，各自社区根据实际情况组建，队伍形式可以多样，每支队伍不少于10人，同类型队伍不重复计分。)"),
            ("加强机制建设",
             "建立健全工作制度，明确岗位职责得1分；每月召开各群防群治队伍队长、组长以上工作例会一次，及时解决工作中存在的困难和问题，由社区民警通报当前社会治安形势、社区发案情况得1分；"),
            ("加强后勤保障",
             "有专项经费保障得3分；依托社区警务室、小区岗亭、党员活动室建立群防群治工作站，有群防群治器械、休息、存放群防群治器械的区域，常备饮用水、防暑降温用品得2分。"),
            ("治安巡防全覆盖",
             "根据网格化服务管理要求，科学划定每支队伍的治安巡防路线，做到重点部位全覆盖。每双月25日前，由各社区将各支队伍巡逻执勤排班表报备（见附件3）至各辖区派出所得5分，每漏报或迟报一次，扣 2分，扣完为止。"),
            ("巡逻防范日常化",
             "按照职责、计划开展日常巡逻防范，根据各社区执勤报备表，由镇综治科与各派出所联合进行督查，每发现1次没有开展巡逻的扣 5分，扣完为止。"),
            ("规范巡防行为",
             "组织开展日常巡防工作，每次巡防不少于3人得1分；每次统一佩戴红袖标得1分；每次统一携带警棍、小喇叭、手电筒等巡防用具得1分；检查到1次不按上述要求的，相应的项不得分。"),
            ("加强教育培训",
             "加强群防群治工作培训，有计划，有记录的得1分；每年培训不少于2次的得2分，每少1次培训扣1分。"),
            ("台账资料健全规范",
             "社区群防群治基础台帐健全规范的得3分；按照要求认真填写巡逻工作日志的得2分。"),
            ("加强治安重点地区和突出治安问题排查整治工作；案件发案平稳下降。",
             "辖区内社会稳定或治安突出问题被市级以上新闻媒体曝光的，每次扣2分；五类侵财型案件（抢劫、抢夺、盗窃、诈骗、敲诈勒索）发案与去年持平得基本分2.5分；每下降6%得2.5分，加满10分为止；每上升6%扣2.5分，扣完10分为止。通讯网络诈骗案件（网络、电话、短信诈骗）发案与去年持平得2.5分，每下降6%得2.5分，加满10分为止；每上升6%扣2.5分，扣完10分为止。全年零发案，得20分。"),
            ("提供线索，协助公安机关破获刑事、治安案件",
             "积极提供线索，协助公安机关破获刑事、治安案件，有一起得2分，加满分8分为止，同时公安机关申报见义勇为奖励。"),
            ("加强阵地建设",
             "社区利用宣传橱窗、黑板报、张贴画、报刊等多种宣传阵地，每月通过LED显示屏、横幅、标语、小画册、宣传单、微信、微博、社区QQ群等多种形式进行宣传得3分；因工作得力，经常在群防群治体系建设群发工作照片，并被各自派出所录用的有一次得0.1分，最高得2分。"),
            ("加强事迹宣传",
             "定期开展平安志愿活动总结工作并有会议记录的得2分；注重宣传志愿者的事迹和身边发生的好人好事、见义勇为行为，提高群众对其认同度，及时总结上报群防群治工作中出现的见义勇为事迹的得1分。"),
            ("加强防范宣教",
             "社区群防群治宣传有计划、有总结的分别得0.5分；宣传内容每月有更新的得2 分，内容宣传缺失一次扣0.5分，扣完为止；根据社会治安和社会稳定状况，开展以防火、防通讯网络诈骗、防盗抢等为主要内容的防范宣传的，且配有日期的照片得1 分。"),
        ]
        return texts.enumerated().map { index, text in
            let number = index + 1
            let category = categories.first { $0.items.contains(number) }!.name
            return AssessmentItem(number: number, category: category, title: text.title, criteria: text.criteria)
        }
    }()
}

/// A 考核指标 heading of the original rulebook's table and the items under it.
public struct AssessmentCategory: Hashable, Sendable {
    /// 考核指标, e.g. 组织建设和工作保障.
    public let name: String
    /// The 序号 of its items.
    public let items: ClosedRange<Int>

    public init(name: String, items: ClosedRange<Int>) {
        self.name = name
        self.items = items
    }

    /// Its 分值 in `rulebook` (the original rulebook prints "（20分）" under the heading).
    public func maximum(in rulebook: Rulebook) -> Points {
        items.map { rulebook.maximum(ofItem: $0) }.sum()
    }

    /// The points `score` has under this heading (the quarterly ranking's subtotal).
    public func subtotal(of score: CommunityScore) -> Points {
        score.items.filter { items.contains($0.item.number) }.map(\.points).sum()
    }
}
