import Scoring

/// Builds records for tests: a community with a perfect record (100 in every quarter) that each
/// test spoils in one way, so the test reads as the one rule it checks.
enum Fixture {
    static let year = 2017

    static func loc(_ line: Int = 1) -> SourceLocation {
        SourceLocation(file: "content/2017/communities/test.yaml", line: line, column: 1)
    }

    /// `"2017-03-05"` → a Day (tests only write valid days).
    static func day(_ text: String) -> Day { Day(parsing: text)! }

    static func month(_ text: String) -> Month { Month(parsing: text)! }

    /// A team of `size` members, each with the given 加入 / 退出.
    static func team(_ type: String, size: Int, name: String? = nil, joined: Day? = nil, left: Day? = nil) -> Team {
        let members = (0..<size).map { index in
            Member(name: "队员\(index)", joined: joined, left: left, location: loc(100 + index))
        }
        return Team(name: name ?? "\(type)队伍", type: type, members: members, location: loc(99))
    }

    /// One professional team of 3 and five social teams of 10 of distinct types: 13 points.
    static var fullRoster: [Team] {
        [team("专职", size: 3)] + ["楼道长", "居民代表", "业主委员", "物业保安", "党员先锋"].map { team($0, size: 10) }
    }

    /// Every judgment 是, stated in Q1 and inherited by the later quarters.
    static var allJudgments: [Quarter: [Judgment: JudgmentEntry]] {
        [.q1: Dictionary(uniqueKeysWithValues: Judgment.allCases.enumerated().map {
            ($0.element, JudgmentEntry(value: true, location: loc(200 + $0.offset)))
        })]
    }

    /// Reports for every 周期 due in the year, each on the 20th of the even month before.
    static var onTimeReports: [ScheduleReport] {
        stride(from: 2, through: 12, by: 2).map { evenMonth in
            let period = evenMonth == 12 ? Month(year: year + 1, month: 1)! : Month(year: year, month: evenMonth + 1)!
            return ScheduleReport(period: period, reportedOn: Day(year: year, month: evenMonth, day: 20)!,
                                  location: loc(300 + evenMonth))
        }
    }

    static var months: [Month] { (1...12).map { Month(year: year, month: $0)! } }

    /// A community that earns every point in every quarter.
    static func community(_ slug: String = "hutang", name: String? = nil) -> Community {
        Community(
            slug: slug, name: name ?? "\(slug)社区", location: loc(),
            headInCharge: true, dedicatedStaff: true,
            teams: fullRoster,
            scheduleReports: onTimeReports,
            meetings: months.map { Meeting(date: $0.firstDay, policeBriefing: true, location: loc(400 + $0.month)) },
            trainings: [Training(date: day("2017-01-10"), topic: "防盗", location: loc(500)),
                        Training(date: day("2017-01-20"), topic: "防诈骗", location: loc(501))],
            publicity: months.map {
                Publicity(month: $0, forms: ["横幅", "微信"], contentUpdated: true,
                          photosAccepted: $0.month == 1 ? 20 : 0, location: loc(600 + $0.month))
            },
            preventionCampaigns: [PreventionCampaign(date: day("2017-01-15"), topic: "防火", hasPhoto: true,
                                                     location: loc(700))],
            clues: (1...4).map { Clue(date: day("2017-01-0\($0)"), caseDescription: "盗窃案\($0)",
                                      braveryNomination: $0 == 1, location: loc(800 + $0)) },
            judgments: allJudgments)
    }

    /// Police figures: monthly counts given as whole-year arrays (default: no cases at all).
    static func police(property: (this: [Int], last: [Int]) = (zeros, zeros),
                       telecom: (this: [Int], last: [Int]) = (zeros, zeros),
                       platform: [Points] = [90, 90, 90, 90]) -> PoliceFigures {
        PoliceFigures(propertyCrime: CaseCounts(thisYear: property.this, lastYear: property.last),
                      telecomFraud: CaseCounts(thisYear: telecom.this, lastYear: telecom.last),
                      platformScores: platform, location: SourceLocation.start(of: "content/2017/police.yaml"))
    }

    static let zeros = Array(repeating: 0, count: 12)

    /// A year's counts with `count` cases in January and none after.
    static func january(_ count: Int) -> [Int] { [count] + Array(repeating: 0, count: 11) }

    static func settings(cutoff: Day? = nil, fullMarks: Points = 10, subsidy: SubsidyRule? = nil,
                         rulebook: Rulebook = Rulebook()) -> YearSettings {
        YearSettings(year: year, cutoff: cutoff, conversionFullMarks: fullMarks, subsidy: subsidy,
                     rulebook: rulebook, location: SourceLocation.start(of: "content/2017/year.yaml"))
    }

    static func records(_ communities: [Community], police: [String: PoliceFigures]? = nil,
                        settings: YearSettings = settings()) -> YearRecords {
        YearRecords(settings: settings,
                    police: police ?? Dictionary(uniqueKeysWithValues: communities.map { ($0.slug, Fixture.police()) }),
                    communities: communities)
    }

    static func context(_ community: Community, _ quarter: Quarter = .q4, police: PoliceFigures = police(),
                        cutoff: Day? = nil, rulebook: Rulebook = Rulebook()) -> EvaluationContext {
        EvaluationContext(community: community, police: police, period: AssessmentPeriod(year: year, quarter: quarter),
                          cutoff: cutoff ?? day("2017-12-31"), rulebook: rulebook)
    }

    /// Item `number` of `community` at `quarter`.
    static func item(_ number: Int, _ community: Community, _ quarter: Quarter = .q4,
                     police: PoliceFigures = police(), cutoff: Day? = nil,
                     rulebook: Rulebook = Rulebook()) -> ItemScore {
        let context = context(community, quarter, police: police, cutoff: cutoff, rulebook: rulebook)
        return ItemRules.all[number - 1].score(in: context)
    }

    static func inspection(_ date: String, _ problems: [String], note: String? = nil, line: Int = 900) -> Inspection {
        Inspection(date: day(date), problems: problems, note: note, location: loc(line))
    }

    static func judgment(_ value: Bool, line: Int = 250) -> JudgmentEntry {
        JudgmentEntry(value: value, location: loc(line))
    }
}
