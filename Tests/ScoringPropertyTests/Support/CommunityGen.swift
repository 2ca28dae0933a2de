import PropertyBased
import Scoring

/// Random community records with realistic ranges (docs/记录格式.md). Half the communities are "diligent"
/// (a full roster, reports mostly on time, few findings) so that rankings have ranked members;
/// the others are drawn from the whole range, so every veto and every branch of every item occurs.
enum CommunityGen {
    static let rules = Rulebook()
    static let socialTypes = rules.teamTypes.filter { $0 != rules.professionalTeamType }

    /// One community of `year` with SLUG `slug`.
    static func community(slug: String, year: Int, using rng: inout some RandomNumberGenerator) -> Community {
        let diligent = Bool.random(using: &rng)
        var lines = LineCounter(file: "content/\(year)/communities/\(slug).yaml")
        return Community(
            slug: slug, name: "\(slug)社区", location: lines.next(),
            headInCharge: chance(0.8, &rng), dedicatedStaff: chance(0.8, &rng),
            teams: teams(year: year, diligent: diligent, lines: &lines, &rng),
            scheduleReports: scheduleReports(year: year, diligent: diligent, lines: &lines, &rng),
            meetings: meetings(year: year, diligent: diligent, lines: &lines, &rng),
            inspections: (0..<Int.random(in: 0...8, using: &rng)).map { _ in
                inspection(on: day(in: year, &rng), noPatrolRate: diligent ? 0.1 : 0.3, lines: &lines, &rng)
            },
            trainings: (0..<Int.random(in: 0...4, using: &rng)).map { _ in
                Training(date: day(in: year, &rng), topic: "培训", location: lines.next())
            },
            publicity: publicity(year: year, lines: &lines, &rng),
            preventionCampaigns: (0..<Int.random(in: 0...3, using: &rng)).map { _ in
                PreventionCampaign(date: day(in: year, &rng), topic: "防诈骗", hasPhoto: chance(0.5, &rng),
                                   location: lines.next())
            },
            clues: (0..<Int.random(in: 0...5, using: &rng)).map { _ in
                clue(on: day(in: year, &rng), lines: &lines, &rng)
            },
            mediaExposures: (0..<Int.random(in: 0...3, using: &rng)).map { _ in
                exposure(on: day(in: year, &rng), seriousRate: diligent ? 0.03 : 0.15, lines: &lines, &rng)
            },
            judgments: judgments(lines: &lines, &rng))
    }

    // MARK: Roster

    static func teams(year: Int, diligent: Bool, lines: inout LineCounter,
                      _ rng: inout some RandomNumberGenerator) -> [Team] {
        if diligent {
            let professional = team(type: rules.professionalTeamType, size: 3...15, churn: 0.03, year: year,
                                    lines: &lines, &rng)
            let social = (0..<Int.random(in: 2...6, using: &rng)).map { _ in
                team(type: socialTypes.randomElement(using: &rng)!, size: 10...15, churn: 0.03, year: year,
                     lines: &lines, &rng)
            }
            return ([professional] + social).shuffled(using: &rng)
        }
        return (0..<Int.random(in: 0...6, using: &rng)).map { _ in
            let type = chance(0.3, &rng) ? rules.professionalTeamType : socialTypes.randomElement(using: &rng)!
            return team(type: type, size: 0...15, churn: 0.4, year: year, lines: &lines, &rng)
        }
    }

    /// A team of 0–15 members; each has a 加入 and a 退出 with probability `churn`, at any date
    /// from the year before to the year after (the record format allows any date for them).
    static func team(type: String, size: ClosedRange<Int>, churn: Double, year: Int, lines: inout LineCounter,
                     _ rng: inout some RandomNumberGenerator) -> Team {
        let location = lines.next()
        let members = (0..<Int.random(in: size, using: &rng)).map { index in
            Member(name: "队员\(index)", role: index == 0 ? "队长" : "队员",
                   joined: chance(churn, &rng) ? day(in: Int.random(in: year - 1...year + 1, using: &rng), &rng) : nil,
                   left: chance(churn, &rng) ? day(in: Int.random(in: year - 1...year + 1, using: &rng), &rng) : nil,
                   location: lines.next())
        }
        return Team(name: "\(type)队伍", type: type, members: members, location: location)
    }

    // MARK: Schedules

    /// The 周期 a year's file may report: Y-01, Y-03, …, Y-11, Y+1-01.
    static func periods(of year: Int) -> [Month] {
        stride(from: 1, through: 11, by: 2).map { Month(year: year, month: $0)! } + [Month(year: year + 1, month: 1)!]
    }

    /// The due date of a 周期: the 25th of the month before.
    static func due(of period: Month) -> Day {
        let month = period.previous
        return Day(year: month.year, month: month.month, day: rules.scheduleDueDay)!
    }

    static func scheduleReports(year: Int, diligent: Bool, lines: inout LineCounter,
                                _ rng: inout some RandomNumberGenerator) -> [ScheduleReport] {
        periods(of: year).flatMap { period in
            let count = diligent ? (chance(0.95, &rng) ? 1 : Int.random(in: 0...2, using: &rng))
                                 : Int.random(in: 0...2, using: &rng)
            return (0..<count).map { _ in
                let onTime = diligent ? chance(0.9, &rng) : chance(0.5, &rng)
                return ScheduleReport(period: period,
                                      reportedOn: onTime ? onTimeDay(for: period, &rng) : lateDay(for: period, &rng),
                                      location: lines.next())
            }
        }
    }

    /// A day from the 1st of the month two before the 周期 to its due date.
    static func onTimeDay(for period: Month, _ rng: inout some RandomNumberGenerator) -> Day {
        let dueMonth = period.previous
        if chance(0.2, &rng) { return day(in: dueMonth.previous, &rng) }
        return Day(year: dueMonth.year, month: dueMonth.month, day: Int.random(in: 1...rules.scheduleDueDay, using: &rng))!
    }

    /// A day after the due date, up to the end of the 周期's first month.
    static func lateDay(for period: Month, _ rng: inout some RandomNumberGenerator) -> Day {
        let dueMonth = period.previous
        if chance(0.5, &rng) { return day(in: period, &rng) }
        let last = Day.daysIn(month: dueMonth.month, year: dueMonth.year)
        return Day(year: dueMonth.year, month: dueMonth.month,
                   day: Int.random(in: rules.scheduleDueDay + 1...last, using: &rng))!
    }

    // MARK: Other records

    static func meetings(year: Int, diligent: Bool, lines: inout LineCounter,
                         _ rng: inout some RandomNumberGenerator) -> [Meeting] {
        (1...12).compactMap { month in
            guard chance(diligent ? 0.97 : 0.7, &rng) else { return nil }
            return Meeting(date: day(in: Month(year: year, month: month)!, &rng), policeBriefing: chance(0.9, &rng),
                           location: lines.next())
        }
    }

    static func inspection(on date: Day, noPatrolRate: Double, lines: inout LineCounter,
                           _ rng: inout some RandomNumberGenerator) -> Inspection {
        let problems = rules.inspectionProblems.filter {
            chance($0 == rules.noPatrolProblem ? noPatrolRate : 0.15, &rng)
        }
        return Inspection(date: date, problems: problems.shuffled(using: &rng), location: lines.next())
    }

    static func publicity(year: Int, lines: inout LineCounter, _ rng: inout some RandomNumberGenerator) -> [Publicity] {
        (1...12).flatMap { month in
            (0..<Int.random(in: 0...2, using: &rng)).map { _ in
                let forms = Array(rules.publicityForms.shuffled(using: &rng).prefix(Int.random(in: 0...3, using: &rng)))
                return Publicity(month: Month(year: year, month: month)!, forms: forms,
                                 contentUpdated: chance(0.8, &rng), photosAccepted: Int.random(in: 0...6, using: &rng),
                                 location: lines.next())
            }
        }
    }

    static func clue(on date: Day, lines: inout LineCounter, _ rng: inout some RandomNumberGenerator) -> Clue {
        Clue(date: date, caseDescription: "盗窃案", braveryNomination: chance(0.3, &rng), location: lines.next())
    }

    static func exposure(on date: Day, seriousRate: Double, levels: [String] = rules.mediaLevels,
                         lines: inout LineCounter, _ rng: inout some RandomNumberGenerator) -> MediaExposure {
        MediaExposure(date: date, outlet: "某报", level: levels.randomElement(using: &rng)!,
                      seriousImpact: chance(seriousRate, &rng), location: lines.next())
    }

    /// Each quarter states a random subset of the eleven judgments, or none at all.
    static func judgments(lines: inout LineCounter,
                          _ rng: inout some RandomNumberGenerator) -> [Quarter: [Judgment: JudgmentEntry]] {
        var result: [Quarter: [Judgment: JudgmentEntry]] = [:]
        for quarter in Quarter.allCases where chance(0.6, &rng) {
            var stated: [Judgment: JudgmentEntry] = [:]
            for judgment in Judgment.allCases where chance(0.6, &rng) {
                stated[judgment] = JudgmentEntry(value: chance(0.75, &rng), location: lines.next())
            }
            result[quarter] = stated
        }
        return result
    }

    // MARK: Primitives

    static func chance(_ probability: Double, _ rng: inout some RandomNumberGenerator) -> Bool {
        Double.random(in: 0..<1, using: &rng) < probability
    }

    static func day(in year: Int, _ rng: inout some RandomNumberGenerator) -> Day {
        day(in: Month(year: year, month: Int.random(in: 1...12, using: &rng))!, &rng)
    }

    static func day(in month: Month, _ rng: inout some RandomNumberGenerator) -> Day {
        Day(year: month.year, month: month.month,
            day: Int.random(in: 1...Day.daysIn(month: month.month, year: month.year), using: &rng))!
    }
}

/// Hands out distinct source locations, so records sort the same way on every run.
struct LineCounter {
    let file: String
    private var line = 0

    init(file: String) { self.file = file }

    mutating func next() -> SourceLocation {
        line += 1
        return SourceLocation(file: file, line: line, column: 1)
    }
}
