import Foundation

/// `.qunfang-cache/` in the project: beside the content folder (`PARENT/.qunfang-cache/` for
/// `PARENT/content`), where a build keeps what lets the next one skip work, the record cache
/// (`content.records`), each output's render manifest (`site.1a2b….manifest`) and the site that
/// output's last build replaced (`site.1a2b….kept`, with its own manifest). It is never
/// beside or inside the output, which may be a web server's folder (docs/safety.md §7): the
/// output can be anywhere, the project is where the records already are. The folder is made
/// mode 0700, its files 0600 and the kept sites' folders 0700: only the user who builds can
/// read them.
public struct CacheFolder: Sendable {
    /// The folder itself.
    public let path: String
    /// The content folder's own name, which names the record cache.
    let contentName: String

    /// The cache folder of the content folder `content` (as given: relative to the current
    /// folder or absolute). Its parent is found from the path as written, not resolved, so a
    /// content folder that is a link to another disk keeps its cache in the project.
    public init(content: String) {
        let absolute = content.hasPrefix("/") ? content : FileManager.default.currentDirectoryPath + "/" + content
        var components: [String] = []
        for component in absolute.split(separator: "/").map(String.init) {
            switch component {
            case "", ".": continue
            case "..": if !components.isEmpty { components.removeLast() }
            default: components.append(component)
            }
        }
        contentName = components.last ?? "content"
        path = "/" + components.dropLast().map { $0 + "/" }.joined() + ".qunfang-cache"
    }

    /// The record cache: `.qunfang-cache/CONTENT.records`.
    public var recordsFile: String { path + "/" + contentName + ".records" }

    /// The render manifest of the site at `output` (resolved, absolute): named after the output
    /// folder and a digest of its path, so two outputs of one project keep apart.
    public func manifestFile(forOutput output: String) -> String {
        file(forOutput: output, suffix: ".manifest")
    }

    /// The site that the last build of `output` replaced, kept so the next build updates it in
    /// place instead of making a new tree (`KeptSite` in the Site module): `site.1a2b….kept`.
    public func keptSiteFolder(forOutput output: String) -> String {
        file(forOutput: output, suffix: ".kept")
    }

    /// What the kept site holds, file by file: `site.1a2b….kept.manifest`.
    public func keptManifestFile(forOutput output: String) -> String {
        file(forOutput: output, suffix: ".kept.manifest")
    }

    /// `NAME.DIGEST` + `suffix` in the folder, for the output folder `output` (resolved).
    private func file(forOutput output: String, suffix: String) -> String {
        let name = output.split(separator: "/").last.map(String.init) ?? "site"
        var digest = ContentDigest()
        digest.add(output)
        return path + "/" + name + "." + String(digest.hex.prefix(16)) + suffix
    }

    /// Makes the folder (mode 0700) when it is missing; false when it cannot be used (it is not
    /// a folder, or is a symbolic link).
    public func prepared() -> Bool { prepare() }

    /// Writes `bytes` to `file` (inside the folder) in one step: a temporary file created mode
    /// 0600 and renamed into place, so a reader never sees half a file and no other user can
    /// read it. The folder is created mode 0700 first (and set to 0700 when an earlier version
    /// made it wider); a folder that is a symbolic link is not written into, since it could
    /// lead anywhere. Best effort: false when anything failed, which only costs the next build
    /// its shortcut.
    @discardableResult
    public func write(_ bytes: [UInt8], to file: String) -> Bool {
        write(pieces: [bytes[...]], to: file)
    }

    /// `write` of the bytes of `pieces`, one after the other, without joining them first.
    @discardableResult
    public func write(pieces: [ArraySlice<UInt8>], to file: String) -> Bool {
        guard prepare() else { return false }
        let temporary = file + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return false }
        var failed = false
        for bytes in pieces where !failed {
            var done = 0
            while done < bytes.count && !failed {
                let wrote = bytes.withUnsafeBytes { writeSome(descriptor, $0.baseAddress! + done, $0.count - done) }
                if wrote < 0 && errno == EINTR { continue }
                if wrote <= 0 { failed = true } else { done += wrote }
            }
        }
        if close(descriptor) != 0 { failed = true }
        guard !failed, rename(temporary, file) == 0 else {
            unlink(temporary)
            return false
        }
        return true
    }

    /// The bytes of the regular file `file`, read into one array (its size asked first, no
    /// intermediate `Data`), or its first `limit` bytes; nil when they cannot be read whole.
    public static func contents(of file: String, limit: Int = .max) -> [UInt8]? {
        let descriptor = open(file, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        return FileBytes.read(descriptor, count: min(Int(info.st_size), limit))
    }

    /// Removes `file` from the folder (a manifest that no longer describes the site).
    public func remove(_ file: String) {
        unlink(file)
    }

    /// The folder, private to the user: made 0700, or set to 0700 when it is the user's and wider.
    private func prepare() -> Bool {
        var info = stat()
        if lstat(path, &info) != 0 {
            let parent = (path as NSString).deletingLastPathComponent
            try? FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
            guard mkdir(path, 0o700) == 0 || errno == EEXIST, lstat(path, &info) == 0 else { return false }
        }
        guard info.st_mode & S_IFMT == S_IFDIR else { return false }
        if info.st_mode & 0o077 != 0 && info.st_uid == getuid() { chmod(path, 0o700) }
        return true
    }

    /// Removes the caches earlier versions kept beside the output folder (`.qunfang-cache/NAME.records`
    /// and `NAME.manifest` next to `output`, which may be in a web server's folder and held full
    /// phone numbers and addresses), and that folder when nothing else is left in it. Only
    /// regular files of exactly those names are removed.
    public static func removeOldCaches(besideOutput output: String) {
        let name = output.split(separator: "/").last.map(String.init) ?? ""
        guard !name.isEmpty else { return }
        let folder = (output as NSString).deletingLastPathComponent + "/.qunfang-cache"
        for kind in ["records", "manifest"] {
            let file = folder + "/" + name + "." + kind
            var info = stat()
            if lstat(file, &info) == 0, info.st_mode & S_IFMT == S_IFREG { unlink(file) }
        }
        rmdir(folder)   // only when empty: it may also be the project's own cache folder
    }
}

/// POSIX `write`, reachable from inside `CacheFolder` (whose own `write` hides it).
private func writeSome(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, buffer, count)
}
