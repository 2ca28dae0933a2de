import Scoring
import Testing

/// The definitions of docs/评分口径.md §4 as expectations, written from the definitions (counts,
/// quotient and remainder) rather than from the implementation's sort or rounding helper.
/// Used both on synthetic scores and on whole scored years.
enum ResultChecks {
    /// Standings are a permutation of `slugs`: ranked ones by total (highest first) then SLUG byte
    /// order, then vetoed ones (unranked) the same way; rank = 1 + the number of ranked communities
    /// with a strictly higher total; the previous rank is the rank in `previous`.
    static func standings(_ result: QuarterResult, previous: QuarterResult?, slugs: [String]) {
        let standings = result.standings
        #expect(standings.map(\.score.slug).sorted() == slugs.sorted(), "standings are not a permutation")
        let ranked = standings.filter { !$0.score.isVetoed }
        for standing in standings {
            let total = standing.score.total
            let expected = standing.score.isVetoed ? nil : 1 + ranked.filter { $0.score.total > total }.count
            #expect(standing.rank == expected, "rank of \(standing.score.slug) in \(result.quarter)")
            #expect(standing.previousRank == previous?.standing(of: standing.score.slug)?.rank)
        }
        for (first, second) in zip(standings, standings.dropFirst()) {
            #expect(inOrder(first, second, by: \.score.total, vetoedLast: true),
                    "\(first.score.slug) listed before \(second.score.slug) in \(result.quarter)")
        }
    }

    /// The 治安状况排序: every community by 平台考核数, highest first, SLUG on ties; policeRank =
    /// 1 + the number of communities with a strictly higher figure, the same in both lists.
    static func policeOrder(_ result: QuarterResult, slugs: [String]) {
        let order = result.policeOrder
        #expect(order.map(\.score.slug).sorted() == slugs.sorted(), "police order is not a permutation")
        for standing in order {
            let figure = standing.score.platformScore
            #expect(standing.policeRank == 1 + order.filter { $0.score.platformScore > figure }.count)
            #expect(result.standing(of: standing.score.slug)?.policeRank == standing.policeRank)
        }
        for (first, second) in zip(order, order.dropFirst()) {
            #expect(inOrder(first, second, by: \.score.platformScore, vetoedLast: false),
                    "\(first.score.slug) listed before \(second.score.slug) by 平台考核数")
        }
    }

    /// The annual result follows the Q4 ranking; 折算 = total × 满分 / 100 rounded half up to 0.01;
    /// the subsidy is the first listed band whose 最低分 ≤ total, or 满分金额 × total / 100 rounded
    /// half up to the fen; vetoed or without 补贴 → 0 (and so 折算 when vetoed).
    static func annual(_ annual: AnnualResult, q4: QuarterResult, settings: YearSettings) {
        #expect(annual.standings.map(\.slug) == q4.standings.map(\.score.slug))
        for (standing, q4Standing) in zip(annual.standings, q4.standings) {
            #expect(standing.total == q4Standing.score.total)
            #expect(standing.rank == q4Standing.rank)
            #expect(standing.vetoed == q4Standing.score.isVetoed)
            #expect(standing.convertedHundredths
                    == converted(total: standing.total, fullMarks: settings.conversionFullMarks, vetoed: standing.vetoed),
                    "折算 of \(standing.slug), total \(standing.total), 满分 \(settings.conversionFullMarks)")
            let expected = subsidy(total: standing.total, vetoed: standing.vetoed, rule: settings.subsidy)
            #expect(standing.subsidy == expected.amount, "subsidy of \(standing.slug), total \(standing.total)")
            #expect(standing.band == expected.band)
        }
        #expect(annual.totalSubsidy.fen == annual.standings.reduce(0) { $0 + $1.subsidy.fen })
    }

    /// total (tenths) × 满分 (tenths) is the 折算分 in ten-thousandths; keep two decimals, half up.
    static func converted(total: Points, fullMarks: Points, vetoed: Bool) -> Int {
        if vetoed { return 0 }
        let (hundredths, rest) = (total.tenths * fullMarks.tenths).quotientAndRemainder(dividingBy: 100)
        return rest >= 50 ? hundredths + 1 : hundredths
    }

    static func subsidy(total: Points, vetoed: Bool, rule: SubsidyRule?) -> (amount: Money, band: String?) {
        guard !vetoed, let rule else { return (.zero, nil) }
        switch rule {
        case .bands(let bands):
            for band in bands where band.minimum.tenths <= total.tenths {
                return (band.amount, band.name)
            }
            return (.zero, nil)
        case .proRata(let fullAmount):
            // fen × (tenths / 10) / 100 = fen × tenths / 1000.
            let (fen, rest) = (fullAmount.fen * total.tenths).quotientAndRemainder(dividingBy: 1000)
            return (Money(fen: rest >= 500 ? fen + 1 : fen), nil)
        }
    }

    /// `first` may be listed before `second`: (vetoed last,) higher figure first, then SLUG bytes.
    static func inOrder(_ first: Standing, _ second: Standing, by figure: KeyPath<Standing, Points>,
                        vetoedLast: Bool) -> Bool {
        if vetoedLast && first.score.isVetoed != second.score.isVetoed { return !first.score.isVetoed }
        if first[keyPath: figure] != second[keyPath: figure] { return first[keyPath: figure] > second[keyPath: figure] }
        return Array(first.score.slug.utf8).lexicographicallyPrecedes(Array(second.score.slug.utf8))
    }
}
