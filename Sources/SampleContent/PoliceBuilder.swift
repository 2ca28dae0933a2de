/// Builds a community's police.yaml entry: monthly case counts of last year, this year's
/// counts moved towards the profile's percent change, and quarterly platform figures.
struct PoliceBuilder {
    var random: RandomSource

    mutating func police(_ profile: CommunityProfile) -> SamplePolice {
        let propertyLast = lastYear(maximum: 3, minimumTotal: 10)
        let fraudLast = lastYear(maximum: 2, minimumTotal: 6)
        // Platform figures from a coarse grid (88.0 … 99.0 in halves), so equal figures occur.
        let platform = (0..<4).map { _ in 880 + 5 * random.int(in: 0...22) }
        return SamplePolice(
            property: thisYear(from: propertyLast, change: profile.propertyChange, improveLate: profile.casesImproveLate),
            propertyLastYear: propertyLast,
            fraud: thisYear(from: fraudLast, change: profile.fraudChange, improveLate: profile.casesImproveLate),
            fraudLastYear: fraudLast,
            platform: platform)
    }

    /// A later year's entry: 上年 is the community's 本年 of the year before when it has one
    /// (a whole year of it), otherwise drawn as in the first year.
    mutating func laterPolice(_ profile: CommunityProfile, carried: SamplePolice?) -> SamplePolice {
        let whole = carried.map { $0.property.count == 12 && $0.fraud.count == 12 } ?? false
        let propertyLast = whole ? carried!.property : lastYear(maximum: 3, minimumTotal: 10)
        let fraudLast = whole ? carried!.fraud : lastYear(maximum: 2, minimumTotal: 6)
        let platform = (0..<4).map { _ in 880 + 5 * random.int(in: 0...22) }
        return SamplePolice(
            property: shuffled(propertyLast, to: total(from: propertyLast, change: profile.propertyChange)),
            propertyLastYear: propertyLast,
            fraud: shuffled(fraudLast, to: total(from: fraudLast, change: profile.fraudChange)),
            fraudLastYear: fraudLast,
            platform: platform)
    }

    /// Last year's total changed by `change` percent (nil: no case at all).
    private func total(from last: [Int], change: Int?) -> Int {
        guard let change else { return 0 }
        return (last.reduce(0, +) * (100 + change) + 50) / 100
    }

    /// This year's months: last year's with about a third of the cases moved to another month
    /// (cases recur where they did, but not month for month), then brought to `total` (at most
    /// 4 a month).
    private mutating func shuffled(_ last: [Int], to total: Int) -> [Int] {
        var counts = last.map { min(4, $0) }
        for month in 0..<12 {
            for _ in 0..<counts[month] where random.chance(30) {
                let other = random.int(in: 0...11)
                if counts[other] < 4 { counts[month] -= 1; counts[other] += 1 }
            }
        }
        let target = min(total, 48)
        while counts.reduce(0, +) > target { counts[random.pick((0..<12).filter { counts[$0] > 0 })] -= 1 }
        while counts.reduce(0, +) < target { counts[random.pick((0..<12).filter { counts[$0] < 4 })] += 1 }
        return counts
    }

    private mutating func lastYear(maximum: Int, minimumTotal: Int) -> [Int] {
        var counts = (0..<12).map { _ in random.int(in: 0...maximum) }
        while counts.reduce(0, +) < minimumTotal {
            let month = random.int(in: 0...11)
            if counts[month] < maximum { counts[month] += 1 }
        }
        return counts
    }

    /// Last year's counts changed by `change` percent over the year (nil: no case at all);
    /// with `improveLate`, the first quarter is worse than last year and the autumn much better.
    private mutating func thisYear(from last: [Int], change: Int?, improveLate: Bool) -> [Int] {
        guard let change else { return [Int](repeating: 0, count: 12) }
        let lastTotal = last.reduce(0, +)
        let target = (lastTotal * (100 + change) + 50) / 100
        var counts = last
        if improveLate {
            for month in 0..<3 where counts[month] < 4 { counts[month] += 1 }
        }
        let cutFrom = improveLate ? 6 : 0
        while counts.reduce(0, +) > target {
            let candidates = (cutFrom..<12).filter { counts[$0] > 0 }
            let pool = candidates.isEmpty ? (0..<12).filter { counts[$0] > 0 } : candidates
            counts[random.pick(pool)] -= 1
        }
        while counts.reduce(0, +) < target {
            let pool = (0..<12).filter { counts[$0] < 4 }
            counts[random.pick(pool)] += 1
        }
        return counts
    }
}
