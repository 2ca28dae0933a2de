import Foundation

// Small lock-guarded boxes for `DispatchQueue.concurrentPerform` workers: each keeps one
// piece of shared state consistent while both cores render.

/// The first error any worker hit; later workers skip their work once it is set.
final class FirstError: @unchecked Sendable {
    private let lock = NSLock()
    private var first: Error?

    var happened: Bool { lock.withLock { first != nil } }
    var error: Error? { lock.withLock { first } }

    func record(_ error: Error) {
        lock.withLock { if first == nil { first = error } }
    }
}

/// A count kept from many threads.
final class Tally: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    func add(_ amount: Int = 1) { lock.withLock { count += amount } }
    var value: Int { lock.withLock { count } }
}
