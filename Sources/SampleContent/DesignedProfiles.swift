/// The 44 designed outcomes of the sample year, in community order (see `CommunityNames.sample`).
/// Most communities are in good standing, some are weak, four are vetoed for four different
/// reasons, two tie exactly, several items are capped, and 星河 improves quarter by quarter.
/// Any other community count cycles through the same 44 profiles.
enum DesignedProfiles {
    static func profile(index: Int) -> CommunityProfile {
        all[index % all.count]
    }

    private static func make(_ configure: (inout CommunityProfile) -> Void) -> CommunityProfile {
        var profile = CommunityProfile()
        configure(&profile)
        return profile
    }

    private static let fiveTypes: [(type: String, size: Int)] = [
        ("治安巡防", 13), ("楼道长", 15), ("居民代表", 11), ("平安志愿者", 12), ("党员先锋", 10),
    ]

    static let all: [CommunityProfile] = [
        // 0 湖塘: a model community; photos beyond 20 (item 12 capped).
        make { $0.socialTeams = fiveTypes; $0.photos = 24; $0.clues = 2; $0.propertyChange = -25; $0.fraudChange = -20
            $0.remark = "镇级示范社区，巡防队伍齐全。" },
        // 1 花园: full marks; six clues (item 11 capped at 8).
        make { $0.socialTeams = fiveTypes + [("社区义工", 16)]; $0.photos = 21; $0.clues = 6; $0.braveryClues = 2
            $0.propertyChange = -30; $0.fraudChange = -25; $0.remark = "群众举报线索多，协助破案成效明显。" },
        // 2 新城: no case all year (tie with 梅林).
        make { $0.propertyChange = nil; $0.fraudChange = nil; $0.photos = 12; $0.clues = 0
            $0.conductFindings = [(5, "未携带巡防用具")]; $0.remark = "全年零发案。" },
        // 3 府北: weak: late and missing schedules, a missed patrol, one training, cases up.
        make { $0.scheduleMisses = [1: .late(days: 3), 3: .missing]; $0.noPatrolMonths = [6]; $0.trainings = 1
            $0.conductFindings = [(4, "未佩戴红袖标")]; $0.propertyChange = 5; $0.fraudChange = 0; $0.photos = 6
            $0.claimsFull = [5, 6, 8, 10]; $0.remark = "排班报备不及时，需加强。" },
        // 4 府南
        make { $0.socialTeams = [("治安巡防", 12), ("物业保安", 10), ("居民代表", 13)]; $0.photos = 17
            $0.propertyChange = -24; $0.fraudChange = -18 },
        // 5 星河: improves every quarter (judgments restated, teams grow, cases fall late in the year).
        make { $0.teamEvent = .growsDuringYear; $0.socialTeams = [("治安巡防", 12), ("楼道长", 11), ("党员先锋", 10), ("居民代表", 10)]
            $0.firstQuarterNo = ["花名册动态管理", "工作制度健全", "台账健全", "巡逻日志规范", "志愿活动总结", "宣传有计划", "宣传有总结", "培训有计划有记录"]
            $0.restated = [2: [("花名册动态管理", true), ("工作制度健全", true), ("培训有计划有记录", true)],
                           3: [("台账健全", true), ("巡逻日志规范", true), ("宣传有计划", true)],
                           4: [("志愿活动总结", true), ("宣传有总结", true)]]
            $0.casesImproveLate = true; $0.propertyChange = -30; $0.fraudChange = -25; $0.photos = 16; $0.clues = 2
            $0.remark = "年初基础薄弱，逐季整改到位。" },
        // 6 丰乐
        make { $0.photos = 19; $0.clues = 2; $0.propertyChange = -12; $0.fraudChange = -20; $0.underrates = [12] },
        // 7 长虹: veto 1, a volunteer leaves on 30 September and the team falls to 9.
        make { $0.teamEvent = .dropsBelowMinimumAtThirdQuarter
            $0.socialTeams = [("楼道长", 12), ("社区义工", 8), ("平安志愿者", 10)]; $0.photos = 13; $0.clues = 1
            $0.remark = "平安志愿者队伍人员流失，年末不足10人。" },
        // 8 聚湖: two 楼道长 teams count as one type.
        make { $0.socialTeams = [("楼道长", 12), ("楼道长", 11), ("居民代表", 10)]; $0.photos = 15
            $0.propertyChange = -20; $0.fraudChange = -20; $0.claimsFull = [2] },
        // 9 人民: weak: meetings missed, stale publicity, cases up.
        make { $0.meetingGaps = [2, 8]; $0.unbriefedMonths = [5]; $0.staleMonths = [3, 7, 10]; $0.thinMonths = [9]
            $0.propertyChange = 15; $0.fraudChange = 10; $0.photos = 5; $0.clues = 0; $0.trainings = 1
            $0.firstQuarterNo = ["宣传有总结"]; $0.claimsFull = [3, 10, 12, 14] },
        // 10 古方
        make { $0.socialTeams = fiveTypes; $0.photos = 18; $0.propertyChange = -6; $0.fraudChange = -20
            $0.conductFindings = [(8, "巡防人数不足")] },
        // 11 东方
        make { $0.photos = 20; $0.propertyChange = -24; $0.fraudChange = 0; $0.clues = 3; $0.braveryClues = 1 },
        // 12 西湖: a 市级 exposure without serious impact (−2 on item 10).
        make { $0.exposures = [(6, "市级", false)]; $0.photos = 15; $0.propertyChange = -20; $0.fraudChange = -20
            $0.remark = "6月一起噪声扰民纠纷被市级媒体报道，已妥善处置。" },
        // 13 南湖
        make { $0.socialTeams = [("治安巡防", 11), ("业主委员", 10), ("楼道长", 12), ("物业保安", 14)]; $0.photos = 11
            $0.scheduleMisses = [2: .late(days: 1)]; $0.propertyChange = -24; $0.fraudChange = -18; $0.claimsFull = [5] },
        // 14 北港: veto 2, three schedule due dates missed.
        make { $0.scheduleMisses = [1: .missing, 2: .late(days: 5), 4: .missing]; $0.photos = 12
            $0.propertyChange = -12; $0.fraudChange = -12; $0.remark = "排班表多次漏报、迟报。" },
        // 15 清风
        make { $0.photos = 16; $0.propertyChange = -20; $0.fraudChange = nil; $0.clues = 2 },
        // 16 明月
        make { $0.socialTeams = fiveTypes; $0.photos = 22; $0.propertyChange = -18; $0.fraudChange = -18; $0.clues = 2 },
        // 17 翠竹: weak: two missed patrols, conduct problems, no training record.
        make { $0.noPatrolMonths = [3, 9]; $0.conductFindings = [(3, "巡防人数不足"), (7, "未佩戴红袖标")]
            $0.firstQuarterNo = ["培训有计划有记录", "巡逻日志规范"]; $0.trainings = 0; $0.photos = 4
            $0.propertyChange = 6; $0.fraudChange = -6; $0.claimsFull = [6, 7, 8] },
        // 18 桃园
        make { $0.photos = 14; $0.propertyChange = -18; $0.fraudChange = -12; $0.restated = [3: [("宣传有总结", true)]]
            $0.firstQuarterNo = ["宣传有总结"] },
        // 19 柳营
        make { $0.socialTeams = [("治安巡防", 12), ("平安志愿者", 12), ("社区义工", 10)]; $0.photos = 10; $0.clues = 2
            $0.propertyChange = -20; $0.fraudChange = -20 },
        // 20 梅林: no case all year (tie with 新城).
        make { $0.propertyChange = nil; $0.fraudChange = nil; $0.photos = 12; $0.clues = 0
            $0.conductFindings = [(10, "未佩戴红袖标")]; $0.remark = "全年零发案。" },
        // 21 荷塘
        make { $0.photos = 9; $0.propertyChange = 0; $0.fraudChange = -18; $0.scheduleMisses = [0: .late(days: 2)] },
        // 22 锦绣: weak: no work station judgment, cases up sharply.
        make { $0.firstQuarterNo = ["工作站", "专项经费"]; $0.restated = [2: [("工作站", true)]]
            $0.propertyChange = 30; $0.fraudChange = 20; $0.photos = 7; $0.clues = 0; $0.thinMonths = [2, 6]
            $0.claimsFull = [10, 12] },
        // 23 阳光
        make { $0.socialTeams = fiveTypes; $0.photos = 18; $0.propertyChange = -20; $0.fraudChange = -12; $0.clues = 2 },
        // 24 和平
        make { $0.photos = 13; $0.propertyChange = -12; $0.fraudChange = -12; $0.exposures = [(9, "镇级", false)] },
        // 25 永安
        make { $0.photos = 17; $0.propertyChange = -24; $0.fraudChange = -6; $0.dedicatedStaff = false; $0.claimsFull = [1] },
        // 26 兴隆: veto 3, four inspections found no patrol.
        make { $0.noPatrolMonths = [3, 5, 8, 11]; $0.photos = 10; $0.propertyChange = -6; $0.fraudChange = -12
            $0.remark = "督查多次发现排班时段内未开展巡逻。" },
        // 27 富民
        make { $0.photos = 15; $0.propertyChange = -18; $0.fraudChange = -18; $0.clues = 5; $0.braveryClues = 1 },
        // 28 振兴
        make { $0.socialTeams = [("治安巡防", 12), ("楼道长", 10), ("党员先锋", 12)]; $0.photos = 14
            $0.propertyChange = -6; $0.fraudChange = -6; $0.scheduleMisses = [4: .late(days: 4)] },
        // 29 康乐: weak: cases up, missed patrol, thin publicity.
        make { $0.noPatrolMonths = [7]; $0.thinMonths = [4]; $0.staleMonths = [11]; $0.propertyChange = 0
            $0.fraudChange = 25; $0.photos = 10; $0.clues = 0; $0.trainings = 1; $0.claimsFull = [6, 10, 12] },
        // 30 吉祥
        make { $0.socialTeams = fiveTypes; $0.photos = 20; $0.propertyChange = -18; $0.fraudChange = -24; $0.clues = 3 },
        // 31 宝塔
        make { $0.photos = 12; $0.propertyChange = -20; $0.fraudChange = -12; $0.campaignPhoto = false },
        // 32 龙湖
        make { $0.photos = 16; $0.propertyChange = -20; $0.fraudChange = -20; $0.trainings = 3; $0.clues = 2 },
        // 33 凤凰
        make { $0.socialTeams = [("治安巡防", 12), ("物业保安", 15), ("业主委员", 10), ("社区义工", 11)]; $0.photos = 18
            $0.propertyChange = -12; $0.fraudChange = -24 },
        // 34 青年
        make { $0.photos = 8; $0.propertyChange = -18; $0.fraudChange = -20; $0.firstQuarterNo = ["见义勇为事迹上报"]
            $0.underrates = [9] },
        // 35 文化
        make { $0.socialTeams = fiveTypes; $0.photos = 15; $0.propertyChange = -20; $0.fraudChange = -6 },
        // 36 建设: veto 4, a district-level exposure with serious impact.
        make { $0.exposures = [(8, "区级", true)]; $0.photos = 14; $0.propertyChange = -12; $0.fraudChange = -12
            $0.remark = "8月一起群体性纠纷被媒体曝光，造成严重影响。" },
        // 37 新华
        make { $0.photos = 19; $0.propertyChange = -20; $0.fraudChange = -12; $0.clues = 2 },
        // 38 金鸡
        make { $0.photos = 11; $0.propertyChange = -6; $0.fraudChange = 0; $0.conductFindings = [(2, "未携带巡防用具")] },
        // 39 银河
        make { $0.socialTeams = fiveTypes; $0.photos = 17; $0.propertyChange = -25; $0.fraudChange = -18; $0.clues = 3 },
        // 40 晨光: weak: ledgers and volunteer summary judged 否, fraud up, schedule late twice.
        make { $0.scheduleMisses = [0: .late(days: 2), 3: .late(days: 6)]; $0.firstQuarterNo = ["台账健全", "志愿活动总结"]
            $0.propertyChange = 0; $0.fraudChange = 12; $0.photos = 8; $0.clues = 0
            $0.claimsFull = [5, 9, 13] },
        // 41 春江
        make { $0.photos = 15; $0.propertyChange = -20; $0.fraudChange = -18; $0.headInCharge = false
            $0.restated = [4: [("宣传有总结", true)]]; $0.firstQuarterNo = ["宣传有总结"] },
        // 42 紫荆
        make { $0.socialTeams = [("治安巡防", 14), ("楼道长", 13), ("平安志愿者", 10), ("居民代表", 12)]; $0.photos = 16
            $0.propertyChange = -12; $0.fraudChange = -20; $0.clues = 2 },
        // 43 天安
        make { $0.photos = 12; $0.propertyChange = -25; $0.fraudChange = -12; $0.trainings = 3 },
    ]
}
