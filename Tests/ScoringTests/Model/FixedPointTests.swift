import Scoring
import Testing

/// Scores, amounts and ratios are integers printed as decimals with as few places as needed:
/// every number on every page goes through `FixedPoint.format`.
@Suite struct FixedPointTests {
    @Test(arguments: [
        (250, 1, "25"), (25, 1, "2.5"), (0, 1, "0"), (-5, 1, "-0.5"), (-250, 1, "-25"),
        (925, 2, "9.25"), (905, 2, "9.05"), (900, 2, "9"), (1, 2, "0.01"), (-1, 2, "-0.01"),
        (7, 0, "7"), (123_456_789, 3, "123456.789"), (100_010, 4, "10.001"),
        (Int.max, 1, "922337203685477580.7"), (Int.min, 1, "-922337203685477580.8"),
    ])
    func formatsWithAsFewPlacesAsNeeded(value: Int, decimals: Int, text: String) {
        #expect(FixedPoint.format(value, decimals: decimals) == text)
    }

    /// The same text as joining the parts one by one (how it was written before it was made fast).
    @Test func agreesWithJoiningTheParts() {
        func joined(_ value: Int, _ decimals: Int) -> String {
            var scale: UInt = 1
            for _ in 0..<decimals { scale *= 10 }
            let sign = value < 0 ? "-" : ""
            let whole = value.magnitude / scale
            var fraction = value.magnitude % scale
            guard fraction != 0 else { return sign + String(whole) }
            var places = decimals
            while fraction % 10 == 0 { fraction /= 10; places -= 1 }
            let text = String(fraction)
            return sign + String(whole) + "." + String(repeating: "0", count: places - text.count) + text
        }
        for decimals in 0...3 {
            for value in -2_050...2_050 {
                #expect(FixedPoint.format(value, decimals: decimals) == joined(value, decimals))
            }
        }
    }

    @Test func parsesWhatItFormats() {
        for value in [0, 5, 25, 250, 1_005, 99_999] {
            #expect(FixedPoint.parse(FixedPoint.format(value, decimals: 2), decimals: 2) == value)
        }
    }
}
