import Records
import Scoring

/// A small valid `content/` folder, and helpers to break one file of it.
enum Fixtures {
    static let community = "content/2017/communities/hutang.yaml"
    static let year = "content/2017/year.yaml"
    static let police = "content/2017/police.yaml"
    static let site = "content/site.yaml"

    /// The community file's first lines: a valid record that the cases append to.
    static let communityHead = """
        社区: 湖塘社区
        队伍:
          - 名称: 专职队
            类型: 专职
            队员:
              - {姓名: 张某, 电话: "13900000001"}

        """

    static let files: [String: String] = [
        site: """
            标题: 湖塘镇群防群治考核
            单位: 湖塘镇综治办
            """,
        "content/pages/about.md": "# 关于本站\n\n说明文字。\n",
        "content/pages/notes.md": "没有标题的页面\n",
        year: """
            年度: 2017
            截止日期: 2017-06-30
            补贴:
              方式: 分档
              档次:
                - {名称: 一档, 最低分: 90, 金额: 20000}
                - {名称: 二档, 最低分: 80.5, 金额: 15000.5}
            用款审批:
              申请部门: 湖塘镇综合执法队
              申请人: 某某
            细则:
              队伍类型: [网格员]
              案件防范.媒体曝光扣分: 3
            """,
        police: """
            hutang:
              侵财:
                本年: [1, 0, 2, 0, 1, 0]
                上年: [2, 1, 1, 0, 1, 1, 0]
              通讯网络诈骗:
                本年: [0, 0, 1, 0, 0, 0]
                上年: [1, 0, 0, 0, 1, 0]
              平台考核数: [92.5, 95]
            """,
        "content/2017/index.md": "# 2017 年\r\n概况\r\n",
        community: """
            社区: 湖塘社区
            派出所: 湖塘派出所
            组织领导:
              一把手负责: 是
              专人负责: 否
            队伍:
              - 名称: 湖塘社区专职巡防队
                类型: 专职
                队员:
                  - {姓名: 张某, 年龄: 45, 电话: "13900000001", 职务: 队长, 住址: 湖塘镇某路1号}
                  - {姓名: 李某, 年龄: 38, 电话: 13900000002, 加入: 2017-05-01}
                  - {姓名: 王某, 电话: 0519-86543210, 退出: 2017-08-15}
              - 名称: 网格员队伍
                类型: 网格员
                队员: []
            排班报备:
              - 周期: 2017-03
                报备日期: 2017-02-23
                排班:
                  - {日期: 2017-03-05, 时段: "13:00-18:00", 人员: [王某, 李某, 张某], 区域: 花园新村}
              - 周期: 2017-01
                报备日期: 2016-12-20
            例会:
              - {日期: 2017-01-20, 民警通报: 是}
            督查:
              - {日期: 2017-03-05, 问题: [未开展巡逻], 说明: 排班时段内无人巡逻}
              - {日期: 2017-05-09, 问题: []}
            培训:
              - {日期: 2017-04-12, 主题: 防盗抢技能培训}
            宣传:
              - {月份: 2017-01, 形式: [横幅, 微信], 内容更新: 是, 录用照片: 2}
            防范宣传:
              - {日期: 2017-03-15, 主题: 防通讯网络诈骗, 照片: 是}
            线索:
              - {日期: 2017-05-02, 案件: 协助破获盗窃电动车案, 见义勇为申报: 是}
            媒体曝光:
              - {日期: 2017-06-01, 媒体: 常州日报, 级别: 市级}
            评定:
              一季度:
                花名册动态管理: 是
                工作制度健全: 是
                专项经费: 是
                工作站: 是
                培训有计划有记录: 是
                台账健全: 是
                巡逻日志规范: 是
                志愿活动总结: 是
                见义勇为事迹上报: 否
                宣传有计划: 是
                宣传有总结: 否
              二季度:
                宣传有总结: 是
            自评:
              1: {情况: 书记亲自抓，专人负责, 得分: 3}
              6: {得分: 23.5}
            备注: |
              第一行
              第二行
            """,
    ]

    /// The fixture with some files replaced (a nil value removes the file).
    static func content(_ changes: [String: String?] = [:]) -> [String: [UInt8]] {
        var result = files
        for (path, text) in changes { result[path] = text }
        return result.mapValues { Array($0.utf8) }
    }

    static func load(_ files: [String: [UInt8]]) -> LoadResult {
        ContentLoader(fileSystem: .memory(files)).load(root: "content")
    }

    static func load(_ changes: [String: String?] = [:]) -> LoadResult {
        load(content(changes))
    }
}
