/// A named, documented parameter of the rulebook that a year's `细则` may override, e.g.
/// `细则: {案件防范.媒体曝光扣分: 3, 队伍类型: [网格员]}`. Names are `项目.参数` for an item's
/// numbers, `一票否决.…` for the vetoes, and the bare vocabulary name for a list (which 细则
/// extends rather than replaces).
public struct RulebookParameter: Sendable {
    public enum Kind: Sendable {
        /// Points with at most one decimal.
        case points(WritableKeyPath<Rulebook, Points> & Sendable)
        /// A whole number ≥ 0 (a count, a day of the month, a percentage).
        case count(WritableKeyPath<Rulebook, Int> & Sendable)
        /// Words appended to a closed vocabulary.
        case vocabulary(WritableKeyPath<Rulebook, [String]> & Sendable)
    }

    /// The key as written in `细则`.
    public let name: String
    /// What it means, in Chinese, for the 评分口径说明 page and error hints.
    public let summary: String
    public let kind: Kind

    /// The parameter's value in `rulebook`, as text ("2.5", "25", "横幅、微信").
    public func value(in rulebook: Rulebook) -> String {
        switch kind {
        case .points(let path): rulebook[keyPath: path].description
        case .count(let path): String(rulebook[keyPath: path])
        case .vocabulary(let path): rulebook[keyPath: path].joined(separator: "、")
        }
    }

    public static func named(_ name: String) -> RulebookParameter? {
        all.first { $0.name == name }
    }

    /// Every parameter, in the order of the rules.
    public static var all: [RulebookParameter] {
        let titles = AssessmentItem.titles
        var list: [RulebookParameter] = (1...14).map { number in
            RulebookParameter(name: "\(titles[number - 1]).分值", summary: "第\(number)项的分值",
                              kind: .points(\Rulebook.maximums[number - 1]))
        }
        func points(_ item: Int, _ key: String, _ summary: String, _ path: WritableKeyPath<Rulebook, Points> & Sendable) {
            list.append(RulebookParameter(name: "\(titles[item - 1]).\(key)", summary: summary, kind: .points(path)))
        }
        func count(_ prefix: String, _ key: String, _ summary: String, _ path: WritableKeyPath<Rulebook, Int> & Sendable) {
            list.append(RulebookParameter(name: "\(prefix).\(key)", summary: summary, kind: .count(path)))
        }
        points(1, "一把手负责", "“一把手”负责、亲自抓得分", \.headInChargePoints)
        points(1, "专人负责", "落实专人负责、直接抓得分", \.dedicatedStaffPoints)
        count(titles[1], "专职队伍最少人数", "专职化队伍的最少在册人数", \.professionalTeamMinimum)
        count(titles[1], "社会化队伍最少人数", "每支社会化队伍的最少在册人数", \.socialTeamMinimum)
        count(titles[1], "社会化队伍数", "得基本分所需的社会化队伍支数（一票否决同用）", \.socialTeamsRequired)
        points(2, "基本分", "队伍建设基本分", \.teamBasePoints)
        points(2, "扩建每支", "每扩建一支不同类型队伍的得分", \.teamExtensionPoints)
        points(3, "工作制度", "建立健全工作制度得分", \.workRulesPoints)
        points(3, "例会", "每月例会且民警通报得分", \.monthlyMeetingPoints)
        points(4, "专项经费", "有专项经费保障得分", \.fundsPoints)
        points(4, "工作站", "建立群防群治工作站得分", \.workStationPoints)
        count(titles[4], "报备截止日", "双月报备截止日（当日报备算按时）", \.scheduleDueDay)
        points(5, "漏报迟报扣分", "每漏报或迟报一次扣分", \.scheduleMissDeduction)
        points(6, "未巡逻扣分", "每发现一次未开展巡逻扣分", \.noPatrolDeduction)
        points(7, "每项", "人数、红袖标、巡防用具各项得分", \.conductPointsEach)
        points(8, "有计划有记录", "培训有计划、有记录得分", \.trainingRecordPoints)
        count(titles[7], "年培训次数", "每年最少培训次数", \.trainingsPerYear)
        points(8, "培训次数分", "培训次数达标得分", \.trainingCountPoints)
        points(8, "每少一次扣分", "每少一次培训扣分", \.trainingMissDeduction)
        points(9, "台账健全", "基础台账健全规范得分", \.ledgerPoints)
        points(9, "巡逻日志", "认真填写巡逻工作日志得分", \.patrolLogPoints)
        points(10, "零发案", "零发案得分", \.zeroCasePoints)
        points(10, "持平", "发案与去年持平得分", \.steadyCasePoints)
        count(titles[9], "变动百分比", "每下降或上升多少百分比计一档", \.caseStepPercent)
        points(10, "每档", "每档加减分", \.caseStepPoints)
        points(10, "分项上限", "侵财、通讯网络诈骗各分项的上限", \.caseSubscoreMaximum)
        points(10, "媒体曝光扣分", "被市级以上媒体曝光每次扣分", \.mediaExposureDeduction)
        points(11, "每起", "每提供线索协助破获一起案件得分", \.cluePoints)
        count(titles[11], "每月形式数", "每月至少使用的宣传形式种数", \.publicityFormsPerMonth)
        points(12, "阵地分", "每月多种形式宣传得分", \.publicityPositionPoints)
        points(12, "每张照片", "每张被录用照片得分", \.photoPoints)
        points(12, "照片上限", "录用照片最高得分", \.photoMaximum)
        points(13, "志愿活动总结", "平安志愿活动总结得分", \.volunteerSummaryPoints)
        points(13, "见义勇为上报", "见义勇为事迹上报得分", \.braveryReportPoints)
        points(14, "有计划", "宣传有计划得分", \.publicityPlanPoints)
        points(14, "有总结", "宣传有总结得分", \.publicitySummaryPoints)
        points(14, "内容更新", "宣传内容每月更新得分", \.contentUpdatePoints)
        points(14, "每月缺失扣分", "宣传内容缺失一个月扣分", \.contentMissDeduction)
        points(14, "防范宣传照片", "防范宣传配有日期照片得分", \.campaignPhotoPoints)
        count("一票否决", "漏报迟报次数", "漏报或迟报达到此次数即一票否决", \.vetoScheduleMisses)
        count("一票否决", "未巡逻次数", "发现未开展巡逻达到此次数即一票否决", \.vetoNoPatrolFindings)
        let vocabularies: [(String, String, WritableKeyPath<Rulebook, [String]> & Sendable)] = [
            ("队伍类型", "队伍.类型 可用的词", \.teamTypes),
            ("职务", "队员.职务 可用的词", \.roles),
            ("督查问题", "督查.问题 可用的词", \.inspectionProblems),
            ("宣传形式", "宣传.形式 可用的词", \.publicityForms),
            ("媒体级别", "媒体曝光.级别 可用的词", \.mediaLevels),
            ("市级以上级别", "计入“市级以上”曝光的级别", \.cityOrAboveLevels),
        ]
        for (name, summary, path) in vocabularies {
            list.append(RulebookParameter(name: name, summary: summary, kind: .vocabulary(path)))
        }
        return list
    }
}
