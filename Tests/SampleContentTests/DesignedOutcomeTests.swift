import Records
@testable import SampleContent
import Scoring
import Testing

/// The sample year's designed outcomes, checked with the real pipeline: the generator's files
/// are loaded by `ContentLoader` (from memory) and scored by `YearAssessment`, so a change to a
/// profile, or to a rule, cannot silently lose a veto, the tie or a cap.
@Suite struct DesignedOutcomeTests {
    static let generated = Result { try SampleGenerator().files() }
    static let loaded = ContentLoader(fileSystem: .memory(memoryFiles())).load(root: "content")
    static let records = loaded.content?.year(2017)?.records
    static let result = records.map { YearAssessment.score($0) }

    static func memoryFiles() -> [String: [UInt8]] {
        let files = (try? generated.get()) ?? []
        return Dictionary(uniqueKeysWithValues: files.map { ("content/" + $0.relativePath, Array($0.text.utf8)) })
    }

    static func quarter(_ quarter: Quarter) throws -> QuarterResult {
        try #require(result?.quarters.first { $0.quarter == quarter })
    }

    static func score(_ slug: String, _ quarter: Quarter = .q4) throws -> CommunityScore {
        try #require(try Self.quarter(quarter).standing(of: slug)?.score, "\(slug) not scored")
    }

    static func items(_ slug: String) throws -> [ItemScore] {
        try score(slug).items
    }

    /// The only warnings the sample content is meant to give: schedule slots of two people
    /// (README, “检查记录”: a warning, never a deduction; a few are generated on purpose).
    static func isIntended(_ warning: Diagnostic) -> Bool {
        warning.message.hasSuffix("只有 2 人，少于 3 人")
    }

    @Test func generatedContentLoadsWithNoErrorAndOnlyIntendedWarnings() throws {
        _ = try Self.generated.get()
        #expect(Self.loaded.diagnostics.filter(\.isError).map(\.description) == [])
        let warnings = Self.loaded.diagnostics.filter { !$0.isError }
        #expect(warnings.filter { !Self.isIntended($0) }.map(\.description) == [])
        #expect(!warnings.isEmpty)
        #expect(Self.records?.communities.count == 44)
        #expect(Self.result?.quarters.map(\.quarter) == Quarter.allCases)
    }

    /// Each veto on its designed community, from the designed quarter on and never before.
    @Test(arguments: [
        ("changhong", 1, Quarter.q3),  // a volunteer leaves on 30 September
        ("beigang", 2, .q4),           // third missed due date: 25 October
        ("xinglong", 3, .q4),          // fourth 未开展巡逻: November
        ("jianshe", 4, .q3),           // serious exposure in August
    ])
    func eachVetoHoldsFromItsQuarter(slug: String, veto: Int, from first: Quarter) throws {
        for quarter in Quarter.allCases {
            let score = try Self.score(slug, quarter)
            #expect(score.vetoes.map(\.number) == (quarter >= first ? [veto] : []), "\(slug) \(quarter)")
            #expect(try Self.quarter(quarter).standing(of: slug)?.rank == nil || quarter < first)
        }
    }

    @Test(arguments: [(Quarter.q1, [String]()), (.q2, []), (.q3, ["changhong", "jianshe"]),
                      (.q4, ["beigang", "changhong", "jianshe", "xinglong"])])
    func onlyTheDesignedCommunitiesAreVetoed(quarter: Quarter, vetoed: [String]) throws {
        let standings = try Self.quarter(quarter).standings
        #expect(standings.filter(\.score.isVetoed).map(\.score.slug).sorted() == vetoed)
    }

    @Test func mostCommunitiesAreInGoodStandingAndNoneBelowSixty() throws {
        let ranked = try Self.quarter(.q4).standings.filter { !$0.score.isVetoed }.map(\.score.total)
        #expect(ranked.count == 40)
        #expect(ranked.filter { $0 >= 85 }.count >= 26)
        #expect(ranked.filter { $0 < 80 }.count >= 5)
        #expect(ranked.allSatisfy { (Points(60)...Points(100)).contains($0) })
    }

    @Test func huayuanHasFullMarksAndTheTopBand() throws {
        let huayuan = try Self.score("huayuan")
        #expect(huayuan.total == 100 && !huayuan.isVetoed)
        #expect(try Self.quarter(.q4).standing(of: "huayuan")?.rank == 1)
        let annual = try #require(Self.result?.annual?.standings.first { $0.slug == "huayuan" })
        #expect(annual.subsidy == Money(yuan: 20_000) && annual.convertedHundredths == 1000)
    }

    /// 新城 and 梅林 have no case all year and tie exactly: one shared rank, the next one skipped.
    @Test func theZeroCaseCommunitiesTieExactly() throws {
        let xincheng = try Self.score("xincheng"), meilin = try Self.score("meilin")
        #expect(xincheng.total == meilin.total)
        #expect(xincheng.items[9].points == 20 && meilin.items[9].points == 20)
        let standings = try Self.quarter(.q4).standings
        let rank = try #require(standings.first { $0.score.slug == "xincheng" }?.rank)
        #expect(standings.first { $0.score.slug == "meilin" }?.rank == rank)
        let tied = standings.filter { $0.score.total == xincheng.total && !$0.score.isVetoed }
        let next = standings.first { !$0.score.isVetoed && $0.score.total < xincheng.total }
        #expect(next?.rank == rank + tied.count)
    }

    @Test func cappedItems() throws {
        // Item 12: more than 20 录用照片, whose 0.1 each stop at 2 points.
        let hutang = try Self.items("hutang")[11]
        let photos = try #require(Self.records?.communities.first { $0.slug == "hutang" }).publicity.map(\.photosAccepted)
        #expect(photos.reduce(0, +) > 20 && hutang.points == 5)
        #expect(hutang.reasons.contains { $0.text.hasPrefix("录用照片") && $0.points == 2 })
        // Item 11: more clues than the 8 points pay for.
        let huayuan = try Self.items("huayuan")[10]
        #expect(huayuan.capped && huayuan.points == 8)
        let community = try #require(Self.records?.communities.first { $0.slug == "huayuan" })
        #expect(community.clues.count >= 5 && community.clues.contains(where: \.braveryNomination))
        // Item 4: both judgments 是 give 3 + 2, capped at 2.
        let logistics = try Self.quarter(.q4).standings.map(\.score.items[3])
        #expect(logistics.filter { $0.capped && $0.points == 2 }.count >= 40)
    }

    @Test func xingheImprovesEveryQuarter() throws {
        let totals = try Quarter.allCases.map { try Self.score("xinghe", $0).total }
        #expect(totals == totals.sorted() && Set(totals).count == 4)
        #expect(totals[0] < 60 && totals[3] >= 90)
        let ranks = try Quarter.allCases.map { try Self.quarter($0).standing(of: "xinghe")?.rank ?? 0 }
        #expect(ranks.last! < ranks.first!)
    }

    @Test func scheduleRowsFallInTheirPeriodAndNameRosterMembers() {
        var rows = 0, pairs = 0
        for community in SampleGenerator().communityRecords() {
            for report in community.scheduleReports {
                for slot in report.slots {
                    rows += 1
                    #expect(slot.day.year == report.periodYear)
                    #expect(slot.day.month == report.periodMonth || slot.day.month == report.periodMonth + 1)
                    let active = Set(community.teams.flatMap { $0.members.filter { $0.isActive(on: slot.day) }.map(\.name) })
                    #expect(slot.people.allSatisfy(active.contains))
                    if slot.people.count == 2 { pairs += 1 }
                }
            }
        }
        #expect(rows >= 40 && pairs >= 1 && pairs * 4 < rows)
        #expect(Self.loaded.diagnostics.filter(Self.isIntended).count == pairs)
    }

    /// 自评 equals the real annual score except where the profile deviates on purpose: a claim
    /// of full marks on an item the community lost points on, or an item rated one point low.
    @Test func selfAssessmentDiffersExactlyWhereDesigned() throws {
        let communities = try #require(Self.records?.communities)
        var claimants = 0, underraters = 0
        for (index, community) in communities.enumerated() {
            let profile = DesignedProfiles.profile(index: CommunityNames.sample.firstIndex { $0.slug == community.slug }!)
            let score = try Self.score(community.slug)
            let rows = SelfAssessmentComparison.differences(community: community, score: score)
            let maximums = score.items.map(\.maximum.tenths)
            #expect(rows.allSatisfy { $0.declared != nil && (0...maximums[$0.item.number - 1]).contains($0.declared!.tenths) })
            for row in rows where row.differs {
                let number = row.item.number, declared = row.declared!.tenths
                if profile.claimsFull.contains(number) {
                    #expect(declared == maximums[number - 1] && row.actual.tenths < declared)
                } else {
                    #expect(profile.underrates.contains(number) && declared == row.actual.tenths - 10, "\(community.slug) \(number)")
                }
            }
            // Every designed claim is on an item actually lost; every underrated item had a point to lose.
            #expect(profile.claimsFull.allSatisfy { rows[$0 - 1].differs }, "\(community.slug), index \(index)")
            #expect(profile.underrates.allSatisfy { rows[$0 - 1].differs })
            if !profile.claimsFull.isEmpty { claimants += 1 }
            if !profile.underrates.isEmpty { underraters += 1 }
        }
        #expect(claimants >= 9 && underraters == 2)
    }
}
