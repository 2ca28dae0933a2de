/// Each item's 评分标准 in the original rulebook's own wording, with the numbers of `r`: the
/// scorecard reproduces the rulebook's table, and a number changed in a year's 细则 must be printed
/// as changed there too (with the 2017 rules the text is the original, word for word).
extension AssessmentItem {
    public func criteria(in r: Rulebook) -> String {
        switch number {
        case 1:
            return "群防群治工作领导小组由社区“一把手”负责、亲自抓得\(r.headInChargePoints)分；落实社区专人负责、直接抓得\(r.dedicatedStaffPoints)分。"
        case 2:
            let teams = r.socialTeamsRequired == 2 ? "两" : String(r.socialTeamsRequired)
            return "建立群防群治人员花名册（见附件2），并实行动态管理，建立一支专职化队伍（不少于\(r.professionalTeamMinimum)人），"
                + "\(teams)支社会化队伍（每只队伍不少于\(r.socialTeamMinimum)人），得基本分\(r.teamBasePoints)分；社区整合资源，"
                + "每扩建一支队伍得\(r.teamExtensionPoints)分 (如：健全楼道长、居民代表、业主委员、物业保安队、党员先锋队、社区义工队等，"
                + "各自社区根据实际情况组建，队伍形式可以多样，每支队伍不少于\(r.socialTeamMinimum)人，同类型队伍不重复计分。)"
        case 3:
            return "建立健全工作制度，明确岗位职责得\(r.workRulesPoints)分；每月召开各群防群治队伍队长、组长以上工作例会一次，"
                + "及时解决工作中存在的困难和问题，由社区民警通报当前社会治安形势、社区发案情况得\(r.monthlyMeetingPoints)分；"
        case 4:
            return "有专项经费保障得\(r.fundsPoints)分；依托社区警务室、小区岗亭、党员活动室建立群防群治工作站，有群防群治器械、休息、"
                + "存放群防群治器械的区域，常备饮用水、防暑降温用品得\(r.workStationPoints)分。"
        case 5:
            return "根据网格化服务管理要求，科学划定每支队伍的治安巡防路线，做到重点部位全覆盖。每双月\(r.scheduleDueDay)日前，"
                + "由各社区将各支队伍巡逻执勤排班表报备（见附件3）至各辖区派出所得\(r.maximum(ofItem: 5))分，每漏报或迟报一次，"
                + "扣 \(r.scheduleMissDeduction)分，扣完为止。"
        case 6:
            return "按照职责、计划开展日常巡逻防范，根据各社区执勤报备表，由镇综治科与各派出所联合进行督查，"
                + "每发现1次没有开展巡逻的扣 \(r.noPatrolDeduction)分，扣完为止。"
        case 7:
            let each = r.conductPointsEach
            return "组织开展日常巡防工作，每次巡防不少于\(r.patrolMinimumPeople)人得\(each)分；每次统一佩戴红袖标得\(each)分；"
                + "每次统一携带警棍、小喇叭、手电筒等巡防用具得\(each)分；检查到1次不按上述要求的，相应的项不得分。"
        case 8:
            return "加强群防群治工作培训，有计划，有记录的得\(r.trainingRecordPoints)分；每年培训不少于\(r.trainingsPerYear)次的得"
                + "\(r.trainingCountPoints)分，每少1次培训扣\(r.trainingMissDeduction)分。"
        case 9:
            return "社区群防群治基础台帐健全规范的得\(r.ledgerPoints)分；按照要求认真填写巡逻工作日志的得\(r.patrolLogPoints)分。"
        case 10:
            let step = "每下降\(r.caseStepPercent)%得\(r.caseStepPoints)分，加满\(r.caseSubscoreMaximum)分为止；"
                + "每上升\(r.caseStepPercent)%扣\(r.caseStepPoints)分，扣完\(r.caseSubscoreMaximum)分为止。"
            return "辖区内社会稳定或治安突出问题被市级以上新闻媒体曝光的，每次扣\(r.mediaExposureDeduction)分；"
                + "五类侵财型案件（抢劫、抢夺、盗窃、诈骗、敲诈勒索）发案与去年持平得基本分\(r.steadyCasePoints)分；" + step
                + "通讯网络诈骗案件（网络、电话、短信诈骗）发案与去年持平得\(r.steadyCasePoints)分，" + step
                + "全年零发案，得\(r.zeroCasePoints)分。"
        case 11:
            return "积极提供线索，协助公安机关破获刑事、治安案件，有一起得\(r.cluePoints)分，加满分\(r.maximum(ofItem: 11))分为止，"
                + "同时公安机关申报见义勇为奖励。"
        case 12:
            return "社区利用宣传橱窗、黑板报、张贴画、报刊等多种宣传阵地，每月通过LED显示屏、横幅、标语、小画册、宣传单、微信、微博、"
                + "社区QQ群等多种形式进行宣传得\(r.publicityPositionPoints)分；因工作得力，经常在群防群治体系建设群发工作照片，"
                + "并被各自派出所录用的有一次得\(r.photoPoints)分，最高得\(r.photoMaximum)分。"
        case 13:
            return "定期开展平安志愿活动总结工作并有会议记录的得\(r.volunteerSummaryPoints)分；注重宣传志愿者的事迹和身边发生的好人好事、"
                + "见义勇为行为，提高群众对其认同度，及时总结上报群防群治工作中出现的见义勇为事迹的得\(r.braveryReportPoints)分。"
        case 14:
            let plan = r.publicityPlanPoints == r.publicitySummaryPoints
                ? "社区群防群治宣传有计划、有总结的分别得\(r.publicityPlanPoints)分；"
                : "社区群防群治宣传有计划的得\(r.publicityPlanPoints)分、有总结的得\(r.publicitySummaryPoints)分；"
            return plan + "宣传内容每月有更新的得\(r.contentUpdatePoints) 分，内容宣传缺失一次扣\(r.contentMissDeduction)分，扣完为止；"
                + "根据社会治安和社会稳定状况，开展以防火、防通讯网络诈骗、防盗抢等为主要内容的防范宣传的，"
                + "且配有日期的照片得\(r.campaignPhotoPoints) 分。"
        default:
            return criteria
        }
    }
}
