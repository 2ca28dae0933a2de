import Parallel
import Scoring

extension YearAssessment {
    /// Communities scored on every core; the result is the same as `serial`'s.
    static let onEveryCore: IndexedMap = { count, body in ParallelMap.map(count: count, body) }
}
