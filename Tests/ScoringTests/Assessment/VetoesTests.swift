import Testing
@testable import Scoring

/// 一票否决 (docs/评分口径.md §3), each at its threshold and one below.
struct VetoesTests {
    private func vetoes(_ community: Community, _ quarter: Quarter = .q4) -> [Int] {
        Vetoes.findings(in: Fixture.context(community, quarter)).map(\.number)
    }

    @Test func perfectCommunityIsNotVetoed() {
        #expect(vetoes(Fixture.community()).isEmpty)
    }

    @Test(arguments: [(3, 10, 10, false), (2, 10, 10, true), (3, 10, 9, true)])
    func teamStructure(professional: Int, first: Int, second: Int, vetoed: Bool) {
        var community = Fixture.community()
        community.teams = [Fixture.team("专职", size: professional), Fixture.team("楼道长", size: first),
                           Fixture.team("居民代表", size: second)]
        #expect(vetoes(community) == (vetoed ? [1] : []))
    }

    @Test func teamStructureIgnoresRosterManagement() {
        var community = Fixture.community()
        community.judgments[.q1]?[.rosterManaged] = Fixture.judgment(false)
        #expect(vetoes(community).isEmpty)
    }

    @Test(arguments: [(2, false), (3, true)])
    func scheduleMisses(misses: Int, vetoed: Bool) {
        var community = Fixture.community()
        community.scheduleReports.removeFirst(misses)
        let findings = Vetoes.findings(in: Fixture.context(community))
        #expect(findings.map(\.number) == (vetoed ? [2] : []))
        #expect(findings.first?.reasons.count ?? misses == misses)
    }

    @Test(arguments: [(3, false), (4, true)])
    func noPatrolFindings(count: Int, vetoed: Bool) {
        var community = Fixture.community()
        community.inspections = (0..<count).map { Fixture.inspection("2017-02-0\($0 + 1)", ["未开展巡逻"], line: 900 + $0) }
        #expect(vetoes(community) == (vetoed ? [3] : []))
    }

    @Test(arguments: [("镇级", true, true), ("中央", false, false)])
    func seriousExposure(level: String, serious: Bool, vetoed: Bool) {
        var community = Fixture.community()
        community.mediaExposures = [MediaExposure(date: Fixture.day("2017-08-01"), outlet: "某报", level: level,
                                                  seriousImpact: serious, location: Fixture.loc(1000))]
        #expect(vetoes(community) == (vetoed ? [4] : []))
        #expect(vetoes(community, .q2).isEmpty)
    }

    @Test func severalVetoesInNumberOrder() {
        var community = Fixture.community()
        community.teams = []
        community.scheduleReports = []
        let findings = Vetoes.findings(in: Fixture.context(community))
        #expect(findings.map(\.number) == [1, 2])
        #expect(findings[1].text == "排班表漏报或迟报 6 次（3次及以上）")
    }
}
