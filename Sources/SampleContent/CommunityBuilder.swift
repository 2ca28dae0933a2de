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

        let officer = people.pick(CommunityNames.surnames) + "某"
        var community = SampleCommunity(slug: identity.slug, name: identity.name,
                                        station: CommunityNames.station(index: index, count: count), officer: officer,
                                        profile: profile, teams: teams, activity: &activity, police: police.police(profile))
        // 自评 is written later, from the real scores of these records (`SelfAssessmentWriter`).
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

    /// 备注: the community's summary of the year, or of its `span` (上半年) before a cut-off.
    static func notes(_ community: SampleCommunity, profile: CommunityProfile, span: String = "全年") -> String {
        let social = community.teams.filter { $0.type != Vocabulary.professionalType }
        let findings = community.inspections.filter { !$0.problems.isEmpty }.count
        var lines = [
            "**\(community.name)**群防群治工作\(span == "全年" ? "年度" : span)小结",
            "",
            "- 社会化队伍 \(social.count) 支，队员 \(social.map(\.members.count).reduce(0, +)) 人（含年内退出人员）",
            "- \(span)报备排班表 \(community.scheduleReports.count) 次，接受督查 \(community.inspections.count) 次，发现问题 \(findings) 处",
            "- 开展防范宣传 \(community.campaigns.count) 次，提供破案线索 \(community.clues.count) 条",
        ]
        if !profile.remark.isEmpty {
            lines += ["", "*说明*　\(profile.remark)"]
        }
        return lines.joined(separator: "\n")
    }
}
