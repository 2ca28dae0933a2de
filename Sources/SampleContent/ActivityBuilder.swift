/// Builds a community's dated records of the year from its profile: schedule reports
/// (附件3), meetings, inspections, trainings, publicity, campaigns, clues and exposures.
struct ActivityBuilder {
    let year: Int
    let stem: String
    var random: RandomSource

    private static let slotTimes = ["07:00-11:00", "13:00-18:00", "18:30-21:30", "08:00-12:00"]
    private static let trainingTopics = ["防盗抢技能培训", "巡防业务知识培训", "消防安全知识培训", "反诈骗知识培训", "应急处置演练", "法律法规培训"]
    private static let campaignTopics = ["防火", "防通讯网络诈骗", "防盗抢", "防电动车被盗", "防入室盗窃", "防非法集资"]
    private static let clueCases = [
        "协助破获盗窃电动车案", "提供线索抓获入室盗窃嫌疑人", "协助抓获电信诈骗取款人", "协助破获盗窃电瓶案",
        "发现并报告可疑人员，协助抓获抢夺嫌疑人", "协助破获盗窃商铺案", "提供线索破获敲诈勒索案",
    ]
    private static let outlets = ["中央": "央视新闻", "省级": "江苏新闻", "市级": "常州日报", "区级": "武进新闻", "镇级": "湖塘镇广播"]

    mutating func scheduleReports(_ profile: CommunityProfile, teams: [SampleTeam]) -> [SampleScheduleReport] {
        var reports: [SampleScheduleReport] = []
        for index in 0..<6 {
            let due = SampleDay(year, 2 * (index + 1), 25)
            let (periodYear, periodMonth) = index == 5 ? (year + 1, 1) : (year, 2 * index + 3)
            let reportedOn: SampleDay
            switch profile.scheduleMisses[index] {
            case .missing?: continue
            case .late(let days)?: reportedOn = due.adding(days: days)
            case nil: reportedOn = random.chance(15) ? due : due.adding(days: -random.int(in: 1...12))
            }
            // Only schedules inside the year are transcribed (the next year's January is not).
            let slots = periodYear == year && random.chance(25)
                ? dutySlots(periodMonth: periodMonth, teams: teams) : []
            reports.append(SampleScheduleReport(periodYear: periodYear, periodMonth: periodMonth,
                                                reportedOn: reportedOn, slots: slots))
        }
        return reports
    }

    private mutating func dutySlots(periodMonth: Int, teams: [SampleTeam]) -> [SampleSlot] {
        var slots: [SampleSlot] = []
        var day = SampleDay(year, periodMonth, random.int(in: 1...6))
        for _ in 0..<random.int(in: 2...4) {
            let team = teams[random.int(in: 0...min(1, teams.count - 1))]
            let active = team.members.filter { $0.isActive(on: day) }.map(\.name)
            let people = random.sample(active, count: random.chance(12) ? 2 : 3)
            let area = random.pick(["\(stem)新村", "农贸市场周边", "学校周边", "沿街商铺", "小区主干道", "\(stem)广场"])
            slots.append(SampleSlot(day: day, time: random.pick(ActivityBuilder.slotTimes), people: people, area: area))
            day = day.adding(days: random.int(in: 3...12))
            if day.year != year || day.month > periodMonth + 1 { break }
        }
        return slots
    }

    mutating func meetings(_ profile: CommunityProfile) -> [SampleMeeting] {
        (1...12).filter { !profile.meetingGaps.contains($0) }.map { month in
            SampleMeeting(day: SampleDay(year, month, random.int(in: 8...28)), briefing: !profile.unbriefedMonths.contains(month))
        }
    }

    mutating func inspections(_ profile: CommunityProfile) -> [SampleInspection] {
        var result: [SampleInspection] = []
        for month in 1...12 {
            if profile.noPatrolMonths.contains(month) {
                result.append(SampleInspection(day: SampleDay(year, month, random.int(in: 1...9)), problems: [Vocabulary.noPatrol],
                                               remark: random.pick(["排班时段内无人巡逻", "巡逻点位无人值守", "夜间时段未见巡逻人员"])))
            }
            for finding in profile.conductFindings where finding.month == month {
                result.append(SampleInspection(day: SampleDay(year, month, random.int(in: 10...18)), problems: [finding.problem],
                                               remark: random.chance(60) ? "已当场指出并要求整改" : nil))
            }
            if random.chance(70) {
                result.append(SampleInspection(day: SampleDay(year, month, random.int(in: 19...28)), problems: [],
                                               remark: random.chance(20) ? "巡逻正常" : nil))
            }
        }
        return result
    }

    mutating func trainings(_ profile: CommunityProfile) -> [(day: SampleDay, topic: String)] {
        let months = [random.int(in: 3...5), random.int(in: 8...11), random.pick([6, 7, 12])].prefix(profile.trainings).sorted()
        let topics = random.sample(ActivityBuilder.trainingTopics, count: profile.trainings)
        return months.enumerated().map { (SampleDay(year, $0.element, random.int(in: 5...26)), topics[$0.offset]) }
    }

    /// Monthly publicity; the year's photos are spread over the entries.
    mutating func publicity(_ profile: CommunityProfile) -> [SamplePublicity] {
        var entries: [SamplePublicity] = []
        for month in 1...12 {
            let thin = profile.thinMonths.contains(month)
            let updated = !profile.staleMonths.contains(month)
            entries.append(SamplePublicity(month: month, forms: random.sample(Vocabulary.forms, count: thin ? 1 : random.int(in: 2...3)),
                                           updated: updated, photos: 0))
            if !thin && random.chance(20) {
                entries.append(SamplePublicity(month: month, forms: random.sample(Vocabulary.forms, count: 1), updated: updated, photos: 0))
            }
        }
        for _ in 0..<profile.photos {
            entries[random.int(in: 0...(entries.count - 1))].photos += 1
        }
        return entries
    }

    mutating func campaigns(_ profile: CommunityProfile) -> [(day: SampleDay, topic: String, photo: Bool)] {
        let topics = random.sample(ActivityBuilder.campaignTopics, count: random.int(in: 2...4))
        let months = [random.int(in: 1...3), random.int(in: 4...6), random.int(in: 7...9), random.int(in: 10...12)]
        return topics.enumerated().map { offset, topic in
            (SampleDay(year, months[offset], random.int(in: 1...28)), topic, profile.campaignPhoto && (offset == 0 || random.chance(60)))
        }
    }

    mutating func clues(_ profile: CommunityProfile) -> [(day: SampleDay, caseText: String, bravery: Bool)] {
        let cases = random.sample(ActivityBuilder.clueCases, count: profile.clues)
        let months = (0..<profile.clues).map { 1 + ($0 * 12 / max(1, profile.clues)) + random.int(in: 0...1) }
        return cases.enumerated().map { offset, text in
            (SampleDay(year, min(12, months[offset]), random.int(in: 1...28)), text, offset < profile.braveryClues)
        }
    }

    mutating func exposures(_ profile: CommunityProfile) -> [SampleExposure] {
        profile.exposures.map {
            SampleExposure(day: SampleDay(year, $0.month, random.int(in: 1...28)), outlet: ActivityBuilder.outlets[$0.level] ?? "常州日报",
                           level: $0.level, severe: $0.severe)
        }
    }
}

extension SampleCommunity {
    /// A year of records for `profile`: who and which teams as given, every dated record drawn
    /// from `activity` in one fixed order (the order keeps the generated bytes stable), no 自评
    /// and no 备注 yet.
    init(slug: String, name: String, station: String, officer: String, profile: CommunityProfile, teams: [SampleTeam],
         activity: inout ActivityBuilder, police: SamplePolice) {
        self.init(
            slug: slug, name: name, station: station, officer: officer,
            headInCharge: profile.headInCharge, dedicatedStaff: profile.dedicatedStaff,
            teams: teams,
            scheduleReports: activity.scheduleReports(profile, teams: teams),
            meetings: activity.meetings(profile),
            inspections: activity.inspections(profile),
            trainings: activity.trainings(profile),
            publicity: activity.publicity(profile),
            campaigns: activity.campaigns(profile),
            clues: activity.clues(profile),
            exposures: activity.exposures(profile),
            judgments: CommunityBuilder.judgments(profile),
            selfAssessment: [:], notes: "",
            police: police)
    }
}
