import PropertyBased
import Scoring
import Testing

/// `String.utf8Precedes` (which sorts SLUGs, site paths and the caches' files) is the order of the
/// strings' UTF-8 views, on texts of ASCII, Chinese, precomposed and decomposed letters, past the
/// eight bytes it compares at a time. Runs are reproducible: every case is seeded from a fixed
/// base seed (see `PropertyRun`).
@Suite("Byte order")
struct ByteOrderProperties {
    static let pieces = ["a", "b", "/", ".", "0", "9", "湖", "é", "e\u{301}", "Z"]

    static func text(_ rng: inout some RandomNumberGenerator) -> String {
        (0..<Int.random(in: 0...20, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
    }

    @Test func itIsTheOrderOfTheUTF8Views() async {
        await PropertyRun.check(Generator { rng in (Self.text(&rng), Self.text(&rng)) }, cases: 2_000,
                                describe: { "\($0.0.debugDescription) \($0.1.debugDescription)" }) { lhs, rhs in
            #expect(lhs.utf8Precedes(rhs) == lhs.utf8.lexicographicallyPrecedes(rhs.utf8))
            #expect(lhs.utf8Precedes(lhs) == false)
        }
    }
}
