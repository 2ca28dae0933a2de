import Parallel
import Scoring

extension YearAssessment {
    /// Communities scored on every core; the result is the same as `serial`'s.
    public static let onEveryCore: IndexedMap = onEveryCore(reporting: nil)

    /// The same, telling `progress` (from any thread) after each community.
    public static func onEveryCore(reporting progress: (@Sendable (_ done: Int, _ total: Int) -> Void)?) -> IndexedMap {
        { count, body in
            let counter = ProgressCounter(total: count, report: progress)
            return ParallelMap.map(count: count) { index in
                defer { counter.advance() }
                return body(index)
            }
        }
    }
}
