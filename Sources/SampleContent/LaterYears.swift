/// One community of one generated year: which stream of randomness it draws from (stable
/// across years, so a community keeps its character), which designed profile it follows, and
/// its identity.
struct CommunityEntry: Sendable {
    /// The index of its random streams: 0…N−1 for the first year's N communities, N, N+1, …
    /// for the communities that join later, in the order they join.
    let index: Int
    let profileIndex: Int
    let name: String
    let stem: String
    let slug: String
    let station: String
}

/// Which communities each generated year has: the first year's N, then in each later year a
/// few leave (merged into neighbours) and a few new ones join, so most SLUGs span every year.
enum CommunityRoll {
    /// New communities of the town's sample (the first three join in the second year).
    static let joinerNames: [(stem: String, slug: String)] = [
        ("滨湖", "binhu"), ("景苑", "jingyuan"), ("凤鸣", "fengming"), ("南苑", "nanyuan"),
        ("月季", "yueji"), ("芙蓉", "furong"), ("嘉泽", "jiaze"), ("延陵", "yanling"),
        ("常武", "changwu"), ("鸣凰", "minghuang"), ("卢家", "lujia"), ("夏城", "xiacheng"),
    ]

    /// The first year: community `i` of `count`, exactly as a one-year run makes them.
    static func first(count: Int) -> [CommunityEntry] {
        (0..<count).map { index in
            let identity = CommunityNames.identity(index: index, count: count)
            return CommunityEntry(index: index, profileIndex: index, name: identity.name, stem: identity.stem,
                                  slug: identity.slug, station: CommunityNames.station(index: index, count: count))
        }
    }

    /// How many communities leave and join each later year, for a run of `count`: 2 and 3 of
    /// the town's 44; about 5 % and 7 % of a benchmark's.
    static func changes(count: Int) -> (leaving: Int, joining: Int) {
        (count >= 2 ? max(1, (count + 10) / 20) : 0, max(1, (count + 7) / 15))
    }

    /// The year after `previous`: the communities of `previous` in the same order without the
    /// leavers, then the joiners. `joinedBefore` is how many joined in earlier years.
    static func next(after previous: [CommunityEntry], count: Int, offset: Int, seed: UInt64,
                     joinedBefore: Int) -> (entries: [CommunityEntry], left: [CommunityEntry], joined: [CommunityEntry]) {
        let (leaving, joining) = changes(count: count)
        var random = RandomSource(seed: seed, index: offset, stream: 0x5EA7)
        let leavers = Set(random.sample(Array(previous.indices), count: min(leaving, previous.count - 1)))
        let left = previous.indices.filter { leavers.contains($0) }.map { previous[$0] }
        let kept = previous.indices.filter { !leavers.contains($0) }.map { previous[$0] }
        let joined = (0..<joining).map { joiner(number: joinedBefore + $0, count: count) }
        return (kept + joined, left, joined)
    }

    /// The `number`th community to join (0 first) in a run of `count`.
    static func joiner(number: Int, count: Int) -> CommunityEntry {
        let index = count + number
        let profileIndex = (7 * number + 3) % DesignedProfiles.all.count
        let station = CommunityNames.stations[number % CommunityNames.stations.count]
        if count == CommunityNames.sample.count {
            let base = joinerNames[number % joinerNames.count]
            let round = number / joinerNames.count
            let stem = round == 0 ? base.stem : base.stem + String(round + 1)
            let slug = round == 0 ? base.slug : "\(base.slug)-\(round + 1)"
            return CommunityEntry(index: index, profileIndex: profileIndex, name: stem + "社区", stem: stem, slug: slug, station: station)
        }
        let identity = CommunityNames.identity(index: index, count: count)
        return CommunityEntry(index: index, profileIndex: profileIndex, name: identity.name, stem: identity.stem,
                              slug: identity.slug, station: station)
    }
}

/// Builds a community's records of a year after the first: the same character as its designed
/// profile with the year's own details (cases, photos, a late schedule, a missed patrol …),
/// its roster carried over from the year before (the same people, a few leaving and joining),
/// last year's police figures as this year's 上年, and nothing dated after the cut-off.
struct LaterYearBuilder {
    let plan: SampleYear
    let seed: UInt64

    func community(_ entry: CommunityEntry, previous: SampleCommunity?) -> SampleCommunity {
        let year = plan.year
        let base = UInt64(16 * plan.offset)
        func stream(_ number: UInt64) -> RandomSource { RandomSource(seed: seed, index: entry.index, stream: base + number) }
        var variation = stream(5)
        let profile = LaterYearBuilder.vary(DesignedProfiles.profile(index: entry.profileIndex), random: &variation,
                                            isNew: previous == nil, year: year)

        let teams: [SampleTeam]
        if let previous {
            var carry = RosterCarryOver(year: year, stem: entry.stem, random: stream(1))
            teams = carry.teams(previous.teams)
        } else {
            var roster = RosterBuilder(year: year, name: entry.name, stem: entry.stem, random: stream(1))
            teams = roster.teams(for: profile)
        }
        var activity = ActivityBuilder(year: year, stem: entry.stem, random: stream(2))
        var police = PoliceBuilder(random: stream(3))
        var people = stream(4)
        let officer = people.pick(CommunityNames.surnames) + "某"

        let community = SampleCommunity(slug: entry.slug, name: entry.name, station: previous?.station ?? entry.station,
                                        officer: previous?.officer ?? officer, profile: profile, teams: teams,
                                        activity: &activity, police: police.laterPolice(profile, carried: previous?.police))
        return LaterYearBuilder.cutOff(community, profile: profile, plan: plan)
    }

    /// `community` as of the plan's cut-off (`trimmed`), with its 备注 written for that span.
    static func cutOff(_ community: SampleCommunity, profile: CommunityProfile, plan: SampleYear) -> SampleCommunity {
        var community = trimmed(community, to: plan)
        community.notes = CommunityBuilder.notes(community, profile: profile, span: plan.span)
        return community
    }

    /// The profile of a later year: the community keeps its teams, its leadership, its way of
    /// self-assessing and most of its judgments, and draws the year's events afresh.
    static func vary(_ designed: CommunityProfile, random: inout RandomSource, isNew: Bool, year: Int) -> CommunityProfile {
        var profile = designed
        profile.teamEvent = .none
        profile.casesImproveLate = false
        if let change = designed.propertyChange {
            profile.propertyChange = change + random.int(in: -12...8)
        } else if random.chance(50) {
            profile.propertyChange = random.int(in: -20...10)
        }
        if let change = designed.fraudChange {
            profile.fraudChange = change + random.int(in: -12...8)
        } else if random.chance(50) {
            profile.fraudChange = random.int(in: -20...10)
        }
        profile.photos = max(0, designed.photos + random.int(in: -5...5))
        profile.clues = random.int(in: 0...4)
        profile.braveryClues = min(profile.clues, random.chance(25) ? 1 : 0)
        profile.trainings = random.chance(5) ? 0 : random.int(in: 1...3)
        profile.scheduleMisses = [:]
        switch random.int(in: 0...99) {
        case 0..<22: profile.scheduleMisses = [random.int(in: 0...5): .late(days: random.int(in: 1...6))]
        case 22..<27: profile.scheduleMisses = [random.int(in: 0...5): .missing]
        default: break
        }
        if isNew, profile.scheduleMisses.isEmpty {
            // A new community's first report is often late.
            profile.scheduleMisses = [0: .late(days: random.int(in: 1...5))]
        }
        profile.noPatrolMonths = random.chance(15) ? [random.int(in: 1...12)] : []
        profile.conductFindings = random.chance(30)
            ? [(random.int(in: 1...12), random.pick(Vocabulary.conductProblems))] : []
        profile.exposures = random.chance(8) ? [(random.int(in: 1...12), random.pick(["市级", "区级", "镇级"]), false)] : []
        if !random.chance(50) { profile.meetingGaps = [] }
        if !random.chance(50) { profile.unbriefedMonths = [] }
        if !random.chance(50) { profile.thinMonths = [] }
        if !random.chance(50) { profile.staleMonths = [] }
        profile.firstQuarterNo = designed.firstQuarterNo.filter { _ in random.chance(60) }
        profile.remark = isNew ? "\(year)年新设社区，首次参加群防群治工作考核。" : ""
        return profile
    }

    /// The records a clerk has by the cut-off: nothing dated after it, members who join later
    /// not yet on the roster, departures after it not yet known, judgments of assessed quarters.
    static func trimmed(_ community: SampleCommunity, to plan: SampleYear) -> SampleCommunity {
        guard plan.cutoff != nil else { return community }
        var trimmed = community
        trimmed.judgments = community.judgments.filter { $0.key <= plan.assessedQuarters }
        trimmed.teams = community.teams.map { team in
            var team = team
            team.members = team.members.compactMap { member in
                if let joined = member.joined, !plan.keeps(joined) { return nil }
                var member = member
                if let left = member.left, !plan.keeps(left) { member.left = nil }
                return member
            }
            return team
        }
        trimmed.scheduleReports = community.scheduleReports.filter { plan.keeps($0.reportedOn) }.map { report in
            var report = report
            report.slots = report.slots.filter { plan.keeps($0.day) }
            return report
        }
        trimmed.meetings = community.meetings.filter { plan.keeps($0.day) }
        trimmed.inspections = community.inspections.filter { plan.keeps($0.day) }
        trimmed.trainings = community.trainings.filter { plan.keeps($0.day) }
        trimmed.publicity = community.publicity.filter { plan.keepsMonth($0.month) }
        trimmed.campaigns = community.campaigns.filter { plan.keeps($0.day) }
        trimmed.clues = community.clues.filter { plan.keeps($0.day) }
        trimmed.exposures = community.exposures.filter { plan.keeps($0.day) }
        let months = plan.policeMonths
        trimmed.police.property = Array(community.police.property.prefix(months))
        trimmed.police.fraud = Array(community.police.fraud.prefix(months))
        trimmed.police.platform = Array(community.police.platform.prefix(plan.assessedQuarters))
        return trimmed
    }
}

/// Last year's roster, a year on: everyone still on it at the year's end stays (with the same
/// phone and join date, a year older); in each social team a few members leave during the year,
/// each replaced before leaving, and some teams grow; a team that fell below the minimum
/// recruits in January and February.
struct RosterCarryOver {
    let year: Int
    let stem: String
    var random: RandomSource

    private static let phonePrefixes = ["139", "138", "137", "135", "136", "150", "151", "152", "158", "187", "188", "189"]
    /// The rulebook's minimum of a qualifying social team.
    private static let socialMinimum = 10

    mutating func teams(_ previous: [SampleTeam]) -> [SampleTeam] {
        previous.map { team in
            var members = team.members.filter { $0.left == nil }.map { member in
                var member = member
                member.age = member.age.map { min(80, $0 + 1) }
                return member
            }
            guard team.type != Vocabulary.professionalType else {
                return SampleTeam(name: team.name, type: team.type, members: members)
            }
            var names = Set(team.members.map(\.name))
            let short = RosterCarryOver.socialMinimum - members.count
            if short > 0 {
                for _ in 0..<(short + random.int(in: 0...1)) {
                    members.append(newMember(avoiding: &names, joined: SampleDay(year, random.int(in: 1...2), random.int(in: 1...28))))
                }
            }
            let ordinary = members.indices.filter { members[$0].role == "队员" && members[$0].joined.map { $0.year < year } ?? true }
            for position in random.sample(ordinary, count: random.int(in: 0...2)) {
                let left = SampleDay(year, random.int(in: 2...11), random.int(in: 1...28))
                members[position].left = left
                members.append(newMember(avoiding: &names, joined: SampleDay(year, random.int(in: 1...left.month), 1)))
            }
            if random.chance(25) {
                members.append(newMember(avoiding: &names, joined: SampleDay(year, random.int(in: 1...11), random.int(in: 1...28))))
            }
            return SampleTeam(name: team.name, type: team.type, members: members)
        }
    }

    private mutating func newMember(avoiding names: inout Set<String>, joined: SampleDay) -> SampleMember {
        let pool = CommunityNames.personNames.filter { !names.contains($0) }
        let name = pool.isEmpty ? random.pick(CommunityNames.personNames) : random.pick(pool)
        names.insert(name)
        let phone = random.chance(92)
            ? random.pick(RosterCarryOver.phonePrefixes) + "0000" + SampleDay.pad(random.int(in: 0...9999), 4) : nil
        let address: String? = random.chance(70)
            ? "\(stem)新村\(random.int(in: 1...36))幢\(random.int(in: 1...6))0\(random.int(in: 1...4))室" : nil
        return SampleMember(name: name, age: random.int(in: 22...65), phone: phone, role: "队员",
                            address: address, joined: joined, left: nil)
    }
}
