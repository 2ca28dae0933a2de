import Scoring
import Testing

/// `String.utf8Precedes` is the byte order of the strings' UTF-8, as walking the two `utf8`
/// views would give it: SLUGs, paths and cache files are sorted by it. (Many generated pairs:
/// `ByteOrderProperties`.)
@Suite struct ByteOrderTests {
    @Test func itIsTheOrderOfTheBytes() {
        let cases: [(String, String, Bool)] = [
            ("a", "b", true), ("b", "a", false), ("a", "a", false), ("", "a", true), ("a", "", false), ("", "", false),
            ("ab", "abc", true), ("abc", "ab", false),
            // Equal for the first eight bytes (one word), then apart in the bytes after it.
            ("abcdefghij", "abcdefghik", true), ("abcdefghij", "abcdefghi", false),
            // Past the 15 bytes a string keeps inline, and sharing a long start.
            ("content/2017/communities/c05000.yaml", "content/2017/communities/c05001.yaml", true),
            ("content/2017/communities/c05001.yaml", "content/2017/communities/c05000.yaml", false),
            // Byte order, not the order Swift's `<` gives: "Z" (0x5A) before "a" (0x61), and a
            // decomposed é (e + U+0301) before the precomposed one (U+00E9).
            ("Zed", "abc", true), ("e\u{301}", "\u{E9}", true), ("\u{E9}", "e\u{301}", false),
            ("湖塘", "新安", "湖塘".utf8.lexicographicallyPrecedes("新安".utf8)),
        ]
        for (lhs, rhs, expected) in cases {
            #expect(lhs.utf8Precedes(rhs) == expected, "\(lhs) \(rhs)")
        }
    }
}
