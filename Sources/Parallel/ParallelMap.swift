import Foundation

/// Maps indices to values on all cores and returns them in index order, so what a parallel
/// stage produces never depends on which thread finished first. Each index must touch only its
/// own state (one record file with its own log, one page, one generated community).
/// Used by the loader, the site renderer and the sample generator.
public enum ParallelMap {
    /// The cores to spread work over.
    public static var cores: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// `transform` of every index in `0..<count`, in index order; below `serialBelow` indices
    /// (cheap work, where threads cost more than they save) on the calling thread.
    public static func map<T>(count: Int, serialBelow: Int = 2, _ transform: @Sendable (Int) -> T) -> [T] {
        guard count >= max(2, serialBelow) else { return (0..<count).map(transform) }
        let results = ResultSlots<T>(count: count)
        // Enough chunks that the cores finish together when the indices' costs differ.
        let chunks = min(count, 16 * cores)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let range = (chunk * count / chunks)..<((chunk + 1) * count / chunks)
            for index in range { results.set(index, transform(index)) }
        }
        return results.values()
    }

    /// `work()` started on another thread; `Started.value()` waits for its result. For work that
    /// can go on beside a stage that keeps the calling thread (and the other cores) busy.
    public static func start<T>(_ work: @escaping @Sendable () -> T) -> Started<T> {
        let started = Started<T>()
        started.group.enter()
        DispatchQueue.global().async {
            started.slot.set(0, work())
            started.group.leave()
        }
        return started
    }

    /// Work begun by `start`.
    public final class Started<T>: @unchecked Sendable {
        fileprivate let group = DispatchGroup()
        fileprivate let slot = ResultSlots<T>(count: 1)

        /// The work's result, once it is done (waits until then); asked for once.
        public func value() -> T {
            group.wait()
            return slot.values()[0]
        }
    }

    /// `first()` and `second()`, run at the same time (on two cores when there are two).
    public static func both<A, B>(_ first: @Sendable () -> A, _ second: @Sendable () -> B) -> (A, B) {
        let one = ResultSlots<A>(count: 1)
        let two = ResultSlots<B>(count: 1)
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            if index == 0 { one.set(0, first()) } else { two.set(0, second()) }
        }
        return (one.values()[0], two.values()[0])
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
