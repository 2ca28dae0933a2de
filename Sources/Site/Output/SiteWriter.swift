import Foundation
import Parallel
import Records
import Scoring

/// Writes a rendered site atomically: the whole site is staged in a sibling folder
/// (`site.tmp-XXXXXX`) and swapped into place only when every file was written, so a failed or
/// killed build leaves the previous site as it was (docs/safety.md). On Linux the swap is one
/// `renameat2(RENAME_EXCHANGE)`, so `site/` is never missing; elsewhere it is two renames and
/// the next build puts a moved-aside site back if a build died between them. Everything happens
/// under an exclusive lock beside the output (`BuildLock`), after `OutputGuard` has agreed.
/// The stage is the site the build before last replaced, when it was kept (`KeptSite`), so only
/// the files that differ from it are touched; files identical to the previous site's are
/// hard-linked instead of rewritten: deleting and recreating whole trees is slow on ext4
/// without a journal (docs/performance.md).
///
/// `begin()` makes the stage, `StagedSite.put` writes each page into it as soon as it is
/// rendered (from any thread), and `StagedSite.commit` swaps it into place.
struct SiteWriter {
    /// The output folder as the user gave it, for messages.
    let output: String
    /// The notice sink and the checkpoints of the write.
    let hooks: BuildHooks

    init(output: String, hooks: BuildHooks = .silent) {
        var path = output
        while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
        self.output = path
        self.hooks = hooks
    }

    /// Checks the output folder (before touching anything, even the lock file), takes the lock,
    /// clears what killed builds left, and makes the stage, from the kept site when there is a
    /// usable one in `cache` (`KeptSite`), with the site marker written first, so a stage left
    /// by a killed build is recognisable as ours. Without `cache` no site is kept. The kept
    /// site's manifest and the live site's (`StagedSite.previousListing`) are read at the same
    /// time, under the lock.
    func begin(keepingIn cache: CacheFolder? = nil) throws -> StagedSite {
        let target = try OutputGuard().check(output: output)
        let folder = OutputFolder(path: target)
        try createParent(folder.parent)
        let lock = try BuildLock(path: folder.lockFile, output: output, notice: hooks.notice)
        hooks.checkpoint("lock")
        // Another build may have changed the folder while this one waited.
        try OutputGuard().check(output: output)
        folder.cleanLeftovers()
        let kept = cache.map { KeptSite(cache: $0, output: target) }
        if let cache { KeptSite.prune(cache) }
        let previous = OutputPath.kind(of: target) == .directory ? target : nil
        let path = try makeTemporaryFolder(folder.stagePrefix)
        let (base, listing) = ParallelMap.both({ kept?.take(into: path) ?? RenderManifest() }, {
            guard previous != nil, let cache else { return RenderManifest() }
            return RenderManifest.load(from: cache, output: target)
        })
        let stage = StagedSite(writer: self, output: folder, previous: previous, folder: path, base: base,
                               previousListing: listing, kept: kept, lock: lock)
        do {
            try stage.put(SiteMarker.file, at: IncrementalWriter.markerPosition, counted: false)
        } catch {
            stage.abandon()
            throw Self.located(error, output: output)
        }
        return stage
    }

    /// A failure while writing, as a located diagnostic.
    static func located(_ error: Error, output: String) -> SiteError {
        if let error = error as? SiteError { return error }
        return SiteError.at(.start(of: output), "写入网站失败：\(error.localizedDescription)；原有网站未改动")
    }

    /// Puts the stage in place of the previous site, then hands the previous site to `keep`
    /// (true when it kept it) or deletes it.
    func swap(stage: String, previous: String?, folder: OutputFolder, keep: (String) -> Bool) throws {
        hooks.checkpoint("swap")
        guard let previous else {
            guard rename(stage, folder.path) == 0 else { throw posixError("无法把新网站移到 \(output)") }
            return
        }
        if AtomicExchange.exchange(stage, previous) {
            // The stage's name now holds the previous site.
            hooks.checkpoint("cleanup")
            if !keep(stage) { try? FileManager.default.removeItem(atPath: stage) }
            return
        }
        let aside = try makeTemporaryFolder(folder.asidePrefix)
        guard rename(previous, aside) == 0 else {
            try? FileManager.default.removeItem(atPath: aside)
            throw posixError("无法移开原有网站 \(output)")
        }
        guard rename(stage, previous) == 0 else {
            let failure = posixError("无法把新网站移到 \(output)")
            _ = rename(aside, previous)
            throw failure
        }
        hooks.checkpoint("cleanup")
        if !keep(aside) { try? FileManager.default.removeItem(atPath: aside) }
    }

    /// Creates the output's parent folders when they do not exist yet.
    func createParent(_ parent: String) throws {
        guard OutputPath.kind(of: parent) != .directory else { return }
        do {
            try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        } catch {
            throw SiteError.at(.start(of: output), "无法建立输出文件夹的上级 \(parent)；未做任何改动")
        }
    }

    /// A fresh, world-readable folder `prefix` + six random characters (same file system as the
    /// output, so renames work).
    func makeTemporaryFolder(_ prefix: String) throws -> String {
        var template = Array("\(prefix)XXXXXX".utf8CString)
        guard let created = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
            throw posixError("无法在 \(OutputPath.parent(of: prefix)) 建立临时文件夹")
        }
        let path = String(cString: created)
        chmod(path, 0o755)
        return path
    }

    func posixError(_ message: String) -> SiteError {
        SiteError.at(.start(of: output), message + "（" + String(cString: strerror(errno)) + "）；原有网站未改动")
    }

    /// Whether the regular file at `path` holds exactly `bytes`. Sizes are compared first, so a
    /// changed file is usually told apart without reading it.
    static func holds(_ path: String, bytes: [UInt8]) -> Bool {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) == bytes.count else { return false }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var existing = [UInt8](repeating: 0, count: bytes.count + 1)
        var count = 0
        while count < existing.count {
            let got = existing.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + count, $0.count - count) }
            if got < 0 && errno == EINTR { continue }
            guard got > 0 else { break }
            count += got
        }
        return count == bytes.count && memcmp(existing, bytes, count) == 0
    }

    /// Makes `target`, a file of the stage, a hard link to `source`. What `target` was is
    /// unlinked first, never written: it may be a link shared with the live site. Only ever in
    /// a stage, which nobody reads until it is swapped in whole (a build killed between the
    /// unlink and the link leaves a stage that is thrown away), so the replacement need not be
    /// one step: three system calls, not a link under a temporary name renamed over the file
    /// (six, with the clean-ups), which made catching up a kept site after a rank change slow.
    static func link(_ source: String, over target: String) -> Bool {
        if hardLink(source, target) == 0 { return true }
        guard errno == EEXIST, unlink(target) == 0 || errno == ENOENT else { return false }
        return hardLink(source, target) == 0
    }

    /// Writes `bytes` as a new file at `path` of the stage: created in place when `path` must
    /// not exist yet, or (`replacing`) after unlinking whatever is there (never written into:
    /// it may be a link shared with the live site; see `link`).
    static func create(_ path: String, bytes: [UInt8], replacing: Bool = false) -> Bool {
        if replacing, unlink(path) != 0, errno != ENOENT { return false }
        return createNew(path, bytes: bytes)
    }

    /// Creates `path` (which must not exist) with `bytes`.
    private static func createNew(_ path: String, bytes: [UInt8]) -> Bool {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return false }
        var done = 0
        while done < bytes.count {
            let wrote = bytes.withUnsafeBytes { writeSome(descriptor, $0.baseAddress! + done, $0.count - done) }
            if wrote < 0 && errno == EINTR { continue }
            guard wrote > 0 else { close(descriptor); return false }
            done += wrote
        }
        return close(descriptor) == 0
    }

    static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// Regular files under `folder`, as relative paths.
    static func files(under folder: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        var result: [String] = []
        while let path = enumerator.nextObject() as? String {
            if !isDirectory(folder + "/" + path) { result.append(path) }
        }
        return result
    }
}

/// POSIX `link`, reachable from inside `SiteWriter` (whose own `link` hides it).
private func hardLink(_ source: String, _ target: String) -> Int32 {
    link(source, target)
}

/// POSIX `write`, reachable from inside `SiteWriter` (whose own `write` hides it).
private func writeSome(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, buffer, count)
}
