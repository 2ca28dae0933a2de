import Foundation

/// Counts finished items of a parallel stage from any thread and passes (done, total) to a
/// progress callback after each one; does nothing without a callback. The loader counts record
/// files with it, the build communities scored, the site builder files written.
public final class ProgressCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var done = 0
    public let total: Int
    private let report: (@Sendable (_ done: Int, _ total: Int) -> Void)?

    public init(total: Int, report: (@Sendable (_ done: Int, _ total: Int) -> Void)?) {
        self.total = total
        self.report = report
    }

    public func advance() {
        guard let report else { return }
        let now = lock.withLock {
            done += 1
            return done
        }
        report(now, total)
    }
}
