@testable import SampleContent
import Testing

/// The sample year's designed outcomes, checked with the generator's own reading of SPEC 3
/// (`ExpectedScore`), so a change to a profile cannot silently lose a veto, the tie or a cap.
@Suite struct DesignedOutcomeTests {
    static let records = SampleGenerator().communityRecords()
    static let annual = Dictionary(uniqueKeysWithValues: records.map { ($0.slug, ExpectedScore($0, year: 2017, quarter: 4)) })

    static func community(_ slug: String) -> SampleCommunity {
        records.first { $0.slug == slug }!
    }

    @Test(arguments: [("changhong", 1), ("beigang", 2), ("xinglong", 3), ("jianshe", 4)])
    func eachVetoHasItsCommunity(slug: String, veto: Int) {
        #expect(Self.annual[slug]?.vetoes == [veto])
    }

    @Test func onlyTheFourDesignedCommunitiesAreVetoed() {
        let vetoed = Self.annual.filter { $0.value.vetoed }.keys.sorted()
        #expect(vetoed == ["beigang", "changhong", "jianshe", "xinglong"])
    }

    @Test func mostCommunitiesAreInGoodStandingAndNoneBelowSixty() {
        let ranked = Self.annual.values.filter { !$0.vetoed }
        #expect(ranked.filter { $0.total >= 850 }.count >= 26)
        #expect(ranked.filter { $0.total < 800 }.count >= 5)
        #expect(ranked.allSatisfy { (600...1000).contains($0.total) })
    }

    @Test func theZeroCaseCommunitiesTieExactly() {
        let xincheng = Self.annual["xincheng"]!, meilin = Self.annual["meilin"]!
        #expect(xincheng.total == meilin.total)
        #expect(xincheng.items != meilin.items || xincheng.items[9] == 200)
        for slug in ["xincheng", "meilin"] {
            let police = Self.community(slug).police
            #expect(police.property.allSatisfy { $0 == 0 } && police.fraud.allSatisfy { $0 == 0 })
        }
    }

    @Test func cappedItems() {
        let hutang = Self.community("hutang"), huayuan = Self.community("huayuan")
        #expect(hutang.publicity.map(\.photos).reduce(0, +) > 20)
        #expect(Self.annual["hutang"]?.items[11] == 50)
        #expect(huayuan.clues.count >= 5 && Self.annual["huayuan"]?.items[10] == 80)
        #expect(huayuan.clues.contains { $0.bravery })
        // Item 4: both judgments 是 give 3 + 2, capped at 2.
        #expect(Self.annual.values.filter { $0.items[3] == 20 }.count >= 40)
    }

    @Test func xingheImprovesEveryQuarter() {
        let totals = (1...4).map { ExpectedScore(Self.community("xinghe"), year: 2017, quarter: $0).total }
        #expect(totals == totals.sorted() && Set(totals).count == 4)
        #expect(totals[0] < 600 && totals[3] >= 900)
    }

    @Test func vetoOneStartsWhenTheVolunteerLeavesOnTheQuarterEnd() {
        let changhong = Self.community("changhong")
        #expect(ExpectedScore(changhong, year: 2017, quarter: 2).vetoes.isEmpty)
        #expect(ExpectedScore(changhong, year: 2017, quarter: 3).vetoes == [1])
    }

    @Test func scheduleRowsFallInTheirPeriodAndNameRosterMembers() {
        var rows = 0, pairs = 0
        for community in Self.records {
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
    }

    @Test func selfAssessmentMostlyMatchesAndSometimesDiffers() {
        var differing = 0
        for community in Self.records {
            let actual = Self.annual[community.slug]!.items
            #expect(community.selfAssessment.count == 14)
            for (item, entry) in community.selfAssessment {
                #expect((0...Vocabulary.itemMaximums[item - 1]).contains(entry.tenths))
                if entry.tenths != actual[item - 1] { differing += 1 }
            }
        }
        #expect(differing >= 10 && differing < 44 * 14 / 10)
    }
}
