import PropertyBased
import Scoring

/// One change to one community's records whose effect on the score docs/评分口径.md fixes in direction:
/// the first four can only cost points, the last three can only earn them.
enum RecordChange: Hashable, Sendable, CustomStringConvertible {
    /// A 督查 entry that found 未开展巡逻 (with any other problems).
    case noPatrolFinding(Inspection)
    /// An on-time 排班报备 (its index) replaced by a late one for the same 周期.
    case reportMadeLate(index: Int, reportedOn: Day)
    /// A 排班报备 removed.
    case reportRemoved(index: Int)
    /// A 媒体曝光 at 市级以上 (中央, 省级, 市级), serious or not.
    case cityMediaExposure(MediaExposure)
    /// A 培训.
    case training(Training)
    /// A 线索.
    case clue(Clue)
    /// A 排班报备 made by its due date.
    case onTimeReport(ScheduleReport)

    /// True for the changes that can only cost points.
    var worsens: Bool {
        switch self {
        case .noPatrolFinding, .reportMadeLate, .reportRemoved, .cityMediaExposure: true
        case .training, .clue, .onTimeReport: false
        }
    }

    func applied(to community: Community) -> Community {
        var changed = community
        switch self {
        case .noPatrolFinding(let inspection): changed.inspections.append(inspection)
        case .reportMadeLate(let index, let day): changed.scheduleReports[index].reportedOn = day
        case .reportRemoved(let index): changed.scheduleReports.remove(at: index)
        case .cityMediaExposure(let exposure): changed.mediaExposures.append(exposure)
        case .training(let training): changed.trainings.append(training)
        case .clue(let clue): changed.clues.append(clue)
        case .onTimeReport(let report): changed.scheduleReports.append(report)
        }
        return changed
    }

    var description: String {
        switch self {
        case .noPatrolFinding(let i): "督查 \(i.date) \(i.problems)"
        case .reportMadeLate(let index, let day): "report #\(index) made late on \(day)"
        case .reportRemoved(let index): "report #\(index) removed"
        case .cityMediaExposure(let e): "媒体曝光 \(e.date) \(e.level)\(e.seriousImpact ? " 严重影响" : "")"
        case .training(let t): "培训 \(t.date)"
        case .clue(let c): "线索 \(c.date)"
        case .onTimeReport(let r): "on-time report for \(r.period) on \(r.reportedOn)"
        }
    }

    /// A random change to `community` of `year`; a late or removed report needs one to change,
    /// so without any a 未开展巡逻 finding is drawn instead.
    static func random(for community: Community, year: Int,
                       using rng: inout some RandomNumberGenerator) -> RecordChange {
        var lines = LineCounter(file: "content/\(year)/communities/\(community.slug).yaml#changed")
        let day = CommunityGen.day(in: year, &rng)
        let onTime = community.scheduleReports.indices.filter {
            community.scheduleReports[$0].reportedOn <= CommunityGen.due(of: community.scheduleReports[$0].period)
        }
        switch Int.random(in: 0..<7, using: &rng) {
        case 1 where !onTime.isEmpty:
            let index = onTime.randomElement(using: &rng)!
            return .reportMadeLate(index: index,
                                   reportedOn: CommunityGen.lateDay(for: community.scheduleReports[index].period, &rng))
        case 2 where !community.scheduleReports.isEmpty:
            return .reportRemoved(index: community.scheduleReports.indices.randomElement(using: &rng)!)
        case 3:
            return .cityMediaExposure(CommunityGen.exposure(on: day, seriousRate: 0.2,
                                                            levels: CommunityGen.rules.cityOrAboveLevels,
                                                            lines: &lines, &rng))
        case 4: return .training(Training(date: day, topic: "新增培训", location: lines.next()))
        case 5: return .clue(CommunityGen.clue(on: day, lines: &lines, &rng))
        case 6:
            let period = CommunityGen.periods(of: year).randomElement(using: &rng)!
            return .onTimeReport(ScheduleReport(period: period, reportedOn: CommunityGen.onTimeDay(for: period, &rng),
                                                location: lines.next()))
        default:
            var inspection = CommunityGen.inspection(on: day, noPatrolRate: 1, lines: &lines, &rng)
            if !inspection.problems.contains(CommunityGen.rules.noPatrolProblem) {
                inspection.problems.append(CommunityGen.rules.noPatrolProblem)
            }
            return .noPatrolFinding(inspection)
        }
    }
}

/// A generated year, one of its communities, and a change to that community's records.
struct ChangedYear: Sendable {
    var records: YearRecords
    var slug: String
    var change: RecordChange

    var community: Community { records.communities.first { $0.slug == slug }! }

    /// The community's scores at every assessed quarter, before and after the change.
    func scores(changed: Bool) -> [CommunityScore] {
        let scored = changed ? change.applied(to: community) : community
        return records.settings.assessedQuarters.map { CommunityAssessment.score(scored, in: records, quarter: $0) }
    }

    var summary: String { "change \(change) to \(slug) in\n\(records.summary)" }

    static let generator: Generator<ChangedYear, Shrink.None<ChangedYear>> = Generator { rng in
        let records = YearRecordsGen.year(communities: 1...2, &rng)
        let community = records.communities.randomElement(using: &rng)!
        return ChangedYear(records: records, slug: community.slug,
                           change: .random(for: community, year: records.settings.year, using: &rng))
    }
}
