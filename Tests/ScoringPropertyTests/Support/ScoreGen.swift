import PropertyBased
import Scoring

/// Random quarter scores for the ranking and conversion rules alone, without scoring records:
/// items at 0, at their 分值 or in between (so equal totals are common), random vetoes and
/// 平台考核数 in half points from 90 to 100 (so equal figures are common too).
enum ScoreGen {
    static let rules = Rulebook()

    /// The same communities scored at two consecutive quarters.
    static let consecutiveQuarters: Generator<(previous: [CommunityScore], current: [CommunityScore]),
                                              Shrink.None<(previous: [CommunityScore], current: [CommunityScore])>> =
        Generator { rng in
            let quarter = Quarter(rawValue: Int.random(in: 2...4, using: &rng))!
            let slugs = Array(YearRecordsGen.slugs.shuffled(using: &rng).prefix(Int.random(in: 1...10, using: &rng)))
            let previous = Quarter(rawValue: quarter.rawValue - 1)!
            return (slugs.map { score($0, at: previous, &rng) }, slugs.map { score($0, at: quarter, &rng) })
        }

    /// A Q4 ranking's scores and a year's settings (满分, 补贴) to convert them with.
    static let annual: Generator<(scores: [CommunityScore], settings: YearSettings),
                                 Shrink.None<(scores: [CommunityScore], settings: YearSettings)>> =
        Generator { rng in
            let slugs = YearRecordsGen.slugs.shuffled(using: &rng).prefix(Int.random(in: 1...10, using: &rng))
            return (slugs.map { score($0, at: .q4, &rng) }, YearRecordsGen.settings(&rng))
        }

    static func score(_ slug: String, at quarter: Quarter, _ rng: inout some RandomNumberGenerator) -> CommunityScore {
        let items = (1...14).map { number in
            let maximum = rules.maximum(ofItem: number)
            let tenths = switch Int.random(in: 0..<10, using: &rng) {
            case 0..<6: maximum.tenths
            case 6..<8: 0
            default: Int.random(in: 0...maximum.tenths, using: &rng)
            }
            return ItemScore(item: .numbered(number), maximum: maximum, points: Points(tenths: tenths),
                             capped: false, reasons: [])
        }
        let vetoes = (1...4).filter { _ in CommunityGen.chance(0.08, &rng) }.map {
            VetoFinding(number: $0, text: "否决\($0)", reasons: [])
        }
        return CommunityScore(slug: slug, name: "\(slug)社区", policeStation: nil,
                              period: AssessmentPeriod(year: 2017, quarter: quarter), items: items, vetoes: vetoes,
                              platformScore: Points(tenths: 5 * Int.random(in: 180...200, using: &rng)))
    }
}

extension CommunityScore {
    /// "a0 85.5 veto[1] 平台 92.5": enough to re-rank a failing case by hand.
    var brief: String {
        "\(slug) \(total)" + (isVetoed ? " veto\(vetoes.map(\.number))" : "") + " 平台 \(platformScore)"
    }
}
