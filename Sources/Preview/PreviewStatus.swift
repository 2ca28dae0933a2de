import Foundation
import Scoring

/// What the browser needs to know about the latest build: a version that changes after every
/// rebuild (successful or not, so an open page reloads either way), and the diagnostics of the
/// latest build when it failed (then the previous good site is still the one served).
public struct PreviewStatus: Equatable, Sendable {
    /// Counts finished builds; the reload script reloads the page when it changes.
    public var version: Int
    /// Every diagnostic of the latest build when it failed; empty after a successful build.
    public var problems: [Diagnostic]
    /// Whether some build has succeeded since `serve` started (else the folder may be empty or stale).
    public var hasBuiltSite: Bool

    public init(version: Int = 0, problems: [Diagnostic] = [], hasBuiltSite: Bool = false) {
        self.version = version
        self.problems = problems
        self.hasBuiltSite = hasBuiltSite
    }

    public var isBroken: Bool { !problems.isEmpty }

    /// The answer of `/_qunfang/version`: `{"ok":false,"problems":["content/…:3:1: 错误: …"],"version":3}`.
    public var json: String {
        struct Answer: Encodable {
            let version: Int
            let ok: Bool
            let problems: [String]
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let answer = Answer(version: version, ok: !isBroken, problems: problems.map(\.description))
        // Encoding strings, numbers and booleans cannot fail.
        return (try? String(decoding: encoder.encode(answer), as: UTF8.self)) ?? "{}"
    }
}

/// The status shared between the rebuild loop and the request handlers.
public actor PreviewState {
    public private(set) var status: PreviewStatus

    public init(_ status: PreviewStatus = PreviewStatus()) { self.status = status }

    /// Records a finished build and bumps the version.
    public func finish(_ outcome: BuildOutcome) {
        status.version += 1
        switch outcome {
        case .built:
            status.problems = []
            status.hasBuiltSite = true
        case .failed(let diagnostics):
            status.problems = diagnostics.sorted()
        }
    }
}

/// How a preview build ended.
public enum BuildOutcome: Equatable, Sendable {
    /// The site was written; the text is the summary printed in the terminal.
    case built(String)
    /// Nothing was written; every diagnostic (errors and warnings), as `check` prints them.
    case failed([Diagnostic])
}

extension PreviewState {
    /// Runs one build and records its outcome (bumping the version either way).
    @discardableResult
    public func rebuild(using build: @Sendable () async -> BuildOutcome) async -> BuildOutcome {
        let outcome = await build()
        finish(outcome)
        return outcome
    }
}
