import Scoring

/// The files around the communities: site.yaml, the about page, and the year's settings,
/// police figures and overview (docs/记录格式.md).
enum YearFiles {
    static func site() -> String {
        """
        # 站点设置
        标题: 湖塘镇群防群治工作考核
        单位: 湖塘镇综治办
        主题: default

        """
    }

    static func yearSettings(year: Int) -> String {
        yearSettings(.single(year))
    }

    /// year.yaml of `plan`: the original settings, with a cut-off and the later years' 细则 change,
    /// each with a comment saying what it means, when the plan has them.
    static func yearSettings(_ plan: SampleYear) -> String {
        let year = plan.year
        let cutoff = plan.cutoff.map { cutoff in
            let quarters = Vocabulary.quarterNames.prefix(plan.assessedQuarters).map { $0.dropLast(2) }.joined(separator: "、")
            let open = Vocabulary.quarterNames.dropFirst(plan.assessedQuarters).map { $0.dropLast(2) }.joined(separator: "、")
            return "截止日期: \(cutoff.text)      # 数据截至\(cutoff.month)月\(cutoff.day)日：\(quarters)季度已考核，\(open)季度未考核"
        } ?? "截止日期: \(year)-12-31"
        var rules = "细则: {}                  # 沿用 \(year) 年考核细则，不作调整"
        if plan.changesRules {
            let change = SampleRuleChange.scheduleMiss
            let since = plan.offset == 1 ? "自 \(year) 年起调整" : "沿用 \(plan.firstYear + 1) 年起的调整"
            rules = """
            细则:                     # \(since)，其余参数沿用 2017 年考核细则
              # 第5项治安巡防全覆盖：每漏报或迟报一次排班表，扣分由 \(CommunityRenderer.tenths(change.previousTenths)) 分提高到 \(CommunityRenderer.tenths(change.tenths)) 分。
              # 原因：\(change.reason)。
              \(change.name): \(CommunityRenderer.tenths(change.tenths))
            """
        }
        return """
        # \(year) 年度考核设置
        年度: \(year)
        \(cutoff)
        折算:
          满分: 10                # 群防群治工作在平安社区创建考核中的分值
        补贴:                     # 综合执法队工作考核补贴
          方式: 分档
          档次:
            - {名称: 一档, 最低分: 90, 金额: 20000}
            - {名称: 二档, 最低分: 80, 金额: 15000}
            - {名称: 三档, 最低分: 60, 金额: 10000}
        用款审批:
          申请部门: 湖塘镇综合执法队
          申请人: 某某
        \(rules)

        """
    }

    static func police(_ communities: [SampleCommunity], year: Int) -> String {
        var out = "# \(year) 年各社区案件情况（派出所每月提供）与社区民警平台考核数\n"
        out.reserveCapacity(communities.count * 260)
        for community in communities.sorted(by: { Array($0.slug.utf8).lexicographicallyPrecedes(Array($1.slug.utf8)) }) {
            let police = community.police
            out += "\(community.slug):\n"
            out += "  侵财:\n    本年: \(list(police.property))\n    上年: \(list(police.propertyLastYear))\n"
            out += "  通讯网络诈骗:\n    本年: \(list(police.fraud))\n    上年: \(list(police.fraudLastYear))\n"
            out += "  平台考核数: [\(police.platform.map(CommunityRenderer.tenths).joined(separator: ", "))]\n"
        }
        return out
    }

    private static func list(_ counts: [Int]) -> String {
        "[" + counts.map(String.init).joined(separator: ", ") + "]"
    }

    /// The free page about the assessment, in Markdown that libcmark renders (no tables: see
    /// docs/记录格式.md, “Markdown 小提示”), its figures read from the 2017 rulebook.
    static func about() -> String {
        let rules = Rulebook()
        let categories = AssessmentItem.categories.map { "- \($0.name)：\($0.maximum(in: rules))分" }.joined(separator: "\n")
        return """
        # 关于群防群治工作考核

        为切实加强社会治安防范工作，确保辖区安全、文明、有序，湖塘镇综治办会同各派出所，
        按照《湖塘镇群防群治考核细则》对全镇各社区的群防群治工作实行百分制考核。

        ## 考核方法

        - 实行**月督查、季考核、年底汇总**落实奖惩；
        - 考核以台账资料、实地检查为主，注重暗访和群众评价；
        - 派出所每月提供各社区刑事、治安案件情况，每季度按社区民警平台考核数进行治安状况排序。

        ## 考核内容

        共 14 项，满分 \(rules.totalMaximum) 分，分为五类：

        \(categories)

        出现下列情形之一的实行*一票否决*，不参加排名，不发放补贴。

        1. 未建立一支专职化队伍（不少于\(rules.professionalTeamMinimum)人）和\(rules.socialTeamsRequired)支社会化队伍（每支不少于\(rules.socialTeamMinimum)人）；
        2. 巡逻执勤排班表漏报或迟报\(rules.vetoScheduleMisses)次（含）以上；
        3. 发现\(rules.vetoNoPatrolFindings)次（含）以上没有开展巡逻；
        4. 被媒体曝光造成严重影响。

        ## 考核运用

        考核结果作为平安社区创建考核中群防群治工作的计分依据，并作为综合执法队工作考核发放补贴的依据。
        各社区的记录、评分口径和每一项扣分的依据均在本站公开，可逐项核对。

        """
    }

    /// The overview of a later or cut-off year: the figures up to the cut-off, what is assessed
    /// so far, and what changed against the year before (communities that left and joined, 细则).
    static func index(_ communities: [SampleCommunity], plan: SampleYear, left: [CommunityEntry], joined: [CommunityEntry]) -> String {
        guard !plan.isPlain else { return index(communities, year: plan.year) }
        let year = plan.year
        let t = Totals(communities, on: plan.lastDay)
        let span = plan.span
        var out = "# \(year) 年度群防群治工作概况\n\n"
        if let cutoff = plan.cutoff {
            let assessed = Vocabulary.quarterNames.prefix(plan.assessedQuarters).map { $0.dropLast(2) }.joined(separator: "、")
            let open = Vocabulary.quarterNames.dropFirst(plan.assessedQuarters).map { $0.dropLast(2) }.joined(separator: "、")
            out += "本年度记录截至 \(cutoff.month) 月 \(cutoff.day) 日：已考核\(assessed)季度，\(open)季度未考核，"
            out += "年度结果和补贴待四季度考核后确定。\n\n"
        }
        let atEnd = plan.cutoff.map { "\($0.month)月\($0.day)日" } ?? "年末"
        out += "全镇 \(communities.count) 个社区共建立专职巡防队 \(communities.count) 支、社会化队伍 \(t.socialTeams) 支，\(atEnd)在册队员 \(t.members) 人。\n\n"
        out += "- 各社区\(span)报备巡逻执勤排班表 \(t.reports) 份；\n"
        out += "- 镇综治办与各派出所联合督查 \(t.inspections) 次，发现问题 \(t.findings) 处，均已督促整改；\n"
        out += "- 开展群防群治培训 \(t.trainings) 次、防范宣传 \(t.campaigns) 次；\n"
        out += "- 群防群治力量提供线索协助破案 \(t.clues) 起，其中申报见义勇为 \(t.bravery) 起。\n"
        if plan.offset > 0 {
            out += "\n## 与 \(year - 1) 年相比\n\n"
            if !joined.isEmpty {
                out += "- 新设社区 \(joined.count) 个：\(joined.map(\.name).joined(separator: "、"))，本年度首次参加考核；\n"
            }
            if !left.isEmpty {
                out += "- 因区划调整，\(left.map(\.name).joined(separator: "、"))并入相邻社区，本年度不再单独考核；\n"
            }
            if plan.changesRules {
                let change = SampleRuleChange.scheduleMiss
                out += "- 细则调整：巡逻执勤排班表每漏报或迟报一次，第5项扣分由 \(CommunityRenderer.tenths(change.previousTenths)) 分"
                out += "提高到 \(CommunityRenderer.tenths(change.tenths)) 分，其余评分参数不变。\n"
            } else {
                out += "- 评分沿用原考核细则，参数不变。\n"
            }
        }
        out += "\n季度考核按年初至季末累计计分，年度结果以四季度考核为准。\n"
        return out
    }

    /// The year's overview: what the records of the year add up to (no scores, which are the scorer's job).
    static func index(_ communities: [SampleCommunity], year: Int) -> String {
        let t = Totals(communities, on: SampleDay(year, 12, 31))
        return """
        # \(year) 年度群防群治工作概况

        全镇 \(communities.count) 个社区共建立专职巡防队 \(communities.count) 支、社会化队伍 \(t.socialTeams) 支，年末在册队员 \(t.members) 人。

        - 各社区全年报备巡逻执勤排班表 \(t.reports) 份；
        - 镇综治办与各派出所联合督查 \(t.inspections) 次，发现问题 \(t.findings) 处，均已督促整改；
        - 开展群防群治培训 \(t.trainings) 次、防范宣传 \(t.campaigns) 次；
        - 群防群治力量提供线索协助破案 \(t.clues) 起，其中申报见义勇为 \(t.bravery) 起。

        季度考核按年初至季末累计计分，年度结果以四季度考核为准。

        """
    }

    /// What a year's records add up to, as index.md states it: teams and members on `day`, reports,
    /// inspections and findings, trainings, campaigns, clues and bravery nominations.
    private struct Totals {
        let socialTeams, members, reports, inspections, findings, trainings, campaigns, clues, bravery: Int

        init(_ communities: [SampleCommunity], on day: SampleDay) {
            let teams = communities.flatMap(\.teams)
            socialTeams = teams.filter { $0.type != Vocabulary.professionalType }.count
            members = teams.map { $0.activeCount(on: day) }.reduce(0, +)
            reports = communities.map(\.scheduleReports.count).reduce(0, +)
            let all = communities.flatMap(\.inspections)
            inspections = all.count
            findings = all.filter { !$0.problems.isEmpty }.count
            trainings = communities.map(\.trainings.count).reduce(0, +)
            campaigns = communities.map(\.campaigns.count).reduce(0, +)
            let found = communities.flatMap(\.clues)
            clues = found.count
            bravery = found.filter(\.bravery).count
        }
    }
}
