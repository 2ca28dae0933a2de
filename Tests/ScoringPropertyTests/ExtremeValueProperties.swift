import PropertyBased
import Scoring
import Testing

/// The scoring library cannot trap, whatever numbers it is called with directly: every number
/// of the rulebook, the settings, the police figures and the records is replaced by an extreme
/// (`Int.min`, `Int.max`, their neighbours, −1, 0, 1 or a random Int), and the year is scored
/// and every figure of the result printed. An overflow would stop the test process. (The loader
/// keeps loaded values in ranges where the arithmetic is exact: docs/记录格式.md, “数值范围”.)
@Suite("Extreme values")
struct ExtremeValueProperties {
    static let extremes = [Int.min, Int.min + 1, -1, 0, 1, Int.max - 1, Int.max]

    static func extreme(_ rng: inout some RandomNumberGenerator) -> Int {
        CommunityGen.chance(0.8, &rng) ? extremes.randomElement(using: &rng)!
            : Int.random(in: .min ... .max, using: &rng)
    }

    /// A generated year with every number made extreme.
    static func extremeYear(_ rng: inout some SeededRandomNumberGenerator) -> YearRecords {
        var records = YearRecordsGen.year(communities: 1...4, &rng)
        var rules = records.settings.rulebook
        for parameter in RulebookParameter.all {
            switch parameter.kind {
            case .points(let path): rules[keyPath: path] = Points(tenths: extreme(&rng))
            case .count(let path): rules[keyPath: path] = extreme(&rng)
            case .vocabulary: break
            }
        }
        records.settings.rulebook = rules
        records.settings.conversionFullMarks = Points(tenths: extreme(&rng))
        switch records.settings.subsidy {
        case .bands(let bands):
            records.settings.subsidy = .bands(bands.map {
                SubsidyBand(name: $0.name, minimum: Points(tenths: extreme(&rng)), amount: Money(fen: extreme(&rng)))
            })
        case .proRata: records.settings.subsidy = .proRata(fullAmount: Money(fen: extreme(&rng)))
        case nil: break
        }
        for slug in records.police.keys {
            var figures = records.police[slug]!
            figures.propertyCrime = CaseCounts(thisYear: (0..<12).map { _ in extreme(&rng) },
                                               lastYear: (0..<12).map { _ in extreme(&rng) })
            figures.telecomFraud = CaseCounts(thisYear: (0..<12).map { _ in extreme(&rng) },
                                              lastYear: (0..<12).map { _ in extreme(&rng) })
            figures.platformScores = (0..<4).map { _ in Points(tenths: extreme(&rng)) }
            records.police[slug] = figures
        }
        for index in records.communities.indices {
            for entry in records.communities[index].publicity.indices {
                records.communities[index].publicity[entry].photosAccepted = extreme(&rng)
            }
            for number in 1...14 where CommunityGen.chance(0.5, &rng) {
                records.communities[index].selfAssessment[number] = SelfAssessment(
                    description: nil, points: Points(tenths: extreme(&rng)),
                    location: records.communities[index].location)
            }
        }
        return records
    }

    @Test func scoringNeverTrapsOnExtremeNumbers() async {
        await PropertyRun.check(Generator { rng in Self.extremeYear(&rng) }, cases: 100, describe: \.summary) { records in
            let result = YearAssessment.score(records)
            // Print every figure, as the reports and pages do.
            var printed = ""
            for quarter in result.quarters {
                for standing in quarter.standings {
                    let score = standing.score
                    printed += score.items.map(\.points.description).joined() + score.total.description
                        + score.platformScore.description + score.vetoes.summary
                }
            }
            for standing in result.annual?.standings ?? [] {
                printed += FixedPoint.formatFixed(standing.convertedHundredths, decimals: 2) + standing.subsidy.formattedYuan + standing.subsidy.description
            }
            printed += result.annual?.totalSubsidy.formattedYuan ?? ""
            #expect(!printed.isEmpty || result.quarters.isEmpty)
        }
    }

    @Test(arguments: [(Int.max, 1), (Int.min, -1), (Int.max, Int.max), (Int.min, Int.max), (Int.min, Int.min)])
    func saturatingArithmeticHoldsAtTheLimits(a: Int, b: Int) {
        let sum = a.adding(saturating: b), product = a.multiplied(saturating: b)
        #expect(sum == (a.addingReportingOverflow(b).overflow ? (b > 0 ? Int.max : Int.min) : a + b))
        #expect(product == (a.multipliedReportingOverflow(by: b).overflow
                            ? ((a < 0) == (b < 0) ? Int.max : Int.min) : a * b))
        #expect(Points(tenths: a) + Points(tenths: b) == Points(tenths: sum))
    }
}
