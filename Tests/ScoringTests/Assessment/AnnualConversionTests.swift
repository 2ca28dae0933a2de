import Testing
@testable import Scoring

/// 折算 (docs/评分口径.md §4) and subsidy, in exact integers.
struct AnnualConversionTests {
    /// (total tenths, 满分 tenths, vetoed, expected hundredths).
    @Test(arguments: [
        (875, 100, false, 875),   // 87.5 × 10 / 100 = 8.75
        (875, 75, false, 656),    // 87.5 × 7.5 / 100 = 6.5625 → 6.56
        (625, 90, false, 563),    // 62.5 × 9 / 100 = 5.625 → 5.63 (half up)
        (875, 2, false, 18),      // 0.175 → 0.18
        (1000, 100, false, 1000), // 10
        (1000, 100, true, 0),     // vetoed
    ])
    func converted(total: Int, fullMarks: Int, vetoed: Bool, expected: Int) {
        #expect(AnnualConversion.convertedHundredths(total: Points(tenths: total), fullMarks: Points(tenths: fullMarks),
                                                     vetoed: vetoed) == expected)
    }

    static let bands = SubsidyRule.bands([
        SubsidyBand(name: "一档", minimum: 90, amount: Money(yuan: 20000)),
        SubsidyBand(name: "二档", minimum: 80, amount: Money(yuan: 15000)),
        SubsidyBand(name: "三档", minimum: 60, amount: Money(yuan: 10000)),
    ])

    /// Exactly 最低分 earns the band; a tenth below falls to the next.
    @Test(arguments: [(1000, 20000, "一档"), (900, 20000, "一档"), (899, 15000, "二档"), (800, 15000, "二档"),
                      (600, 10000, "三档"), (599, 0, nil)] as [(Int, Int, String?)])
    func bands(total: Int, yuan: Int, band: String?) {
        let subsidy = AnnualConversion.subsidy(total: Points(tenths: total), vetoed: false, rule: Self.bands)
        #expect(subsidy.amount == Money(yuan: yuan))
        #expect(subsidy.band == band)
    }

    @Test func bandsAreTriedInListedOrder() {
        let rule = SubsidyRule.bands([SubsidyBand(name: "低", minimum: 60, amount: Money(yuan: 1)),
                                      SubsidyBand(name: "高", minimum: 90, amount: Money(yuan: 2))])
        #expect(AnnualConversion.subsidy(total: 95, vetoed: false, rule: rule).band == "低")
    }

    /// (满分金额 fen, total tenths, expected fen): rounded half up to the fen.
    @Test(arguments: [(2_000_000, 875, 1_750_000), (12345, 875, 10802), (1, 5, 0), (1, 500, 1), (3, 500, 2),
                      (2_000_000, 1000, 2_000_000)])
    func proRata(fullFen: Int, total: Int, expectedFen: Int) {
        let subsidy = AnnualConversion.subsidy(total: Points(tenths: total), vetoed: false,
                                               rule: .proRata(fullAmount: Money(fen: fullFen)))
        #expect(subsidy.amount == Money(fen: expectedFen))
        #expect(subsidy.band == nil)
    }

    @Test func vetoedOrNoRuleGetsNothing() {
        #expect(AnnualConversion.subsidy(total: 100, vetoed: true, rule: Self.bands).amount == .zero)
        #expect(AnnualConversion.subsidy(total: 100, vetoed: false, rule: nil).amount == .zero)
    }
}
