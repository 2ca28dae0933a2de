import Scoring

/// A community's scores in every assessed quarter without the reasons behind them, as the
/// record cache keeps them beside the record, so a rebuild does not score an unchanged record
/// again. What is kept is what the pages about a whole year can show (item points, totals,
/// vetoes, police figure: `YearResultDigest` in the Site module leaves out the reasons for the
/// same cause); a page that prints the reasons, a scorecard, is made from the record scored
/// again (docs/performance.md, “How a rebuild avoids work”).
///
/// A score depends on the record, the year's scope and the community's police figures: the
/// first two are the cache entry's key, the third is `police`, the digest of the figures the
/// scores were computed with (`ScoreSummary.digest(of:)`).
public struct ScoreSummary: Sendable, Equatable {
    public let police: ContentDigest
    /// One per assessed quarter, in order; every `reasons` list is empty.
    public let scores: [CommunityScore]

    public init(police: ContentDigest, scores: [CommunityScore]) {
        self.police = police
        self.scores = scores.map(\.withoutReasons)
    }

    /// The digest of a community's police figures (nil: none).
    public static func digest(of figures: PoliceFigures?) -> ContentDigest {
        var digest = ContentDigest()
        guard let figures else {
            digest.add(-1)
            return digest
        }
        for counts in [figures.propertyCrime, figures.telecomFraud] {
            for months in [counts.thisYear, counts.lastYear] {
                digest.add(months.count)
                for cases in months { digest.add(cases) }
            }
        }
        digest.add(figures.platformScores.count)
        for figure in figures.platformScores { digest.add(figure.tenths) }
        return digest
    }

    func encoded() -> [UInt8] {
        var writer = ByteWriter()
        writer.digest(police)
        writer.number(scores.count)
        for score in scores {
            writer.text(score.slug)
            writer.text(score.name)
            writer.number(score.policeStation == nil ? 0 : 1)
            writer.text(score.policeStation ?? "")
            writer.signed(score.period.year)
            writer.number(score.period.quarter.rawValue)
            writer.number(score.items.count)
            for item in score.items {
                writer.number(item.item.number)
                writer.signed(item.maximum.tenths)
                writer.signed(item.points.tenths)
                writer.number(item.capped ? 1 : 0)
            }
            writer.number(score.vetoes.count)
            for veto in score.vetoes {
                writer.signed(veto.number)
                writer.text(veto.text)
            }
            writer.signed(score.platformScore.tenths)
        }
        return writer.bytes
    }

    /// Nil when `bytes` are not a summary this version wrote.
    init?(bytes: ArraySlice<UInt8>) {
        var reader = ByteReader(bytes: bytes)
        guard let police = reader.digest(), let count = reader.number(), count <= 4 else { return nil }
        var scores: [CommunityScore] = []
        for _ in 0..<count {
            guard let slug = reader.text(), let name = reader.text(), let hasStation = reader.number(),
                  let station = reader.text(), let year = reader.signed(), let quarterNumber = reader.number(),
                  let quarter = Quarter(rawValue: quarterNumber), let itemCount = reader.number(),
                  itemCount <= AssessmentItem.all.count else { return nil }
            var items: [ItemScore] = []
            items.reserveCapacity(itemCount)
            for _ in 0..<itemCount {
                guard let number = reader.number(), (1...AssessmentItem.all.count).contains(number),
                      let maximum = reader.signed(), let points = reader.signed(), let capped = reader.number() else { return nil }
                items.append(ItemScore(item: .numbered(number), maximum: Points(tenths: maximum),
                                       points: Points(tenths: points), capped: capped == 1, reasons: []))
            }
            guard let vetoCount = reader.number(), vetoCount <= 4 else { return nil }
            var vetoes: [VetoFinding] = []
            for _ in 0..<vetoCount {
                guard let number = reader.signed(), let text = reader.text() else { return nil }
                vetoes.append(VetoFinding(number: number, text: text, reasons: []))
            }
            guard let platform = reader.signed() else { return nil }
            scores.append(CommunityScore(slug: slug, name: name, policeStation: hasStation == 1 ? station : nil,
                                         period: AssessmentPeriod(year: year, quarter: quarter), items: items,
                                         vetoes: vetoes, platformScore: Points(tenths: platform)))
        }
        guard reader.isAtEnd else { return nil }
        self.police = police
        self.scores = scores
    }
}

extension CommunityScore {
    /// The same score with every reason left out (items and vetoes).
    public var withoutReasons: CommunityScore {
        var score = self
        for index in score.items.indices { score.items[index].reasons = [] }
        for index in score.vetoes.indices { score.vetoes[index].reasons = [] }
        return score
    }
}
