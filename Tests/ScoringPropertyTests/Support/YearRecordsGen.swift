import PropertyBased
import Scoring

/// Random years of records: settings (cut-off, 折算, 补贴), police figures and 1–8 communities.
enum YearRecordsGen {
    /// Byte order matters here: "a" < "a-1" < "a0" < "ab" < "b" (`-` is 0x2D, `0` is 0x30).
    static let slugs = ["a", "a-1", "a0", "ab", "b", "hutang", "hutang-2", "qianjin", "z9", "0-east"]

    /// 2016 and 2020 are leap years.
    static let years = [2016, 2017, 2020]

    /// Twelve monthly counts of 0–6 cases.
    static let monthlyCounts = Gen.int(in: 0...6).array(of: 12)

    /// A year of 1–4 communities with every part random (scoring costs about a millisecond per
    /// community and quarter in a debug build, so years stay small to keep the suite fast).
    static let records = records(communities: 1...4)

    /// A year of `communities` communities with every part random. About a third of the
    /// communities are copies of another under a new SLUG, so equal totals (ties) are common.
    static func records(communities count: ClosedRange<Int>) -> Generator<YearRecords, Shrink.None<YearRecords>> {
        Generator { rng in
            year(communities: count, &rng)
        }
    }

    static func year(communities count: ClosedRange<Int>, _ rng: inout some SeededRandomNumberGenerator) -> YearRecords {
        let settings = settings(&rng)
        let year = settings.year
        let chosen = slugs.shuffled(using: &rng).prefix(Int.random(in: count, using: &rng))
        var communities: [Community] = []
        for slug in chosen {
            if let original = communities.randomElement(using: &rng), CommunityGen.chance(0.35, &rng) {
                var copy = original
                copy.slug = slug
                copy.name = "\(slug)社区"
                communities.append(copy)
            } else {
                communities.append(CommunityGen.community(slug: slug, year: year, using: &rng))
            }
        }
        var police: [String: PoliceFigures] = [:]
        for community in communities {
            police[community.slug] = policeFigures(year: year, &rng)
        }
        return YearRecords(settings: settings, police: police, communities: communities)
    }


    static func settings(_ rng: inout some RandomNumberGenerator) -> YearSettings {
        let year = years.randomElement(using: &rng)!
        let cutoff: Day
        switch Int.random(in: 0..<10, using: &rng) {
        case 0..<4: cutoff = Day(year: year, month: 12, day: 31)!
        case 4..<7: cutoff = Quarter.allCases.randomElement(using: &rng)!.lastDay(in: year)
        default: cutoff = CommunityGen.day(in: year, &rng)
        }
        let fullMarks = CommunityGen.chance(0.5, &rng) ? Points(10) : Points(tenths: Int.random(in: 0...300, using: &rng))
        return YearSettings(year: year, cutoff: cutoff, conversionFullMarks: fullMarks,
                            subsidy: subsidy(&rng), location: .start(of: "content/\(year)/year.yaml"))
    }

    /// No subsidy, 分档 with 1–4 bands in any listed order, or 按分值.
    static func subsidy(_ rng: inout some RandomNumberGenerator) -> SubsidyRule? {
        switch Int.random(in: 0..<10, using: &rng) {
        case 0..<2: return nil
        case 2..<7:
            let bands = (0..<Int.random(in: 1...4, using: &rng)).map { index in
                SubsidyBand(name: "\(index + 1)档",
                            minimum: Points(tenths: Int.random(in: 0...1000, using: &rng)),
                            amount: Money(fen: Int.random(in: 0...3_000_000, using: &rng)))
            }
            // Usually listed highest first, as the sample does; sometimes in any order.
            return .bands(CommunityGen.chance(0.7, &rng) ? bands.sorted { $0.minimum > $1.minimum } : bands)
        default:
            return .proRata(fullAmount: Money(fen: Int.random(in: 0...5_000_000, using: &rng)))
        }
    }

    /// Monthly counts 0–6 (a quarter of the time no case at all this year), and 平台考核数 in
    /// half points from 80 to 100 so that equal figures occur.
    static func policeFigures(year: Int, _ rng: inout some SeededRandomNumberGenerator) -> PoliceFigures {
        let noCases = CommunityGen.chance(0.25, &rng)
        func counts(_ rng: inout some SeededRandomNumberGenerator) -> CaseCounts {
            let thisYear = noCases ? Array(repeating: 0, count: 12) : sparse(monthlyCounts.run(using: &rng), &rng)
            return CaseCounts(thisYear: thisYear, lastYear: sparse(monthlyCounts.run(using: &rng), &rng))
        }
        return PoliceFigures(
            propertyCrime: counts(&rng), telecomFraud: counts(&rng),
            platformScores: (0..<4).map { _ in Points(tenths: 5 * Int.random(in: 160...200, using: &rng)) },
            location: .start(of: "content/\(year)/police.yaml"))
    }

    /// Zeroes most months half the time, so small year-to-date sums (and l = 0) are common.
    static func sparse(_ counts: [Int], _ rng: inout some RandomNumberGenerator) -> [Int] {
        guard CommunityGen.chance(0.5, &rng) else { return counts }
        return counts.map { CommunityGen.chance(0.8, &rng) ? 0 : $0 }
    }
}

extension YearRecords {
    /// A short description of a generated year for failure reports.
    var summary: String {
        let subsidy = settings.subsidy.map { String(describing: $0) } ?? "none"
        let lines = communities.map { c in
            "  \(c.slug): teams \(c.teams.map { "\($0.type)×\($0.members.count)" }), reports "
                + "\(c.scheduleReports.map { "\($0.period)@\($0.reportedOn)" }), inspections "
                + "\(c.inspections.map { "\($0.date)\($0.problems)" }), trainings \(c.trainings.map(\.date)), "
                + "clues \(c.clues.count), media \(c.mediaExposures.map { "\($0.date)\($0.level)\($0.seriousImpact ? "!" : "")" }), "
                + "judgments \(c.judgments.mapValues { $0.mapValues(\.value) })"
        }
        return "year \(settings.year), cutoff \(settings.cutoff), 满分 \(settings.conversionFullMarks), subsidy \(subsidy)\n"
            + lines.joined(separator: "\n")
    }
}
