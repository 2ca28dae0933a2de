import Foundation
import Records
@testable import Scoring
@testable import Site
import TestSupport

/// Hand-built content and results for the site tests (the loader and the scoring are built
/// elsewhere in parallel; the site must not depend on them here).
enum Fixture {
    /// Text with every character HTML cares about; `label` makes each field's text unique.
    static func hostile(_ label: String) -> String { "\(label)<script>alert(\"\(label)\")</script>&\"'" }

    /// The escaped form a template must print.
    static func escaped(_ text: String) -> String {
        // Scalar by scalar: `"` stays a quote to escape even when a combining mark follows it.
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Every user-written field that `content(hostile: true)` fills with hostile text.
    static let hostileFields = [
        "站名", "单位", "社区名", "派出所", "民警", "队伍名", "队员名", "排班区域", "排班时段", "线索案件",
        "自评情况", "页面标题", "档次名", "申请部门", "申请人", "用款事由", "理由", "否决理由",
    ]

    static func location(_ file: String, _ line: Int = 1) -> SourceLocation {
        SourceLocation(file: file, line: line, column: 1)
    }

    static func day(_ text: String) -> Day { Day(parsing: text)! }

    static func text(_ label: String, _ plain: String, _ hostile: Bool) -> String { hostile ? Self.hostile(label) : plain }

    static func community(_ slug: String, _ name: String, year: Int, hostile: Bool) -> Community {
        let file = "content/\(year)/communities/\(slug).yaml"
        let members = (1...12).map { index in
            Member(name: index == 1 ? text("队员名", "张某", hostile) : "队员\(index)",
                   maskedPhone: PhoneMask.mask(index == 2 ? "0519-8888 1234" : "139000000\(String(format: "%02d", index))"),
                   role: index == 1 ? "队长" : "队员",
                   joined: index == 3 ? day("\(year)-05-01") : nil, left: index == 4 ? day("\(year)-08-15") : nil,
                   location: location(file, 10 + index))
        }
        return Community(
            slug: slug, name: text("社区名", name, hostile), policeStation: text("派出所", "湖塘派出所", hostile),
            officer: text("民警", "王某", hostile), location: location(file),
            headInCharge: true, dedicatedStaff: true,
            teams: [
                Team(name: text("队伍名", "\(name)专职巡防队", hostile), type: "专职",
                     members: Array(members.prefix(4)), location: location(file, 8)),
                Team(name: "楼道长队伍", type: "楼道长", members: members, location: location(file, 30)),
            ],
            scheduleReports: [
                ScheduleReport(period: Month(year: year, month: 3)!, reportedOn: day("\(year)-02-23"), slots: [
                    DutySlot(date: day("\(year)-03-05"), time: text("排班时段", "13:00-18:00", hostile),
                             people: [members[0].name, "队员2", "陌生人"], area: text("排班区域", "花园新村", hostile),
                             location: location(file, 60)),
                ], location: location(file, 58)),
                ScheduleReport(period: Month(year: year, month: 5)!, reportedOn: day("\(year)-04-27"), location: location(file, 64)),
            ],
            clues: [Clue(date: day("\(year)-05-02"), caseDescription: text("线索案件", "协助破获盗窃电动车案", hostile),
                         braveryNomination: true, location: location(file, 70))],
            selfAssessment: [
                1: SelfAssessment(description: text("自评情况", "书记亲自抓，专人负责", hostile), points: 3, location: location(file, 80)),
                6: SelfAssessment(description: "全年巡逻正常", points: 24, location: location(file, 81)),
            ],
            notes: hostile
                ? "备注 <script>alert('md')</script> <img src=x onerror=alert(1)> [点我](javascript:alert(1)) **重点**"
                : "本社区**重点**做好夜间巡逻。\n\n- 第一条\n- 第二条")
    }

    /// A score for one community: full marks except item 5 (one late report) and item 6 (one
    /// finding of no patrol, when `missedPatrol`), item 4 capped.
    static func score(_ community: Community, period: AssessmentPeriod, rulebook: Rulebook, bonus: Int,
                      vetoed: Bool, hostile: Bool) -> CommunityScore {
        let items = (1...14).map { number -> ItemScore in
            let maximum = rulebook.maximum(ofItem: number)
            let item = AssessmentItem(number: number, category: "类别", title: AssessmentItem.titles[number - 1],
                                      criteria: "第\(number)项的评分标准（细则原文）")
            var points = maximum
            var reasons: [Reason] = []
            if number == 5 {
                points = maximum - 2
                reasons = [Reason(text("理由", "\(period.year)-04-25截止的排班表迟报（\(period.year)-04-27报备）", hostile),
                                  day: Day(year: period.year, month: 4, day: 27), points: Points(-2))]
            }
            if number == 6 {
                points = maximum - Points(bonus)
                if bonus > 0 {
                    // As the scoring library writes them: a dated record's date leads its text.
                    reasons = [Reason("\(period.year)-03-05 督查发现未开展巡逻：排班时段内无人巡逻", day: Day(year: period.year, month: 3, day: 5),
                                      points: Points(-bonus))]
                }
            }
            return ItemScore(item: item, maximum: maximum, points: points, capped: number == 4, reasons: reasons)
        }
        let vetoes = vetoed
            ? [VetoFinding(number: 3, text: text("否决理由", "督查发现未开展巡逻4次", hostile), reasons: [])] : []
        return CommunityScore(slug: community.slug, name: community.name, policeStation: community.policeStation,
                              period: period, items: items, vetoes: vetoes, platformScore: Points(tenths: 900 + bonus * 10))
    }

    static func yearContent(_ year: Int, cutoff: Day, hostile: Bool) -> (YearContent, YearResult) {
        let communities = [
            community("hutang", "湖塘社区", year: year, hostile: hostile),
            community("xiacheng", "夏城社区", year: year, hostile: false),
            community("yanzheng", "延政社区", year: year, hostile: false),
        ]
        let settings = YearSettings(
            year: year, cutoff: cutoff,
            subsidy: .bands([SubsidyBand(name: text("档次名", "一档", hostile), minimum: 90, amount: Money(yuan: 20000)),
                             SubsidyBand(name: "二档", minimum: 80, amount: Money(yuan: 15000))]),
            approvalForm: ApprovalFormFields(department: text("申请部门", "湖塘镇综合执法队", hostile),
                                             applicant: text("申请人", "某某", hostile),
                                             purpose: hostile ? Self.hostile("用款事由") : nil),
            location: location("content/\(year)/year.yaml"))
        let records = YearRecords(settings: settings, police: [:], communities: communities)
        var quarters: [QuarterResult] = []
        for quarter in settings.assessedQuarters {
            let period = AssessmentPeriod(year: year, quarter: quarter)
            let scores = communities.enumerated().map { index, community in
                score(community, period: period, rulebook: settings.rulebook, bonus: index * 5,
                      vetoed: index == 2 && quarter == .q4, hostile: hostile)
            }
            let previous = quarters.last
            let standings = scores.enumerated().map { index, score in
                Standing(score: score, rank: score.isVetoed ? nil : index + 1,
                         previousRank: previous?.standing(of: score.slug)?.rank, policeRank: scores.count - index)
            }
            quarters.append(QuarterResult(quarter: quarter, standings: standings, policeOrder: standings.reversed()))
        }
        var annual: AnnualResult?
        if let q4 = quarters.first(where: { $0.quarter == .q4 }) {
            annual = AnnualResult(standings: q4.standings.map { standing in
                let total = standing.score.total
                let vetoed = standing.score.isVetoed
                let band = settings.subsidy.flatMap { rule -> SubsidyBand? in
                    guard case .bands(let bands) = rule else { return nil }
                    return bands.first { $0.minimum <= total }
                }
                return AnnualStanding(slug: standing.score.slug, name: standing.score.name,
                                      policeStation: standing.score.policeStation, total: total, vetoed: vetoed,
                                      rank: standing.rank, convertedHundredths: vetoed ? 0 : total.tenths * 10 / 10,
                                      subsidy: vetoed ? .zero : (band?.amount ?? .zero), band: vetoed ? nil : band?.name)
            })
        }
        let intro = hostile ? "年度说明 <script>alert(1)</script>" : "# \(year)年度说明\n\n本年度考核按细则执行。"
        return (YearContent(records: records, indexMarkdown: intro), YearResult(settings: settings, quarters: quarters, annual: annual))
    }

    /// Two years: 2016 complete (four quarters, annual), 2017 cut off at the end of June.
    static func content(hostile: Bool = false, theme: String = "default") -> (Content, [YearResult]) {
        let (content2016, result2016) = yearContent(2016, cutoff: day("2016-12-31"), hostile: hostile)
        let (content2017, result2017) = yearContent(2017, cutoff: day("2017-06-30"), hostile: hostile)
        let site = SiteSettings(title: text("站名", "湖塘镇群防群治考核", hostile), organization: text("单位", "湖塘镇综治办", hostile),
                                theme: theme, location: location("content/site.yaml"))
        let pages = [
            Page(name: "about", title: text("页面标题", "关于考核", hostile),
                 markdown: "# 关于考核\n\n见 [2017年度](../2017/index.html)。\n\n<div>raw</div>\n\n[坏链接](javascript:alert(1))",
                 location: location("content/pages/about.md")),
        ]
        return (Content(site: site, pages: pages, years: [content2016, content2017]), [result2016, result2017])
    }

    /// Stand-ins for Reports (a stub on this branch): the site only has to place their output.
    static let resultFiles = ResultFiles(json: { "{\"year\": \($0.year)}\n" }, csv: { "\u{FEFF}year\n\($0.year)\n" })

    /// The package's folder.
    static var repository: URL { PackageFolder.url }

    /// The themes folder of the package (`themes/`).
    static var themesRoot: String { repository.appendingPathComponent("themes").path }

    static var builder: SiteBuilder { SiteBuilder(themesRoot: themesRoot, resultFiles: resultFiles) }

    /// Every file under `folder` (a built site), by path.
    static func snapshot(_ folder: String) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for path in SiteWriter.files(under: folder) {
            files[path] = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + path))
        }
        return files
    }
}
