import Foundation

/// A site being written: `SiteWriter.begin()` makes the stage folder, `put` writes each file into
/// it as soon as it is rendered (from any thread), and `commit` swaps the stage into place, or
/// `abandon` drops it and leaves the previous site as it was. A file whose bytes equal the previous
/// site's is hard-linked from it instead of written.
final class StagedSite: @unchecked Sendable {
    let writer: SiteWriter
    /// The resolved output folder and its siblings.
    let output: OutputFolder
    /// The site being replaced, when there is one.
    let previous: String?
    /// The stage folder (`site.tmp-XXXXXX`).
    let folder: String
    /// Held until the stage is committed or abandoned: no other build writes meanwhile.
    private var buildLock: BuildLock?
    // Guarded by `lock`: puts come from several threads at once.
    private let lock = NSLock()
    private var folders: Set<String>
    private var paths: Set<String> = []
    private var written = 0
    private var unchanged = 0

    init(writer: SiteWriter, output: OutputFolder, previous: String?, folder: String, lock: BuildLock) {
        self.writer = writer
        self.output = output
        self.previous = previous
        self.folder = folder
        self.folders = [folder]
        self.buildLock = lock
    }

    /// Writes (or links) one file into the stage; true when it was unchanged from the previous site.
    /// `counted` is false for the site marker, which is not one of the site's pages.
    @discardableResult
    func put(_ file: SiteFile, counted: Bool = true) throws -> Bool {
        let relative = file.path.value
        let target = folder + "/" + relative
        try makeParent(of: target)
        let same: Bool
        if let previous, SiteWriter.linkIfUnchanged(previous + "/" + relative, to: target, bytes: file.bytes) {
            same = true
        } else {
            guard SiteWriter.create(target, bytes: file.bytes) else {
                throw writer.posixError("无法写入 \(target)")
            }
            same = false
        }
        let count = lock.withLock {
            paths.insert(relative)
            if counted { if same { unchanged += 1 } else { written += 1 } }
            return written + unchanged
        }
        // After the marker and the first page: a kill here leaves a half-written stage.
        if count == 1 && counted { writer.hooks.checkpoint("stage") }
        return same
    }

    /// Hard-links the previous site's file at `relative` into the stage, without reading it, when
    /// it is still the file `stamp` describes; true when it was linked (counted as unchanged).
    func linkPrevious(_ relative: String, ifStill stamp: RenderManifest.Stamp) throws -> Bool {
        guard let previous else { return false }
        let old = previous + "/" + relative
        guard RenderManifest.Stamp(path: old) == stamp else { return false }
        let target = folder + "/" + relative
        try makeParent(of: target)
        guard link(old, target) == 0 else { return false }
        lock.withLock {
            paths.insert(relative)
            unchanged += 1
        }
        return true
    }

    /// The staged file's identity, once it is written or linked.
    func stamp(of relative: String) -> RenderManifest.Stamp? {
        RenderManifest.Stamp(path: folder + "/" + relative)
    }

    private func makeParent(of target: String) throws {
        let parent = (target as NSString).deletingLastPathComponent
        try lock.withLock {
            if !folders.contains(parent) {
                try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
                folders.insert(parent)
            }
        }
    }

    /// Swaps the stage into place; what was written, carried over and dropped.
    func commit() throws -> BuildSummary {
        let summary = lock.withLock {
            var summary = BuildSummary(written: written, unchanged: unchanged, removed: 0)
            if let previous {
                summary.removed = SiteWriter.files(under: previous).filter { !paths.contains($0) }.count
            }
            return summary
        }
        do {
            try writer.swap(stage: folder, previous: previous, folder: output)
        } catch {
            abandon()
            throw error
        }
        buildLock = nil
        return summary
    }

    /// Drops the stage; the previous site stays as it was.
    func abandon() {
        try? FileManager.default.removeItem(atPath: folder)
        buildLock = nil
    }
}
