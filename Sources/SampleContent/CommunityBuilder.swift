/// Turns community `index`'s designed profile into its year of records, drawing the details
/// from independent seeded streams so every run gives the same community.
struct CommunityBuilder {
    let year: Int
    let seed: UInt64
    let count: Int

    func community(index: Int) -> SampleCommunity {
        let profile = DesignedProfiles.profile(index: index)
        let identity = CommunityNames.identity(index: index, count: count)
        func stream(_ number: UInt64) -> RandomSource { RandomSource(seed: seed, index: index, stream: number) }

        var roster = RosterBuilder(year: year, name: identity.name, stem: identity.stem, random: stream(1))
        let teams = roster.teams(for: profile)
        var activity = ActivityBuilder(year: year, stem: identity.stem, random: stream(2))
        var police = PoliceBuilder(random: stream(3))
        var people = stream(4)

        var community = SampleCommunity(
            slug: identity.slug, name: identity.name,
            station: CommunityNames.station(index: index, count: count),
            officer: people.pick(CommunityNames.surnames) + "某",
            headInCharge: profile.headInCharge, dedicatedStaff: profile.dedicatedStaff,
            teams: teams,
            scheduleReports: activity.scheduleReports(profile, teams: teams),
            meetings: activity.meetings(profile),
            inspections: activity.inspections(profile),
            trainings: activity.trainings(profile),
            publicity: activity.publicity(profile),
            campaigns: activity.campaigns(profile),
            clues: activity.clues(profile),
            exposures: activity.exposures(profile),
            judgments: CommunityBuilder.judgments(profile),
            selfAssessment: [:], notes: "",
            police: police.police(profile))
        let annual = ExpectedScore(community, year: year, quarter: 4)
        community.selfAssessment = CommunityBuilder.selfAssessment(community, profile: profile, annual: annual)
        community.notes = CommunityBuilder.notes(community, profile: profile)
        return community
    }

    static func judgments(_ profile: CommunityProfile) -> [Int: [(key: String, value: Bool)]] {
        var result: [Int: [(key: String, value: Bool)]] = [
            1: Vocabulary.judgmentKeys.map { ($0, !profile.firstQuarterNo.contains($0)) },
        ]
        for (quarter, entries) in profile.restated { result[quarter] = entries }
        return result
    }

    /// Mostly the actual annual score; some communities claim full marks where they lost
    /// points, a few underrate an item.
    static func selfAssessment(_ community: SampleCommunity, profile: CommunityProfile,
                               annual: ExpectedScore) -> [Int: (text: String, tenths: Int)] {
        let social = community.teams.filter { $0.type != Vocabulary.professionalType }.count
        let professional = community.teams.first?.members.filter { $0.left == nil }.count ?? 0
        let photos = community.publicity.map(\.photos).reduce(0, +)
        let texts = [
            community.headInCharge ? "书记亲自抓，专人负责" : "落实专人负责",
            "专职队伍\(professional)人，社会化队伍\(social)支",
            "制度健全，每月召开例会",
            "有专项经费，建有群防群治工作站",
            "按要求报备排班表",
            "全年坚持日常巡逻",
            "巡防人员统一佩戴红袖标、携带巡防用具",
            "全年开展培训\(community.trainings.count)次",
            "台账齐全，巡逻日志按要求填写",
            community.police.property.allSatisfy { $0 == 0 } && community.police.fraud.allSatisfy { $0 == 0 }
                ? "全年零发案" : "发案总体平稳",
            "提供线索\(community.clues.count)条",
            "宣传阵地齐全，录用照片\(photos)张",
            "定期开展志愿活动总结",
            "宣传有计划、有总结，内容每月更新",
        ]
        var result: [Int: (text: String, tenths: Int)] = [:]
        for item in 1...14 {
            var score = annual.items[item - 1]
            if profile.claimsFull.contains(item) { score = Vocabulary.itemMaximums[item - 1] }
            if profile.underrates.contains(item) { score = max(0, score - 10) }
            result[item] = (texts[item - 1], score)
        }
        return result
    }

    static func notes(_ community: SampleCommunity, profile: CommunityProfile) -> String {
        let social = community.teams.filter { $0.type != Vocabulary.professionalType }
        let findings = community.inspections.filter { !$0.problems.isEmpty }.count
        var lines = [
            "**\(community.name)**群防群治工作年度小结",
            "",
            "- 社会化队伍 \(social.count) 支，队员 \(social.map(\.members.count).reduce(0, +)) 人（含年内退出人员）",
            "- 全年报备排班表 \(community.scheduleReports.count) 次，接受督查 \(community.inspections.count) 次，发现问题 \(findings) 处",
            "- 开展防范宣传 \(community.campaigns.count) 次，提供破案线索 \(community.clues.count) 条",
        ]
        if !profile.remark.isEmpty {
            lines += ["", "*说明*　\(profile.remark)"]
        }
        return lines.joined(separator: "\n")
    }
}
