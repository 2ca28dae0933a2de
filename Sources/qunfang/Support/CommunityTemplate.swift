/// The commented record `qunfang new` writes. Every key of docs/记录格式.md is shown; each list
/// and mapping is written as a bare `键:` (an empty value reads as empty) with its example
/// entries right below it commented out as `#  …`, so uncommenting any one example block gives a
/// valid file: with `键: []` an uncommented entry below was a syntax error. Optional single keys
/// are `# 键: 值` lines. The file passes `check` as written, with any one example uncommented and
/// with all of them (QunfangTests).
enum CommunityTemplate {
    static func isValidSlug(_ slug: String) -> Bool {
        guard let first = slug.unicodeScalars.first, isSlugScalar(first), first != "-" else { return false }
        return slug.unicodeScalars.allSatisfy(isSlugScalar)
    }

    private static func isSlugScalar(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "-"
    }

    static func text(name: String, year: Int) -> String {
        let quotedName = "\"" + name.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"") + "\""
        return """
        # \(year) 年度社区记录。格式说明见 docs/记录格式.md。
        # 是/否 用“是”“否”；日期写 \(year)-03-05；月份写 \(year)-03；冒号用半角“:”，缩进用空格。

        社区: \(quotedName)
        # 派出所: 湖塘派出所
        # 社区民警: 王某

        组织领导:                      # 第1项 加强组织领导
          一把手负责: 否
          专人负责: 否

        # 队伍（附件2 花名册）：一支“专职”队伍不少于3人，两支社会化队伍各不少于10人。
        # 类型：专职、治安巡防、楼道长、居民代表、业主委员、物业保安、党员先锋、社区义工、平安志愿者
        队伍:
        #  - 名称: 专职巡防队
        #    类型: 专职
        #    队员:
        #      - {姓名: 张某, 年龄: 45, 电话: "13900000001", 职务: 队长, 住址: 某路1号}
        #      - {姓名: 李某, 电话: "13900000002", 加入: \(year)-05-01}
        #      - {姓名: 赵某, 电话: "13900000003", 退出: \(year)-08-15}

        # 排班报备（附件3）：每双月25日前报备下两个月的排班，周期写两个月中的第一个月（单月）。
        排班报备:
        #  - 周期: \(year)-03
        #    报备日期: \(year)-02-23
        #    排班:
        #      - {日期: \(year)-03-05, 时段: "13:00-18:00", 人员: [王某, 李某, 张某], 区域: 某小区}

        例会:                          # 第3项：每月一次，民警通报形势
        #  - {日期: \(year)-01-20, 民警通报: 是}

        督查:                          # 第6、7项：没有问题的督查也记下（问题: []）
        #  - {日期: \(year)-03-05, 问题: [未开展巡逻], 说明: 排班时段内无人巡逻}

        培训:                          # 第8项
        #  - {日期: \(year)-04-12, 主题: 防盗抢技能培训}

        宣传:                          # 第12、14项：同一个月可有多条
        #  - {月份: \(year)-01, 形式: [横幅, 微信], 内容更新: 是, 录用照片: 2}

        防范宣传:                      # 第14项
        #  - {日期: \(year)-03-15, 主题: 防通讯网络诈骗, 照片: 是}

        线索:                          # 第11项
        #  - {日期: \(year)-05-02, 案件: 协助破获盗窃案, 见义勇为申报: 否}

        媒体曝光:                      # 第10项和一票否决（4）
        #  - {日期: \(year)-07-01, 媒体: 某报, 级别: 市级, 严重影响: 否}

        # 评定：每季度考核时的评定；未重写的项沿用上一季度，从未评定的按“否”计并给出警告。
        评定:
        #  一季度:
        #    花名册动态管理: 是
        #    工作制度健全: 是
        #    专项经费: 是
        #    工作站: 是
        #    培训有计划有记录: 是
        #    台账健全: 是
        #    巡逻日志规范: 是
        #    志愿活动总结: 是
        #    见义勇为事迹上报: 否
        #    宣传有计划: 是
        #    宣传有总结: 否

        # 自评：按项目序号填写社区自评情况和得分（0.1 的整数倍，不超过该项分值）。
        自评:
        #  1: {情况: 书记亲自抓，专人负责, 得分: 3}

        # 备注（可用 Markdown 书写，显示在考核表下方）：写在“备注: |”下面，各行缩进两格。
        # 备注: |
        #   第一段文字。

        """
    }
}
