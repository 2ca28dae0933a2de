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
