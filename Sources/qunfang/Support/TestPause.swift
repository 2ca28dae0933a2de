import Foundation
import Site

/// A test-only hook: with `QUNFANG_TEST_PAUSE_AT=swap` (a comma-separated list of points) the
/// writer prints `qunfang-test-pause: swap` to standard error and sleeps
/// `QUNFANG_TEST_PAUSE_SECONDS` (default 1) at that point, so a process test can kill the build
/// there (SIGKILL) or start a second build meanwhile; the pause ends early once the file named by
/// `QUNFANG_TEST_RESUME_FILE` exists. Without `QUNFANG_TEST_PAUSE_AT` it does nothing.
/// Points, in order: `lock` (lock held, nothing touched), `stage` (stage half written),
/// `swap` (stage complete, about to swap), `cleanup` (swapped, old site not yet deleted).
/// Documented in docs/safety.md; never set it in production.
enum TestPause {
    /// The CLI's build hooks: notices to standard error, and the pauses when asked for.
    static let hooks = BuildHooks(notice: { FileHandle.standardError.write(Data(($0 + "\n").utf8)) },
                                  checkpoint: { TestPause.at($0) })

    static func at(_ point: String) {
        let environment = ProcessInfo.processInfo.environment
        guard let points = environment["QUNFANG_TEST_PAUSE_AT"],
              points.split(separator: ",").contains(where: { $0 == point }) else { return }
        let seconds = environment["QUNFANG_TEST_PAUSE_SECONDS"].flatMap(Double.init) ?? 1
        FileHandle.standardError.write(Data("qunfang-test-pause: \(point)\n".utf8))
        let resume = environment["QUNFANG_TEST_RESUME_FILE"]
        let deadline = ContinuousClock.now + .milliseconds(Int(max(0, min(seconds, 60)) * 1000))
        while ContinuousClock.now < deadline {
            if let resume, FileManager.default.fileExists(atPath: resume) { return }
            usleep(5_000)
        }
    }
}
