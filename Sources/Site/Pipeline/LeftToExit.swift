import Foundation

/// Values a process that is about to exit leaves for the exit to reclaim, instead of freeing
/// them value by value: the records, scores, views and manifests of a large site are millions
/// of small allocations, and freeing them took about a tenth of a rebuild of 10,000
/// communities. Compilers do the same (clang's `-disable-free`). Only `qunfang build`, which
/// exits right after its one build, asks for it (`SitePipeline.freesMemory`); `serve`, which
/// builds again and again, frees as usual.
enum LeftToExit {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var values: [Any] = []

    /// Keeps `value` alive until the process ends.
    static func leave(_ value: Any) {
        lock.withLock { values.append(value) }
    }
}
