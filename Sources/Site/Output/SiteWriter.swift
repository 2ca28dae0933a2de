import Foundation
import Scoring

/// Writes a rendered site atomically: the whole site is staged in a sibling folder
/// (`site.tmp-XXXXXX`) and swapped into place only when every file was written, so a failed or
/// killed build leaves the previous site as it was (docs/safety.md). On Linux the swap is one
/// `renameat2(RENAME_EXCHANGE)`, so `site/` is never missing; elsewhere it is two renames and
/// the next build puts a moved-aside site back if a build died between them. Everything happens
/// under an exclusive lock beside the output (`BuildLock`), after `OutputGuard` has agreed.
/// Files identical to the previous site's are hard-linked into the stage instead of rewritten:
/// deleting and recreating whole trees is slow on ext4 without a journal (see MEASUREMENTS.md),
/// while dropping an extra link is cheap.
struct SiteWriter {
    /// The output folder as the user gave it, for messages.
    let output: String
    /// Told when the build has to wait for another one (standard error by default).
    var notice: @Sendable (String) -> Void = { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }

    init(output: String) {
        var path = output
        while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
        self.output = path
    }

    func write(_ files: [SiteFile]) throws -> BuildSummary {
        // Refuse before touching anything, even the lock file.
        let target = try OutputGuard().check(output: output)
        let folder = OutputFolder(path: target)
        try createParent(folder.parent)
        let lock = try BuildLock(path: folder.lockFile, output: output, notice: notice)
        defer { withExtendedLifetime(lock) {} }
        TestPause.at("lock")
        // Another build may have changed the folder while this one waited.
        try OutputGuard().check(output: output)
        folder.cleanLeftovers()

        let previous = OutputPath.kind(of: target) == .directory ? target : nil
        let stage = try makeTemporaryFolder(folder.stagePrefix)
        do {
            let summary = try fill(stage: stage, with: [SiteMarker.file] + files.filter { $0.path != SiteMarker.file.path },
                                   previous: previous)
            TestPause.at("swap")
            if let previous, !SiteMarker.isMarked(previous) {
                // A site from before the marker: mark it, so its leftovers are provably ours.
                try? SiteMarker.text.write(toFile: previous + "/" + SiteMarker.fileName, atomically: false, encoding: .utf8)
            }
            try swap(stage: stage, previous: previous, folder: folder)
            return summary
        } catch {
            try? FileManager.default.removeItem(atPath: stage)
            if let error = error as? SiteError { throw error }
            throw SiteError.at(.start(of: output), "写入网站失败：\(error.localizedDescription)；原有网站未改动")
        }
    }

    /// Writes every file into the stage (the marker first, so a stage left by a killed build is
    /// recognisable), linking the unchanged ones from the previous site.
    func fill(stage: String, with files: [SiteFile], previous: String?) throws -> BuildSummary {
        var summary = BuildSummary(written: 0, unchanged: 0, removed: 0)
        var folders: Set<String> = [stage]
        for (index, file) in files.enumerated() {
            if index == files.count / 2 { TestPause.at("stage") }
            let target = stage + "/" + file.path.value
            let folder = (target as NSString).deletingLastPathComponent
            if !folders.contains(folder) {
                do {
                    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                } catch {
                    throw SiteError.at(.start(of: output), "无法建立文件夹 \(folder)；原有网站未改动")
                }
                folders.insert(folder)
            }
            if let previous, Self.linkIfUnchanged(previous + "/" + file.path.value, to: target, bytes: file.bytes) {
                summary.unchanged += 1
            } else {
                try writeFile(target, file.bytes)
                summary.written += 1
            }
        }
        if let previous {
            let kept = Set(files.map(\.path.value))
            summary.removed = Self.files(under: previous).filter { !kept.contains($0) }.count
        }
        return summary
    }

    /// Puts the stage in place of the previous site, then deletes the previous site.
    func swap(stage: String, previous: String?, folder: OutputFolder) throws {
        guard let previous else {
            guard rename(stage, folder.path) == 0 else { throw posixError("无法把新网站移到 \(output)") }
            return
        }
        if AtomicExchange.exchange(stage, previous) {
            // The stage's name now holds the previous site.
            TestPause.at("cleanup")
            try? FileManager.default.removeItem(atPath: stage)
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
        TestPause.at("cleanup")
        try? FileManager.default.removeItem(atPath: aside)
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

    /// Writes a new file, reporting the system's reason when it cannot.
    func writeFile(_ path: String, _ bytes: [UInt8]) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw posixError("无法写入 \(path)") }
        defer { close(descriptor) }
        var offset = 0
        while offset < bytes.count {
            let count = bytes[offset...].withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw posixError("无法写入 \(path)")
            }
            offset += count
        }
    }

    func posixError(_ message: String) -> SiteError {
        SiteError.at(.start(of: output), message + "（" + String(cString: strerror(errno)) + "）；原有网站未改动")
    }

    /// Hard-links the previous file into the stage when its bytes are the new ones.
    static func linkIfUnchanged(_ old: String, to target: String, bytes: [UInt8]) -> Bool {
        var info = stat()
        guard lstat(old, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) == bytes.count,
              let existing = FileManager.default.contents(atPath: old), existing.elementsEqual(bytes) else { return false }
        return link(old, target) == 0
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
