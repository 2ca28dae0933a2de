import Foundation

/// Progress of a long build on stderr. Nothing for the first second (short builds stay quiet);
/// then, on a terminal, one line updated in place (at most ten times a second), and elsewhere
/// (a log, CI) a plain line at every further 10 %. The summary line on stdout follows either way.
final class BuildProgress: @unchecked Sendable {
    private let lock = NSLock()
    private let started: ContinuousClock.Instant
    private let isTerminal = isatty(STDERR_FILENO) == 1
    private var lastDraw: ContinuousClock.Instant?
    private var lastTenth = 0
    private var drewLine = false

    init(started: ContinuousClock.Instant) {
        self.started = started
    }

    /// Called by the site builder after each file, from any thread.
    @Sendable func update(done: Int, total: Int) {
        lock.withLock {
            let now = ContinuousClock.now
            guard now - started >= .seconds(1), total > 0 else { return }
            let percent = done * 100 / total
            if isTerminal {
                if let lastDraw, now - lastDraw < .milliseconds(100), done < total { return }
                lastDraw = now
                drewLine = true
                FileHandle.standardError.write(Data("\r生成网站：\(done)/\(total) 个文件（\(percent)%）\u{1B}[K".utf8))
            } else if percent / 10 > lastTenth {
                lastTenth = percent / 10
                FileHandle.standardError.write(Data("生成网站：\(done)/\(total) 个文件（\(percent)%）\n".utf8))
            }
        }
    }

    /// Clears the updating line, so the summary starts on a clean line.
    func finish() {
        lock.withLock {
            if drewLine { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        }
    }
}
