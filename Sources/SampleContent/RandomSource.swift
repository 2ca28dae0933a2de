/// A small deterministic pseudo-random generator (SplitMix64), so the sample content is the
/// same bytes on every run and every machine; Foundation's and the standard library's
/// randomness are seeded differently per process and are never used here.
struct RandomSource {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    /// An independent stream for one purpose (`stream`) of one community (`index`), so adding
    /// a draw in one place does not shift every value generated after it.
    init(seed: UInt64, index: Int, stream: UInt64) {
        var mixer = RandomSource(seed: seed ^ (UInt64(truncatingIfNeeded: index) &* 0x9E37_79B9_7F4A_7C15))
        _ = mixer.next()
        state = mixer.next() ^ (stream &* 0xD1B5_4A32_D192_ED03)
        _ = next()
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A whole number in `range` (closed), without modulo bias worth caring about here.
    mutating func int(in range: ClosedRange<Int>) -> Int {
        let width = UInt64(range.upperBound - range.lowerBound + 1)
        return range.lowerBound + Int(next() % width)
    }

    /// True with probability `percent` / 100.
    mutating func chance(_ percent: Int) -> Bool {
        int(in: 0...99) < percent
    }

    mutating func pick<T>(_ items: [T]) -> T {
        items[int(in: 0...(items.count - 1))]
    }

    /// `count` distinct elements of `items`, in a random order.
    mutating func sample<T>(_ items: [T], count: Int) -> [T] {
        var pool = items
        var result: [T] = []
        result.reserveCapacity(count)
        for _ in 0..<min(count, pool.count) {
            result.append(pool.remove(at: int(in: 0...(pool.count - 1))))
        }
        return result
    }
}
