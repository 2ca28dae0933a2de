import Scoring
import Testing
@testable import Site

/// Money on pages as the office writes it (20,000.00); the CSV and JSON keep plain numbers.
@Suite struct MoneyFormatTests {
    @Test(arguments: [(0, "0.00"), (5, "0.05"), (100_000, "1,000.00"), (2_000_000, "20,000.00"),
                      (99_999, "999.99"), (1_234_567_890, "12,345,678.90"), (-2_000_000, "-20,000.00")])
    func yuanHaveThousandsSeparators(fen: Int, expected: String) {
        #expect(Format.yuan(Money(fen: fen)) == expected)
    }
}
