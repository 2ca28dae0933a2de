import Foundation
import PropertyBased
import Testing

/// Runs a property over many generated inputs, reproducibly.
///
/// PropertyBased's own `propertyCheck` draws a fresh random seed on every run, and its `.fixedSeed`
/// trait replays a single case and always records an issue, so it cannot be committed. This runner
/// keeps the library's `Generator`s but seeds every case from a fixed base seed, the property's
/// name and the case's index: the same cases run on every machine and every run.
///
/// Environment variables (read when the test process starts):
/// - `QUNFANG_PROPERTY_CASES=N` runs N cases for every property instead of its default
///   (e.g. `QUNFANG_PROPERTY_CASES=20000 swift test --filter ScoringPropertyTests`).
/// - `QUNFANG_PROPERTY_SEED=S` uses the base seed S (a UInt64) instead of `PropertyRun.defaultSeed`;
///   `QUNFANG_PROPERTY_SEED=random` draws one and prints it in any failure, to explore new cases.
///
/// A failing case is reported once, with its index and the seed that reproduces it, and the
/// property stops there; every `#expect` that failed in it carries the case's description.
enum PropertyRun {
    static let defaultSeed: UInt64 = 0x7175_6E66_616E_6701  // "qunfang" + 1

    /// The base seed of this run.
    static let seed: UInt64 = {
        let text = ProcessInfo.processInfo.environment["QUNFANG_PROPERTY_SEED"]
        if text == "random" { return UInt64.random(in: .min ... .max) }
        return text.flatMap { UInt64($0) } ?? defaultSeed
    }()

    /// The number of cases to run for a property whose default is `count`.
    static func cases(_ count: Int) -> Int {
        ProcessInfo.processInfo.environment["QUNFANG_PROPERTY_CASES"].flatMap { Int($0) }.map { max(1, $0) } ?? count
    }

    /// Checks `body` (which uses `#expect`) against `cases` inputs from `generator`.
    /// `describe` gives a short description of a failing input for the report.
    static func check<Value: Sendable>(
        _ generator: Generator<Value, some Sequence>, cases count: Int, name: String = #function,
        describe: @escaping @Sendable (Value) -> String = { String(describing: $0) },
        sourceLocation: SourceLocation = #_sourceLocation,
        _ body: @escaping @Sendable (Value) throws -> Void
    ) async {
        let total = cases(count)
        let property = stableHash(name)
        for index in 0..<total {
            var rng = Xoshiro(seed: caseState(base: seed, property: property, index: UInt64(index)))
            let value = generator.run(using: &rng)
            let label = "case \(index) of \(total) of \(name), QUNFANG_PROPERTY_SEED=\(seed)"
            let failures = FailureCount()
            let annotate = IssueHandlingTrait.compactMapIssues { issue in
                var issue = issue
                failures.increment()
                issue.comments.append(Comment(rawValue: "\(label)\ninput: \(describe(value))"))
                return issue
            }
            try? await annotate.provideScope(for: Test.current!, testCase: Test.Case.current) {
                try body(value)
            }
            if failures.value > 0 {
                Issue.record("Property failed at \(label)", sourceLocation: sourceLocation)
                return
            }
        }
    }

    /// FNV-1a: a hash of the property's name that is the same in every process (unlike `Hasher`).
    static func stableHash(_ text: String) -> UInt64 {
        text.utf8.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
    }

    /// SplitMix64 spreads the three inputs over xoshiro's 256-bit state (never all zero).
    static func caseState(base: UInt64, property: UInt64, index: UInt64) -> (UInt64, UInt64, UInt64, UInt64) {
        var x = base ^ (property &* 0x9E37_79B9_7F4A_7C15) ^ (index &* 0xD1B5_4A32_D192_ED03)
        func next() -> UInt64 {
            x &+= 0x9E37_79B9_7F4A_7C15
            var z = x
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        return (next(), next(), next(), next() | 1)
    }
}

/// Counts the issues recorded while one case runs (the issue handler runs on any thread).
final class FailureCount: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    func increment() { lock.withLock { count += 1 } }
    var value: Int { lock.withLock { count } }
}
