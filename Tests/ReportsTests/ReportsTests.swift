import Foundation
@testable import Reports
import Scoring
import Testing

/// Three communities scored by the real scoring library: a perfect one, one with a training
/// missing (99 at the year end), and one vetoed from Q2 on by a media exposure. All three tie in Q1.
private func sampleResult(cutoff: String = "2017-12-31", subsidy: SubsidyRule? = .bands([
    SubsidyBand(name: "一档", minimum: 90, amount: Money(yuan: 20000)),
    SubsidyBand(name: "二档", minimum: 80, amount: Money(yuan: 15000)),
]), names: [String: String] = [:]) -> YearResult {
    let location = SourceLocation.start(of: "content/2017/communities/a.yaml")
    func day(_ text: String) -> Day { Day(parsing: text)! }
    let months = (1...12).map { Month(year: 2017, month: $0)! }
    func team(_ type: String, _ size: Int) -> Team {
        Team(name: type, type: type, members: (0..<size).map { Member(name: "\(type)\($0)", location: location) },
             location: location)
    }
    func community(_ slug: String, _ name: String) -> Community {
        Community(
            slug: slug, name: names[slug] ?? name, location: location, headInCharge: true, dedicatedStaff: true,
            teams: [team("专职", 3)] + ["楼道长", "居民代表", "业主委员", "物业保安", "党员先锋"].map { team($0, 10) },
            scheduleReports: stride(from: 2, through: 12, by: 2).map {
                ScheduleReport(period: $0 == 12 ? Month(year: 2018, month: 1)! : Month(year: 2017, month: $0 + 1)!,
                               reportedOn: Day(year: 2017, month: $0, day: 25)!, location: location)
            },
            meetings: months.map { Meeting(date: $0.firstDay, policeBriefing: true, location: location) },
            trainings: [Training(date: day("2017-02-01"), topic: "防盗", location: location),
                        Training(date: day("2017-03-01"), topic: "防骗", location: location)],
            publicity: months.map { Publicity(month: $0, forms: ["横幅", "微信"], contentUpdated: true,
                                              photosAccepted: $0.month == 1 ? 20 : 0, location: location) },
            preventionCampaigns: [PreventionCampaign(date: day("2017-01-15"), topic: "防火", hasPhoto: true,
                                                     location: location)],
            clues: (1...4).map { Clue(date: day("2017-01-0\($0)"), caseDescription: "案\($0)",
                                      braveryNomination: false, location: location) },
            judgments: [.q1: Dictionary(uniqueKeysWithValues: Judgment.allCases.map {
                ($0, JudgmentEntry(value: true, location: location))
            })])
    }
    var weak = community("b-weak", "弱社区")
    weak.trainings.removeLast()
    var vetoed = community("c-vetoed", "否决社区")
    vetoed.mediaExposures = [MediaExposure(date: day("2017-05-01"), outlet: "某报", level: "镇级",
                                           seriousImpact: true, location: location)]
    let zeros = Array(repeating: 0, count: 12)
    let police = PoliceFigures(propertyCrime: CaseCounts(thisYear: zeros, lastYear: zeros),
                               telecomFraud: CaseCounts(thisYear: zeros, lastYear: zeros),
                               platformScores: [90, Points(tenths: 925), 90, 90], location: location)
    let records = YearRecords(
        settings: YearSettings(year: 2017, cutoff: day(cutoff), conversionFullMarks: Points(tenths: 75),
                               subsidy: subsidy, location: location),
        police: ["a": police, "b-weak": police, "c-vetoed": police],
        communities: [community("a", "甲社区"), weak, vetoed])
    return YearAssessment.score(records)
}

@Suite struct ResultsJSONTests {
    /// RFC 8259 escaping of a name a clerk typed: quotes, backslashes, line breaks, tabs,
    /// other controls as \u00XX, and U+2028/U+2029 (which end a line in JavaScript); everything
    /// else, Chinese included, stays as UTF-8.
    @Test func textIsEscapedAsJSONRequires() throws {
        let text = "湖塘\"社区\\\n\r\t\u{01}\u{1F}\u{7F}\u{2028}\u{2029}\u{2027}é"
        let quoted = JSONValue.quoted(text)
        #expect(quoted == "\"湖塘\\\"社区\\\\\\n\\r\\t\\u0001\\u001f\u{7F}\\u2028\\u2029\u{2027}é\"")
        let decoded = try JSONSerialization.jsonObject(with: Data("[\(quoted)]".utf8)) as? [String]
        #expect(decoded == [text])
    }

    /// Empty containers stay on one line; others put each element on its own line, two spaces
    /// deeper per level, and arrays of numbers on one line.
    @Test func documentsAreLaidOutAsTheFormatShows() {
        let document = JSONValue.object([
            ("a", .array([])), ("b", .object([])), ("c", .array([.number("1"), .number("2.5")])),
            ("d", .array([.object([("e", .null)]), .bool(true)])),
        ])
        #expect(document.rendered() == """
            {
              "a": [],
              "b": {},
              "c": [1, 2.5],
              "d": [
                {
                  "e": null
                },
                true
              ]
            }
            """)
    }

    @Test func followsSpecSectionSix() throws {
        let result = sampleResult()
        let json = Reports.json(result)
        let object = try #require(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["year"] as? Int == 2017)
        #expect(object["cutoff"] as? String == "2017-12-31")
        let quarters = try #require(object["quarters"] as? [[String: Any]])
        #expect(quarters.map { $0["quarter"] as? Int } == [1, 2, 3, 4])
        let q4 = try #require(quarters.last?["communities"] as? [[String: Any]])
        #expect(q4.map { $0["slug"] as? String } == ["a", "b-weak", "c-vetoed"])
        let first = q4[0]
        #expect(Set(first.keys) == ["slug", "name", "items", "total", "vetoed", "veto", "rank", "policeRank"])
        #expect((first["items"] as? [Any])?.count == 14)
        #expect(q4[2]["rank"] is NSNull)
        #expect(q4[2]["veto"] as? [Int] == [4])
        #expect(q4[2]["vetoed"] as? Bool == true)
        let annual = try #require((object["annual"] as? [String: Any])?["communities"] as? [[String: Any]])
        #expect(Set(annual[0].keys) == ["slug", "total", "vetoed", "rank", "converted", "subsidy"])
    }

    @Test func writesExactDecimalsWithoutFloatingPoint() {
        let json = Reports.json(sampleResult())
        // 100 × 7.5 / 100 = 7.5; the weak community's total 99 → 7.425 → 7.43 (half up).
        #expect(json.contains("\"converted\": 7.5,"))
        #expect(json.contains("\"converted\": 7.43,"))
        #expect(json.contains("\"subsidy\": 20000\n"))
        #expect(json.contains("\"items\": [3, 13, 2, 2, 5, 24, 3, 3, 5, 20, 8, 5, 3, 4]"))
    }

    @Test func sharesRanksOnTiesAndListsThemBySlug() throws {
        let object = try #require(JSONSerialization.jsonObject(with: Data(Reports.json(sampleResult()).utf8)) as? [String: Any])
        let q1 = try #require((object["quarters"] as? [[String: Any]])?.first?["communities"] as? [[String: Any]])
        #expect(q1.map { $0["slug"] as? String } == ["a", "b-weak", "c-vetoed"])
        #expect(q1.map { $0["rank"] as? Int } == [1, 1, 1])
        // 平台考核数 92.5 in Q2 puts everyone at police rank 1 again: equal figures share it.
        #expect(q1.map { $0["policeRank"] as? Int } == [1, 1, 1])
    }

    @Test func quarterOptionLimitsQuartersButKeepsAnnual() throws {
        let json = Reports.json(sampleResult(), quarter: .q2)
        let object = try #require(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect((object["quarters"] as? [[String: Any]])?.map { $0["quarter"] as? Int } == [2])
        #expect(object["annual"] is [String: Any])
    }

    @Test func annualIsNullBeforeTheFourthQuarter() throws {
        let json = Reports.json(sampleResult(cutoff: "2017-11-30"))
        let object = try #require(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["annual"] is NSNull)
        #expect((object["quarters"] as? [Any])?.count == 3)
    }
}

@Suite struct ResultsCSVTests {
    @Test func startsWithBOMAndUsesCRLF() {
        let csv = Reports.csv(sampleResult(), withBOM: true)
        #expect(csv.hasPrefix("\u{FEFF}年度,季度,排名"))
        #expect(csv.contains("\r\n"))
        // Header + 3 communities × 4 quarters.
        #expect(csv.split(separator: "\r\n").count == 13)
    }

    @Test func fillsAnnualColumnsOnFourthQuarterRows() {
        let rows = Reports.csv(sampleResult(), withBOM: false).split(separator: "\r\n").map(String.init)
        let q4a = rows.first { $0.hasPrefix("2017,四季度,1,a,") }
        #expect(q4a?.hasSuffix(",7.5,一档,20000.00") == true)
        let q1a = rows.first { $0.hasPrefix("2017,一季度,1,a,") }
        #expect(q1a?.hasSuffix(",,,") == true)
    }

    @Test(arguments: [
        ("甲社区", "甲社区"),
        ("a,b", "\"a,b\""),
        ("say \"hi\"", "\"say \"\"hi\"\"\""),
        ("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\""),
        ("@cmd", "'@cmd"),
        // Text that parses as a number is still a user's text: a spreadsheet would compute it.
        ("=1", "'=1"),
        ("+1", "'+1"),
        ("-0", "'-0"),
        ("-2.5", "'-2.5"),
        // Whitespace a spreadsheet skips before a formula.
        ("\t=1+1", "'\t=1+1"),
        ("\r=1+1", "\"'\r=1+1\""),
        ("a\r\nb", "\"a\r\nb\""),
    ])
    func disarmsTextCells(text: String, expected: String) {
        #expect(CSVCell.text(text).field == expected)
    }

    @Test(arguments: ["-2.5", "100", "20000.00", ""])
    func leavesNumberCellsAsNumbers(number: String) {
        #expect(CSVCell.number(number).field == number)
    }

    /// Names typed by a user reach text cells of the real CSV, neutralised; scores stay numbers.
    @Test func neutralisesNamesInTheResults() {
        let csv = Reports.csv(sampleResult(names: ["a": "\t=1+1", "b-weak": "-0"]), withBOM: false)
        #expect(csv.contains(",'\t=1+1,"))
        #expect(csv.contains(",'-0,"))
        #expect(!csv.contains(",'1") && !csv.contains(",'2") && !csv.contains(",'0"))
    }
}

@Suite struct TerminalTableTests {
    @Test(arguments: [("abc", 3), ("湖塘社区", 8), ("A社区1", 6), ("（一）", 6)])
    func measuresDisplayWidth(text: String, width: Int) {
        #expect(TerminalTable.displayWidth(text) == width)
    }

    @Test func alignsChineseByDisplayWidth() {
        var table = TerminalTable(headers: ["社区", "总分"], alignments: [.left, .right])
        table.rows = [["湖塘社区", "100"], ["A", "9.5"]]
        #expect(table.rendered() == """
            社区      总分
            --------  ----
            湖塘社区   100
            A          9.5

            """)
    }

    @Test func listsEveryCommunityOfTheQuarter() {
        let table = Reports.table(sampleResult(), quarter: .q1)
        #expect(table.contains("2017年一季度考核"))
        for name in ["甲社区", "弱社区", "否决社区"] { #expect(table.contains(name)) }
        #expect(!table.contains("年度结果"))
    }

    @Test func saysNotAssessed() {
        let table = Reports.table(sampleResult(cutoff: "2017-11-30"), quarter: .q4)
        #expect(table.contains("2017年四季度未考核"))
    }
}
