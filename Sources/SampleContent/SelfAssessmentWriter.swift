import Scoring

/// Writes a community's 自评 from the real annual item scores of its records: mostly the actual
/// score, except where its profile has it claim full marks on items it lost points on, or rate
/// an item one point too low (docs/评分口径.md §4 marks both on the scorecard).
enum SelfAssessmentWriter {
    static func selfAssessment(_ community: SampleCommunity, profile: CommunityProfile,
                               annual: [ItemScore], span: String = "全年") -> [Int: (text: String, tenths: Int)] {
        let texts = descriptions(community, span: span)
        var result: [Int: (text: String, tenths: Int)] = [:]
        for score in annual {
            let item = score.item.number
            var tenths = score.points.tenths
            if profile.claimsFull.contains(item) { tenths = score.maximum.tenths }
            if profile.underrates.contains(item) { tenths = max(0, tenths - 10) }
            result[item] = (texts[item - 1], tenths)
        }
        return result
    }

    /// 自评情况 of the fourteen items, item 1 first, in the words a community would use; `span`
    /// is the period they speak of (全年, or 上半年 before a mid-year cut-off).
    static func descriptions(_ community: SampleCommunity, span: String = "全年") -> [String] {
        let social = community.teams.filter { $0.type != Vocabulary.professionalType }.count
        let professional = community.teams.first?.members.filter { $0.left == nil }.count ?? 0
        let photos = community.publicity.map(\.photos).reduce(0, +)
        let noCase = community.police.property.allSatisfy { $0 == 0 } && community.police.fraud.allSatisfy { $0 == 0 }
        return [
            community.headInCharge ? "书记亲自抓，专人负责" : "落实专人负责",
            "专职队伍\(professional)人，社会化队伍\(social)支",
            "制度健全，每月召开例会",
            "有专项经费，建有群防群治工作站",
            "按要求报备排班表",
            "\(span)坚持日常巡逻",
            "巡防人员统一佩戴红袖标、携带巡防用具",
            "\(span)开展培训\(community.trainings.count)次",
            "台账齐全，巡逻日志按要求填写",
            noCase ? "\(span)零发案" : "发案总体平稳",
            "提供线索\(community.clues.count)条",
            "宣传阵地齐全，录用照片\(photos)张",
            "定期开展志愿活动总结",
            "宣传有计划、有总结，内容每月更新",
        ]
    }
}
