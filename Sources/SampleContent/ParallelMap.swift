import Foundation

/// Maps indices to values on all cores, in index order: each index is computed independently
/// from its own seeded stream, so the result is the same whatever the scheduling.
enum ParallelMap {
    /// The cores to spread work over.
    static var cores: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// `transform` of every index in `0..<count`; below `serialBelow` indices (cheap work),
    /// on the calling thread.
    static func map<T>(count: Int, serialBelow: Int = 65, _ transform: @Sendable (Int) -> T) -> [T] {
        guard count >= max(2, serialBelow) else { return (0..<count).map(transform) }
        let results = ResultSlots<T>(count: count)
        let chunks = min(count, 4 * cores)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let range = (chunk * count / chunks)..<((chunk + 1) * count / chunks)
            for index in range { results.set(index, transform(index)) }
        }
        return results.values()
    }
}

/// A fixed set of slots written once each from different threads (disjoint indices).
private final class ResultSlots<T>: @unchecked Sendable {
    private let storage: UnsafeMutablePointer<T>
    private let count: Int

    init(count: Int) {
        self.count = count
        storage = .allocate(capacity: count)
    }

    /// Initializes slot `index`; every slot must be set exactly once before `values()`.
    func set(_ index: Int, _ value: T) {
        (storage + index).initialize(to: value)
    }

    func values() -> [T] {
        Array(UnsafeBufferPointer(start: storage, count: count))
    }

    deinit {
        storage.deinitialize(count: count)
        storage.deallocate()
    }
}
