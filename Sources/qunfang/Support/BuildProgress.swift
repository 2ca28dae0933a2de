import Foundation
import Site

/// Progress of a long build on stderr, stage by stage (reading records, scoring, writing the
/// site). Nothing for the first second (short builds stay quiet); then, on a terminal, one line
/// updated in place (at most ten times a second, and whenever the stage changes or ends), and
/// elsewhere (a log, CI) a plain line at every further 10 % of each stage. The summary line on
/// stdout follows either way.
final class BuildProgress: @unchecked Sendable {
    private let lock = NSLock()
    private let started: ContinuousClock.Instant
    private let quietFor: Duration
    private let isTerminal: Bool
    private let write: @Sendable (String) -> Void
    private var lastDraw: ContinuousClock.Instant?
    private var stage: BuildStage?
    private var lastTenth = 0
    private var drewLine = false

    init(started: ContinuousClock.Instant, quietFor: Duration = .seconds(1),
         isTerminal: Bool = isatty(STDERR_FILENO) == 1,
         write: @escaping @Sendable (String) -> Void = { FileHandle.standardError.write(Data($0.utf8)) }) {
        self.started = started
        self.quietFor = quietFor
        self.isTerminal = isTerminal
        self.write = write
    }

    /// Called by the pipeline after each record, community or file, from any thread.
    @Sendable func update(_ stage: BuildStage, done: Int, total: Int) {
        lock.withLock {
            let now = ContinuousClock.now
            let newStage = stage != self.stage
            if newStage {
                self.stage = stage
                lastTenth = 0
            }
            guard now - started >= quietFor, total > 0 else { return }
            let percent = done * 100 / total
            // The line is made only when it is drawn: this is called once for every record,
            // community and file (70,000 times at 10,000 communities).
            func line() -> String { "\(stage.label)：\(done)/\(total) \(stage.unit)（\(percent)%）" }
            if isTerminal {
                if !newStage, let lastDraw, now - lastDraw < .milliseconds(100), done < total { return }
                lastDraw = now
                drewLine = true
                write("\r" + line() + "\u{1B}[K")
            } else if percent / 10 > lastTenth {
                lastTenth = percent / 10
                write(line() + "\n")
            }
        }
    }

    /// Clears the updating line, so the summary starts on a clean line.
    func finish() {
        lock.withLock {
            if drewLine { write("\r\u{1B}[K") }
        }
    }
}
