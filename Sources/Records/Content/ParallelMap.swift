import Dispatch

/// Runs independent pieces of work over all cores and returns their results in input order,
/// so what a parallel load produces does not depend on which thread finished first.
enum ParallelMap {
    /// `transform(0) … transform(count - 1)`, computed concurrently, in index order.
    /// Each piece must touch only its own state: here, one file with its own `DiagnosticLog`.
    static func map<T: Sendable>(count: Int, _ transform: @Sendable (Int) -> T) -> [T] {
        guard count > 1 else { return (0..<count).map(transform) }
        let buffer = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
        buffer.initialize(repeating: nil)
        defer {
            buffer.deinitialize()
            buffer.deallocate()
        }
        // Each iteration writes only its own slot, and `concurrentPerform` returns after all
        // of them: no two threads ever touch the same element.
        nonisolated(unsafe) let slots = buffer
        DispatchQueue.concurrentPerform(iterations: count) { index in
            slots[index] = transform(index)
        }
        return buffer.map { $0! }
    }
}
