/// The generator's own reading of SPEC 3 for the records it generates: used to write a
/// realistic 自评 and to check, in tests, that the designed outcomes (vetoes, ties, capped
/// items) hold. The Scoring module is authoritative; this is a compact cross-check in tenths.
struct ExpectedScore: Equatable {
    /// Item scores in tenths, item 1 first.
    var items: [Int]
    /// Veto numbers (1–4) that hold.
    var vetoes: [Int]

    var total: Int { items.reduce(0, +) }
    var vetoed: Bool { !vetoes.isEmpty }

    /// Scores `community` for the year-to-date period ending with `quarter` (1…4) of `year`.
    init(_ community: SampleCommunity, year: Int, quarter: Int) {
        let lastMonth = quarter * 3
        let end = SampleDay.lastDay(of: lastMonth, in: year)
        let inPeriod = { (day: SampleDay) in day.year == year && day.month <= lastMonth }
        let judged = ExpectedScore.judgments(community, quarter: quarter)
        func yes(_ key: String) -> Int { judged[key] == true ? 1 : 0 }

        var items = [Int](repeating: 0, count: 14)
        items[0] = (community.headInCharge ? 20 : 0) + (community.dedicatedStaff ? 10 : 0)

        // Item 2 and veto 1.
        let professionalOK = community.teams.contains {
            $0.type == Vocabulary.professionalType && $0.activeCount(on: end) >= 3
        }
        let qualifying = community.teams.filter {
            $0.type != Vocabulary.professionalType && $0.activeCount(on: end) >= 10
        }
        let types = Set(qualifying.map(\.type)).count
        let base = yes("花名册动态管理") == 1 && professionalOK && qualifying.count >= 2 ? 70 : 0
        items[1] = min(130, base + 20 * max(0, types - 2))

        let months = 1...lastMonth
        let briefed = months.allSatisfy { month in
            community.meetings.contains { $0.day.year == year && $0.day.month == month && $0.briefing }
        }
        items[2] = 10 * yes("工作制度健全") + (briefed ? 10 : 0)
        items[3] = min(20, 30 * yes("专项经费") + 20 * yes("工作站"))

        // Item 5 and veto 2: due dates are the 25th of even months within the period.
        var misses = 0
        for dueMonth in stride(from: 2, through: lastMonth, by: 2) {
            let due = SampleDay(year, dueMonth, 25)
            let (py, pm) = dueMonth == 12 ? (year + 1, 1) : (year, dueMonth + 1)
            let met = community.scheduleReports.contains {
                $0.periodYear == py && $0.periodMonth == pm && $0.reportedOn <= due
            }
            if !met { misses += 1 }
        }
        items[4] = max(0, 50 - 20 * misses)

        let inspections = community.inspections.filter { inPeriod($0.day) }
        let noPatrol = inspections.filter { $0.problems.contains(Vocabulary.noPatrol) }.count
        items[5] = max(0, 240 - 50 * noPatrol)
        let found = Set(inspections.flatMap(\.problems))
        items[6] = Vocabulary.conductProblems.filter { !found.contains($0) }.count * 10

        let held = community.trainings.filter { inPeriod($0.day) }.count
        let required = 2 * lastMonth / 12
        items[7] = 10 * yes("培训有计划有记录") + max(0, 20 - 10 * max(0, required - held))
        items[8] = 30 * yes("台账健全") + 20 * yes("巡逻日志规范")

        items[9] = ExpectedScore.caseItem(community, year: year, lastMonth: lastMonth)
        items[10] = min(80, 20 * community.clues.filter { inPeriod($0.day) }.count)

        let everyMonthTwoForms = months.allSatisfy { month in
            Set(community.publicity.filter { $0.month == month }.flatMap(\.forms)).count >= 2
        }
        let photos = community.publicity.filter { $0.month <= lastMonth }.map(\.photos).reduce(0, +)
        items[11] = (everyMonthTwoForms ? 30 : 0) + min(20, photos)
        items[12] = 20 * yes("志愿活动总结") + 10 * yes("见义勇为事迹上报")
        let missingUpdates = months.filter { month in
            !community.publicity.contains { $0.month == month && $0.updated }
        }.count
        let campaignPhoto = community.campaigns.contains { inPeriod($0.day) && $0.photo }
        items[13] = 5 * yes("宣传有计划") + 5 * yes("宣传有总结") + max(0, 20 - 5 * missingUpdates)
            + (campaignPhoto ? 10 : 0)

        var vetoes: [Int] = []
        if !professionalOK || qualifying.count < 2 { vetoes.append(1) }
        if misses >= 3 { vetoes.append(2) }
        if noPatrol >= 4 { vetoes.append(3) }
        if community.exposures.contains(where: { inPeriod($0.day) && $0.severe }) { vetoes.append(4) }
        self.items = items
        self.vetoes = vetoes
    }

    /// The judgments in force at `quarter`, after inheritance.
    static func judgments(_ community: SampleCommunity, quarter: Int) -> [String: Bool] {
        var result: [String: Bool] = [:]
        for q in 1...quarter {
            for (key, value) in community.judgments[q] ?? [] { result[key] = value }
        }
        return result
    }

    /// Item 10 in tenths (SPEC 3.3 item 10).
    static func caseItem(_ community: SampleCommunity, year: Int, lastMonth: Int) -> Int {
        let police = community.police
        let sum = { (counts: [Int]) in counts.prefix(lastMonth).reduce(0, +) }
        let property = (sum(police.property), sum(police.propertyLastYear))
        let fraud = (sum(police.fraud), sum(police.fraudLastYear))
        let base = property.0 == 0 && fraud.0 == 0
            ? 200 : subscore(property.0, property.1) + subscore(fraud.0, fraud.1)
        let exposures = community.exposures.filter {
            $0.day.year == year && $0.day.month <= lastMonth && Vocabulary.cityOrAbove.contains($0.level)
        }.count
        return min(200, max(0, base - 20 * exposures))
    }

    static func subscore(_ thisYear: Int, _ lastYear: Int) -> Int {
        if lastYear == 0 { return thisYear == 0 ? 25 : 0 }
        if thisYear == lastYear { return 25 }
        if thisYear < lastYear {
            return min(100, 25 + 25 * (100 * (lastYear - thisYear) / (6 * lastYear)))
        }
        return max(0, 25 - 25 * (100 * (thisYear - lastYear) / (6 * lastYear)))
    }
}
