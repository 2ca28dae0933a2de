import Records
import Scoring
import Testing

@Suite struct ContentLoaderTests {
    @Test func validContentLoadsIntoTheModel() throws {
        let result = Fixtures.load()
        #expect(result.diagnostics.map(\.description) == [])
        let content = try #require(result.content)

        #expect(content.site == SiteSettings(title: "湖塘镇群防群治考核", organization: "湖塘镇综治办",
                                             theme: "default", location: .start(of: "content/site.yaml")))
        #expect(content.pages.map(\.name) == ["about", "notes"])
        #expect(content.pages.map(\.title) == ["关于本站", "notes"])

        let year = try #require(content.year(2017))
        #expect(year.indexMarkdown == "# 2017 年\n概况\n")
        let settings = year.records.settings
        #expect(settings.cutoff == Day(year: 2017, month: 6, day: 30))
        #expect(settings.assessedQuarters == [.q1, .q2])
        #expect(settings.conversionFullMarks == 10)
        #expect(settings.subsidy == .bands([
            SubsidyBand(name: "一档", minimum: 90, amount: Money(yuan: 20000)),
            SubsidyBand(name: "二档", minimum: Points(tenths: 805), amount: Money(fen: 1_500_050)),
        ]))
        #expect(settings.approvalForm == ApprovalFormFields(department: "湖塘镇综合执法队", applicant: "某某"))
        #expect(settings.rulebook.teamTypes.last == "网格员")
        #expect(settings.rulebook.mediaExposureDeduction == 3)
        #expect(settings.rulebook.noPatrolDeduction == Rulebook().noPatrolDeduction)

        let police = try #require(year.records.police["hutang"])
        #expect(police.propertyCrime.thisYear == [1, 0, 2, 0, 1, 0])
        #expect(police.propertyCrime.lastYear == [2, 1, 1, 0, 1, 1, 0])
        #expect(police.telecomFraud.lastYear == [1, 0, 0, 0, 1, 0])
        #expect(police.platformScores == [Points(tenths: 925), 95])
        #expect(police.location == SourceLocation(file: Fixtures.police, line: 1, column: 1))

        let community = try #require(year.records.communities.first)
        #expect(community.slug == "hutang")
        #expect(community.name == "湖塘社区")
        #expect(community.policeStation == "湖塘派出所")
        #expect(community.officer == nil)
        #expect(community.headInCharge && !community.dedicatedStaff)
        #expect(community.teams.map(\.type) == ["专职", "网格员"])
        let members = community.teams[0].members
        #expect(members.map(\.name) == ["张某", "李某", "王某"])
        #expect(members.map(\.role) == ["队长", "队员", "队员"])
        // Only the masked phone is kept; 年龄 and 住址 are read, checked and dropped.
        #expect(members.map(\.maskedPhone) == ["139****0001", "139****0002", "*********3210"])
        #expect(members[1].joined == Day(year: 2017, month: 5, day: 1))
        #expect(members[2].left == Day(year: 2017, month: 8, day: 15))
        #expect(members[0].location == SourceLocation(file: Fixtures.community, line: 10, column: 9))

        #expect(community.scheduleReports.map(\.period.description) == ["2017-03", "2017-01"])
        #expect(community.scheduleReports[0].slots.first?.people == ["王某", "李某", "张某"])
        #expect(community.scheduleReports[0].slots.first?.time == "13:00-18:00")
        #expect(community.meetings == [Meeting(date: Day(year: 2017, month: 1, day: 20)!, policeBriefing: true,
                                               location: SourceLocation(file: Fixtures.community, line: 24, column: 5))])
        #expect(community.inspections.map(\.problems) == [["未开展巡逻"], []])
        #expect(community.trainings.map(\.topic) == ["防盗抢技能培训"])
        #expect(community.publicity.first?.forms == ["横幅", "微信"])
        #expect(community.publicity.first?.photosAccepted == 2)
        #expect(community.publicity.first?.contentUpdated == true)
        #expect(community.preventionCampaigns.first?.hasPhoto == true)
        #expect(community.clues.first?.braveryNomination == true)
        #expect(community.mediaExposures.first?.level == "市级")
        #expect(community.mediaExposures.first?.seriousImpact == false)
        #expect(community.judgments[.q1]?.count == 11)
        #expect(community.judgments[.q1]?[.braveryReported]?.value == false)
        #expect(community.judgments[.q2]?[.publicitySummarized]?.value == true)
        #expect(community.judgments[.q3] == nil)
        #expect(community.selfAssessment[1]?.points == 3)
        #expect(community.selfAssessment[1]?.description == "书记亲自抓，专人负责")
        #expect(community.selfAssessment[6]?.points == Points(tenths: 235))
        #expect(community.notes == "第一行\n第二行")
    }

    @Test func byteOrderMarkAndCRLFAreAccepted() throws {
        var files = Fixtures.content()
        let crlf = Fixtures.files[Fixtures.community]!.replacingOccurrences("\n", "\r\n")
        files[Fixtures.community] = [0xEF, 0xBB, 0xBF] + Array(crlf.utf8)
        let result = Fixtures.load(files)
        #expect(result.diagnostics.map(\.description) == [])
        let community = try #require(result.content?.years.first?.records.communities.first)
        #expect(community.name == "湖塘社区")
        #expect(community.meetings.first?.location.line == 24)
    }

    @Test func scalarsAreReadAsTyped() throws {
        let text = Fixtures.communityHead + """
            派出所: ~
            社区民警: "08"
            自评:
              "2": {情况: ~, 得分: 0}
            备注: |
              第一行
              \tTab 在文字块中是内容
            """
        let result = Fixtures.load([Fixtures.community: text])
        #expect(result.diagnostics.filter(\.isError).map(\.description) == [])
        let community = try #require(result.content?.years.first?.records.communities.first)
        #expect(community.policeStation == nil)
        #expect(community.officer == "08")
        #expect(community.selfAssessment[2] == SelfAssessment(description: nil, points: 0,
            location: SourceLocation(file: Fixtures.community, line: 10, column: 8)))
        #expect(community.notes == "第一行\n\tTab 在文字块中是内容")
        #expect(community.teams.first?.members.first?.maskedPhone == "139****0001")
    }

    @Test func missingContentFolderIsAnError() {
        let result = ContentLoader(fileSystem: .memory([:])).load(root: "content")
        #expect(result.content == nil)
        #expect(result.diagnostics.map(\.description) == [
            "content:1:1: 错误: 找不到内容文件夹“content”。提示：在包含 content 文件夹的目录下运行，或用 --content 指定位置",
        ])
    }

    @Test func emptyPoliceNeededOnlyForAssessedQuarters() throws {
        let result = Fixtures.load([
            Fixtures.year: "年度: 2017\n截止日期: 2017-03-30\n细则: {队伍类型: [网格员]}\n",
            Fixtures.police: "hutang: {}\n",
        ])
        #expect(result.diagnostics.filter(\.isError).map(\.description) == [])
        #expect(result.content?.years.first?.records.settings.assessedQuarters == [])
    }

    @Test func severalProblemsInSeveralFilesAreAllReportedSorted() {
        let result = Fixtures.load([
            Fixtures.site: "标题: 考核\n主 题: x\n",
            Fixtures.year: "年度: 2016\n截止日期: 2017-06-30\n",
            Fixtures.community: Fixtures.communityHead + "例会:\n  - {日期: 2017-02-30}\n  - {日期: 2018-01-01}\n",
            "content/2017/communities/xin-an.yaml": "社区: 新安社区\n对伍: []\n",
        ])
        #expect(result.content == nil)
        let errors = result.diagnostics.filter(\.isError).map { "\($0.location)" }
        #expect(errors == [
            "content/2017/communities/hutang.yaml:8:10",
            "content/2017/communities/hutang.yaml:9:10",
            "content/2017/communities/xin-an.yaml:2:1",
            "content/2017/police.yaml:1:1",
            "content/2017/year.yaml:1:5",
            "content/site.yaml:2:1",
        ])
        #expect(result.diagnostics == result.diagnostics.sorted())
    }

    @Test func fileSystemErrorsBecomeDiagnostics() {
        let broken = FileSystem(
            read: { path in
                if path.hasSuffix("police.yaml") { throw FileSystemError("没有读取权限") }
                return try FileSystem.memory(Fixtures.content()).read(path)
            },
            list: { try FileSystem.memory(Fixtures.content()).list($0) })
        let result = ContentLoader(fileSystem: broken).load(root: "content")
        #expect(result.content == nil)
        #expect(result.diagnostics.map(\.description).contains(
            "content/2017/police.yaml:1:1: 错误: 无法读取文件：没有读取权限"))
    }
}

extension String {
    func replacingOccurrences(_ target: String, _ replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }

    /// A year whose neighbours are not four-digit years is refused, not crashed on (schedules
    /// run into January of the next year).
    @Test(arguments: ["9999", "0001", "1000"])
    func yearsAtTheEdgeOfTheCalendarAreRefused(folder: String) {
        var files = Fixtures.content()
        for (path, bytes) in files where path.hasPrefix("content/2017/") {
            files[path] = nil
            files["content/\(folder)/" + path.dropFirst("content/2017/".count)] = bytes
        }
        let result = Fixtures.load(files)
        #expect(result.content == nil)
        #expect(result.diagnostics.contains {
            $0.isError && $0.location.file == "content/\(folder)/year.yaml" && $0.message.contains("不是可用的年度")
        })
    }

    /// A folder named like a record would hide a community; it is reported.
    @Test func aFolderNamedLikeARecordIsAnError() {
        var files = Fixtures.content()
        files["content/2017/communities/xin-an.yaml/notes.txt"] = Array("x".utf8)
        let result = Fixtures.load(files)
        #expect(result.diagnostics.contains {
            $0.isError && "\($0.location)" == "content/2017/communities/xin-an.yaml:1:1" && $0.message.contains("是一个文件夹")
        })
    }
}
