import Foundation
import Records
@testable import SampleContent
import Scoring
import TestSupport
import Testing

/// The generator over several years (`--years`): the committed two-year sample (2017, and 2018
/// cut off on 30 June with one changed 细则 parameter) and benchmark sizes, loaded and scored
/// with the real loader and scorer.
@Suite struct MultiYearSampleTests {
    static let generated = Result { try SampleGenerator.townSample.files() }
    static func sample() throws -> [(relativePath: String, text: String)] { try generated.get() }
    static let loaded = ContentLoader(fileSystem: .memory(memory((try? generated.get()) ?? []))).load(root: "content")

    static func memory(_ files: [(relativePath: String, text: String)]) -> [String: [UInt8]] {
        Dictionary(uniqueKeysWithValues: files.map { ("content/" + $0.relativePath, Array($0.text.utf8)) })
    }

    static func records(_ year: Int) throws -> YearRecords {
        try #require(loaded.content?.year(year)?.records, "\(year) did not load")
    }

    /// The SLUGs of year `year` in `files`, from the community file names.
    static func slugs(_ year: Int, in files: [(relativePath: String, text: String)]) -> Set<String> {
        let prefix = "\(year)/communities/"
        return Set(files.map(\.relativePath).filter { $0.hasPrefix(prefix) }
            .map { String($0.dropFirst(prefix.count).dropLast(".yaml".count)) })
    }

    @Test func twoRunsGiveIdenticalBytes() throws {
        let again = try SampleGenerator.townSample.files()
        #expect(try again.map(\.relativePath) == Self.sample().map(\.relativePath))
        #expect(try again.map(\.text) == Self.sample().map(\.text))
        let benchmark = SampleGenerator(communities: 50, years: [2017, 2018, 2019], seed: 5, cutoff: SampleCutoff("2019-09-30"))
        let first = try benchmark.files(), second = try benchmark.files()
        #expect(first.map(\.relativePath) == second.map(\.relativePath) && first.map(\.text) == second.map(\.text))
        let otherSeed = try SampleGenerator(communities: 50, years: [2017, 2018, 2019], seed: 6, cutoff: SampleCutoff("2019-09-30")).files()
        #expect(otherSeed.map(\.text) != first.map(\.text))
    }

    /// Adding years never changes the first one: content/2017 keeps its bytes.
    @Test func theFirstYearIsTheOneYearSample() throws {
        let single = try SampleGenerator().files()
        let firstYear = try Self.sample().filter { !$0.relativePath.hasPrefix("2018/") }
        #expect(firstYear.map(\.relativePath) == single.map(\.relativePath))
        #expect(firstYear.map(\.text) == single.map(\.text))
        #expect(try SampleGenerator(years: [2017]).files().map(\.text) == single.map(\.text))
    }

    @Test func mostSlugsSpanBothYearsAFewLeaveAndAFewJoin() throws {
        let files = try Self.sample()
        let (y2017, y2018) = (Self.slugs(2017, in: files), Self.slugs(2018, in: files))
        #expect(y2017.count == 44 && y2018.count == 45)
        #expect(y2017.intersection(y2018).count == 42)
        #expect(y2017.subtracting(y2018).sorted() == ["cuizhu", "renmin"])
        #expect(y2018.subtracting(y2017).sorted() == ["binhu", "fengming", "jingyuan"])
        for slug in y2018 { #expect(SampleGeneratorTests.isValidSlug(slug), "\(slug)") }
        let index = try #require(files.first { $0.relativePath == "2018/index.md" }).text
        #expect(index.contains("新设社区 3 个：滨湖社区、景苑社区、凤鸣社区"))
        #expect(index.contains("人民社区、翠竹社区并入相邻社区"))
    }

    /// A shared community keeps its name, station and (mostly) its people; its 2018 上年 is its
    /// 2017 本年; its records and scores are the year's own.
    @Test func sharedCommunitiesCarryTheirHistoryOver() throws {
        let (y2017, y2018) = (try Self.records(2017), try Self.records(2018))
        let before = Dictionary(uniqueKeysWithValues: y2017.communities.map { ($0.slug, $0) })
        var sameScores = 0, shared = 0
        let q2017 = try #require(YearAssessment.score(y2017).quarters.first { $0.quarter == .q2 })
        let q2018 = try #require(YearAssessment.score(y2018).quarters.first { $0.quarter == .q2 })
        for community in y2018.communities {
            guard let old = before[community.slug] else { continue }
            shared += 1
            #expect(community.name == old.name && community.policeStation == old.policeStation, "\(community.slug)")
            let police = try #require(y2018.police[community.slug]), oldPolice = try #require(y2017.police[community.slug])
            #expect(police.propertyCrime.lastYear == oldPolice.propertyCrime.thisYear, "\(community.slug)")
            #expect(police.telecomFraud.lastYear == oldPolice.telecomFraud.thisYear, "\(community.slug)")
            #expect(police.propertyCrime.thisYear.count == 6 && police.platformScores.count == 2)
            if q2017.standing(of: community.slug)?.score.items.map(\.points) == q2018.standing(of: community.slug)?.score.items.map(\.points) {
                sameScores += 1
            }
        }
        #expect(shared == 42)
        #expect(sameScores < 5, "the later year's scores are not copies of the first year's")
    }

    /// 2018/year.yaml: 截止日期 2018-06-30 (Q1, Q2 assessed) and one 细则 parameter changed, with
    /// the comment that says so; the records load with no error and are scored at that cut-off.
    @Test func theLaterYearHasItsCutoffAndItsRuleChange() throws {
        let settingsText = try #require(try Self.sample().first { $0.relativePath == "2018/year.yaml" }).text
        #expect(settingsText.contains("截止日期: 2018-06-30"))
        #expect(settingsText.contains("  治安巡防全覆盖.漏报迟报扣分: 3\n"))
        #expect(settingsText.contains("扣分由 2 分提高到 3 分"))
        #expect(RulebookParameter.named(SampleRuleChange.scheduleMiss.name) != nil)

        #expect(Self.loaded.diagnostics.filter(\.isError).map(\.description) == [])
        let (y2017, y2018) = (try Self.records(2017), try Self.records(2018))
        #expect("\(y2018.settings.cutoff)" == "2018-06-30")
        #expect(y2018.settings.assessedQuarters == [.q1, .q2])
        #expect(y2018.settings.rulebook.scheduleMissDeduction == Points(3))
        #expect(y2017.settings.rulebook.scheduleMissDeduction == Points(2))
        #expect(y2017.settings.assessedQuarters == Quarter.allCases)

        let result = YearAssessment.score(y2018)
        #expect(result.quarters.map(\.quarter) == [.q1, .q2])
        let q2 = try #require(result.quarters.last)
        #expect(q2.standings.count == 45)
        // Item 5 at 3 points a miss: 5, 2 or 0; a late or missed schedule occurs in the sample.
        let item5 = q2.standings.map { $0.score.items[4].points }
        #expect(item5.allSatisfy { [Points(5), Points(2), Points(0)].contains($0) }, "\(item5)")
        #expect(item5.contains(Points(2)))
    }

    /// The only warnings: the intended two-person schedule slots, and in 2018/year.yaml one for
    /// each community of 2017 that left.
    @Test func theTwoYearsWarnOnlyAsIntended() throws {
        let warnings = Self.loaded.diagnostics.filter { !$0.isError }
        let missing = warnings.filter { $0.message.contains("在 2018 年度没有记录文件") }
        #expect(missing.count == 2)
        #expect(missing.allSatisfy { $0.description.hasPrefix("content/2018/year.yaml:1:1") })
        #expect(missing.contains { $0.message.contains("cuizhu") } && missing.contains { $0.message.contains("renmin") })
        let other = warnings.filter { !missing.map(\.description).contains($0.description) && !DesignedOutcomeTests.isIntended($0) }
        #expect(other.map(\.description) == [])
    }

    /// Nothing in the 2018 files is dated after the cut-off: no record to warn about, no member
    /// who joins or leaves later, no 评定 of a quarter not assessed.
    @Test func nothingIsDatedAfterTheCutoff() throws {
        var count = 0
        for file in try Self.sample() where file.relativePath.hasPrefix("2018/communities/") {
            for (date, key) in SampleGeneratorTests.dates(in: file.text) {
                count += 1
                #expect(date <= "2018-06-30", "\(file.relativePath): \(key) \(date)")
            }
            #expect(!file.text.contains("三季度:") && !file.text.contains("四季度:"))
            #expect(!file.text.contains("月份: 2018-07"))
        }
        #expect(count > 500)
    }

    /// Benchmark sizes (any count but the town's 44) over several years load and score; joiners get new numbers.
    @Test func benchmarkSizesOverSeveralYears() throws {
        let files = try SampleGenerator(communities: 60, years: [2017, 2018, 2019]).files()
        let loaded = ContentLoader(fileSystem: .memory(Self.memory(files))).load(root: "content")
        #expect(loaded.diagnostics.filter(\.isError).map(\.description) == [])
        let (a, b, c) = (Self.slugs(2017, in: files), Self.slugs(2018, in: files), Self.slugs(2019, in: files))
        #expect(a.count == 60)
        let (leaving, joining) = CommunityRoll.changes(count: 60)
        #expect(leaving == 3 && joining == 4)
        #expect(b.count == 60 - leaving + joining && c.count == b.count - leaving + joining)
        #expect(a.subtracting(b).count == leaving && b.subtracting(a).count == joining)
        #expect(b.subtracting(a).allSatisfy { $0 > "c00060" })
        #expect(a.intersection(b).intersection(c).count >= 60 - 2 * leaving)
        for year in [2017, 2018, 2019] {
            let records = try #require(loaded.content?.year(year)?.records)
            #expect(YearAssessment.score(records).quarters.count == 4)
        }
        let settings2019 = try #require(files.first { $0.relativePath == "2019/year.yaml" }).text
        #expect(settings2019.contains("沿用 2018 年起的调整") && settings2019.contains("漏报迟报扣分: 3"))
    }

    @Test func sameRulesWritesEmptyRulesInEveryYear() throws {
        let files = try SampleGenerator(communities: 3, years: [2017, 2018], changesRules: false).files()
        for year in ["2017", "2018"] {
            let text = try #require(files.first { $0.relativePath == "\(year)/year.yaml" }).text
            #expect(text.contains("细则: {}") && text.contains("截止日期: \(year)-12-31"))
        }
    }

    /// Regenerating several years refuses, naming them, to remove a later year's hand-made community.
    @Test func writingSeveralYearsGuardsEveryYearsCommunities() throws {
        let scratch = TemporaryFolder("sample-years")
        defer { scratch.remove() }
        let generator = SampleGenerator(communities: 3, years: [2017, 2018], cutoff: SampleCutoff("2018-06-30"))
        let written = try generator.write(to: scratch.url, force: false).written
        #expect(written == 2 + 2 * 3 + 3 + 3)  // site.yaml, about.md; two years' files; 3 + 3 communities
        try scratch.write("2018/communities/xinan.yaml", "社区: 新安社区\n")
        let error = try #require(throws: SampleGenerator.WouldReplace.self) { try generator.write(to: scratch.url, force: false) }
        #expect(error.removed == ["2018/communities/xinan.yaml"] && error.changed == [])
        #expect(try generator.write(to: scratch.url, force: true).removed == 1)
    }

    @Test(arguments: ["2018-06-30", "2018-03-31", "2018-12-31"])
    func cutoffsParse(text: String) throws {
        let cutoff = try #require(SampleCutoff(text))
        #expect(cutoff.description == text && cutoff.assessesAQuarter)
    }

    @Test(arguments: ["2018-6-30", "2018-02-30", "18-06-30", "2018-06-3x", "２018-06-30"])
    func malformedCutoffsAreRefused(text: String) {
        #expect(SampleCutoff(text) == nil)
    }

    @Test func aCutoffBeforeTheFirstQuarterEndsAssessesNothing() throws {
        #expect(try #require(SampleCutoff("2018-03-30")).assessesAQuarter == false)
    }
}
