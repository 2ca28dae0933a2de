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

    func write(_ files: [SiteFile]) throws -> BuildSummary {
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
        let stage = try makeTemporaryFolder(suffix: "tmp")
        do {
            var summary = BuildSummary(written: 0, unchanged: 0, removed: 0)
            var folders: Set<String> = [stage]
            for file in files {
                let target = stage + "/" + file.path.value
                let folder = (target as NSString).deletingLastPathComponent
                if !folders.contains(folder) {
                    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                    folders.insert(folder)
                }
                if let previous, Self.linkIfUnchanged(previous + "/" + file.path.value, to: target, bytes: file.bytes) {
                    summary.unchanged += 1
                } else {
                    guard FileManager.default.createFile(atPath: target, contents: Data(file.bytes)) else {
                        throw SiteError.at(.start(of: output), "无法写入 \(target)")
                    }
                    summary.written += 1
                }
            }
            if let previous {
                let kept = Set(files.map(\.path.value))
                summary.removed = Self.files(under: previous).filter { !kept.contains($0) }.count
            }
            try swap(stage: stage, previous: previous)
            return summary
        } catch {
            try? FileManager.default.removeItem(atPath: stage)
            if let error = error as? SiteError { throw error }
            throw SiteError.at(.start(of: output), "写入网站失败：\(error.localizedDescription)；原有网站未改动")
        }
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

    /// Hard-links the previous file into the stage when its bytes are the new ones.
    static func linkIfUnchanged(_ old: String, to target: String, bytes: [UInt8]) -> Bool {
        var info = stat()
        guard stat(old, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) == bytes.count,
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
