/// What a build does besides writing the site, injected so the library prints nothing and reads
/// no environment: the CLI passes standard error and, for the process tests, the test pauses
/// (`Sources/qunfang/Support/TestPause.swift`, documented in docs/safety.md); the default is
/// silent.
public struct BuildHooks: Sendable {
    /// Told a notice for the user, e.g. that another build holds the lock and this one waits.
    public var notice: @Sendable (String) -> Void
    /// Called at each named point of writing the site, in order: `lock` (lock held, nothing
    /// touched), `stage` (stage half written), `swap` (stage complete), `cleanup` (swapped, the
    /// old site not yet deleted).
    public var checkpoint: @Sendable (String) -> Void

    public init(notice: @escaping @Sendable (String) -> Void = { _ in },
                checkpoint: @escaping @Sendable (String) -> Void = { _ in }) {
        self.notice = notice
        self.checkpoint = checkpoint
    }

    /// Nothing printed, no pause.
    public static let silent = BuildHooks()
}
