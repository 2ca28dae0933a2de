import Foundation
import Scoring

/// Writes a rendered site atomically: the whole site is staged in a sibling folder
/// (`site.tmp-XXXXXX`) and swapped into place by renames only when every file was written, so a
/// failed build leaves the previous site as it was. Files identical to the previous site's are
/// hard-linked into the stage instead of rewritten: deleting and recreating whole trees is slow on
/// ext4 without a journal (see MEASUREMENTS.md), while dropping an extra link is cheap.
struct SiteWriter {
    let output: String

    init(output: String) {
        var path = output
        while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
        self.output = path
    }

    var parent: String {
        let url = URL(fileURLWithPath: output)
        let parent = url.deletingLastPathComponent().path
        return output.contains("/") ? parent : "."
    }

    var baseName: String { URL(fileURLWithPath: output).lastPathComponent }

    /// Writes every file of `files` and swaps them into place.
    func write(_ files: [SiteFile]) throws -> BuildSummary {
        let stage = try begin()
        do {
            for file in files { try stage.put(file) }
            return try stage.commit()
        } catch {
            stage.abandon()
            throw Self.located(error, output: output)
        }
    }

    /// Checks the output folder and makes the stage beside it; files are then `put` into the
    /// stage as they are rendered and `commit` swaps it into place.
    func begin() throws -> StagedSite {
        let previous = Self.isDirectory(output) ? output : nil
        if previous == nil, FileManager.default.fileExists(atPath: output) {
            throw SiteError.at(.start(of: output), "输出路径 \(output) 已存在且不是文件夹，拒绝覆盖")
        }
        if let previous {
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: previous)) ?? []
            if !entries.isEmpty && !entries.contains("index.html") {
                throw SiteError.at(.start(of: output),
                                   "输出文件夹 \(output) 不是空的，也不像是本工具生成的网站（没有 index.html），为安全起见拒绝覆盖；请换一个输出文件夹")
            }
        }
        return StagedSite(writer: self, previous: previous, folder: try makeTemporaryFolder(suffix: "tmp"))
    }

    /// A failure while writing, as a located diagnostic.
    static func located(_ error: Error, output: String) -> SiteError {
        if let error = error as? SiteError { return error }
        return SiteError.at(.start(of: output), "写入网站失败：\(error.localizedDescription)；原有网站未改动")
    }

    /// Moves the previous site aside, the stage into place, then drops the previous site.
    func swap(stage: String, previous: String?) throws {
        guard let previous else {
            guard rename(stage, output) == 0 else { throw posixError("无法把新网站移到 \(output)") }
            return
        }
        let aside = try makeTemporaryFolder(suffix: "old")
        guard rename(previous, aside) == 0 else {
            try? FileManager.default.removeItem(atPath: aside)
            throw posixError("无法移开原有网站 \(output)")
        }
        guard rename(stage, output) == 0 else {
            let failure = posixError("无法把新网站移到 \(output)")
            _ = rename(aside, previous)
            throw failure
        }
        try? FileManager.default.removeItem(atPath: aside)
    }

    /// A fresh, world-readable folder next to the output (same file system, so renames work).
    func makeTemporaryFolder(suffix: String) throws -> String {
        var template = Array("\(parent)/\(baseName).\(suffix)-XXXXXX".utf8CString)
        guard let created = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
            throw posixError("无法在 \(parent) 建立临时文件夹")
        }
        let path = String(cString: created)
        chmod(path, 0o755)
        return path
    }

    func posixError(_ message: String) -> SiteError {
        SiteError.at(.start(of: output), message + "（" + String(cString: strerror(errno)) + "）")
    }

    /// Hard-links the previous file into the stage when its bytes are the new ones. Sizes are
    /// compared first, so a changed file is usually told apart without reading it.
    static func linkIfUnchanged(_ old: String, to target: String, bytes: [UInt8]) -> Bool {
        var info = stat()
        guard stat(old, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) == bytes.count else { return false }
        let descriptor = open(old, O_RDONLY | O_CLOEXEC)
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
        guard count == bytes.count, memcmp(existing, bytes, count) == 0 else { return false }
        return link(old, target) == 0
    }

    /// Creates `path` (which must not exist) with `bytes`, in place: no temporary file and rename.
    static func create(_ path: String, bytes: [UInt8]) -> Bool {
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

/// POSIX `write`, reachable from inside `SiteWriter` (whose own `write` hides it).
private func writeSome(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, buffer, count)
}
