/// Builds a community's roster (队伍, 附件2) from its profile: the professional team, the
/// social teams with their members, and the joins and departures of the year.
struct RosterBuilder {
    let year: Int
    let name: String
    let stem: String
    var random: RandomSource
    /// Phone numbers are fictional: a mobile prefix, four zeros, and a serial.
    private var phoneSerial: Int

    init(year: Int, name: String, stem: String, random: RandomSource) {
        self.year = year
        self.name = name
        self.stem = stem
        self.random = random
        phoneSerial = 0
        phoneSerial = self.random.int(in: 1...8000)
    }

    private static let phonePrefixes = ["139", "138", "137", "135", "136", "150", "151", "152", "158", "187", "188", "189"]

    mutating func teams(for profile: CommunityProfile) -> [SampleTeam] {
        var teams = [professionalTeam(size: profile.professionalSize)]
        var seenTypes: [String: Int] = [:]
        for (position, spec) in profile.socialTeams.enumerated() {
            seenTypes[spec.type, default: 0] += 1
            let teamName = RosterBuilder.teamName(community: name, type: spec.type, ordinal: seenTypes[spec.type]!)
            let isLast = position == profile.socialTeams.count - 1
            switch profile.teamEvent {
            case .dropsBelowMinimumAtThirdQuarter where isLast:
                var team = socialTeam(name: teamName, type: spec.type, size: spec.size, churn: false)
                team.members[team.members.count - 1].left = SampleDay(year, 9, 30)
                teams.append(team)
            case .growsDuringYear where position == 2 || position == 3:
                var team = socialTeam(name: teamName, type: spec.type, size: spec.size, churn: false)
                let (count, month) = position == 2 ? (3, 4) : (3, 7)
                for offset in 0..<count {
                    let member = team.members.count - 1 - offset
                    team.members[member].joined = SampleDay(year, month, random.int(in: 1...28))
                }
                teams.append(team)
            default:
                teams.append(socialTeam(name: teamName, type: spec.type, size: spec.size, churn: true))
            }
        }
        return teams
    }

    static func teamName(community: String, type: String, ordinal: Int) -> String {
        let prefix = ordinal > 1 ? "\(community)\(["", "一", "二", "三", "四"][min(ordinal, 4)])区" : community
        switch type {
        case "专职": return "\(community)专职巡防队"
        case "治安巡防": return "\(prefix)治安巡防队"
        case "楼道长": return "\(prefix)楼道长队伍"
        case "居民代表": return "\(prefix)居民代表巡防队"
        case "业主委员": return "\(prefix)业主委员会巡防组"
        case "物业保安": return "\(prefix)物业保安队"
        case "党员先锋": return "\(prefix)党员先锋队"
        case "社区义工": return "\(prefix)社区义工队"
        default: return "\(prefix)平安志愿者队"
        }
    }

    private mutating func professionalTeam(size: Int) -> SampleTeam {
        let names = random.sample(CommunityNames.personNames, count: size)
        var members: [SampleMember] = []
        for (position, person) in names.enumerated() {
            var member = makeMember(name: person, role: position == 0 ? "队长" : "队员", ages: 28...55)
            if random.chance(30) { member.joined = SampleDay(year - random.int(in: 1...4), random.int(in: 1...12), random.int(in: 1...28)) }
            members.append(member)
        }
        return SampleTeam(name: RosterBuilder.teamName(community: name, type: "专职", ordinal: 1), type: "专职", members: members)
    }

    /// A social team with `size` members at year end; with `churn`, members who left during
    /// the year are listed too, and some of the `size` joined during the year (never so many
    /// that the team falls below 10 at a quarter's end).
    private mutating func socialTeam(name teamName: String, type: String, size: Int, churn: Bool) -> SampleTeam {
        let leavers = churn ? random.int(in: 0...2) : 0
        let names = random.sample(CommunityNames.personNames, count: size + leavers)
        var members: [SampleMember] = []
        let leaders = size >= 12 ? 2 : 1
        for position in 0..<size {
            let role = position == 0 ? "队长" : (position <= leaders ? "组长" : "队员")
            var member = makeMember(name: names[position], role: role, ages: 22...72)
            if position > 0 && random.chance(12) {
                member.joined = SampleDay(year - random.int(in: 1...3), random.int(in: 1...12), random.int(in: 1...28))
            }
            members.append(member)
        }
        if churn {
            let joiners = min(random.int(in: 0...2), size - 10)
            for offset in 0..<max(0, joiners) {
                members[size - 1 - offset].joined = SampleDay(year, random.int(in: 2...11), random.int(in: 1...28))
            }
        }
        for position in 0..<leavers {
            var member = makeMember(name: names[size + position], role: "队员", ages: 30...72)
            // Some leave on a quarter's last day: inactive from that day on.
            member.left = random.chance(40)
                ? SampleDay.lastDay(of: 3 * random.int(in: 1...3), in: year)
                : SampleDay(year, random.int(in: 1...11), random.int(in: 1...28))
            if random.chance(50) { member.joined = SampleDay(year - random.int(in: 1...5), random.int(in: 1...12), 1) }
            members.insert(member, at: random.int(in: 1...members.count))
        }
        return SampleTeam(name: teamName, type: type, members: members)
    }

    private mutating func makeMember(name person: String, role: String, ages: ClosedRange<Int>) -> SampleMember {
        phoneSerial = (phoneSerial + random.int(in: 1...37)) % 10_000
        let phone = random.chance(92)
            ? random.pick(RosterBuilder.phonePrefixes) + "0000" + SampleDay.pad(phoneSerial, 4) : nil
        let address: String? = switch random.int(in: 0...9) {
        case 0: nil
        case 1...6: "\(stem)新村\(random.int(in: 1...36))幢\(random.int(in: 1...6))0\(random.int(in: 1...4))室"
        default: "湖塘镇\(random.pick(CommunityNames.roads))\(random.int(in: 1...299))号"
        }
        return SampleMember(name: person, age: random.chance(95) ? random.int(in: ages) : nil, phone: phone,
                            role: role, address: address, joined: nil, left: nil)
    }
}
