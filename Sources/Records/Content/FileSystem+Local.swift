import Foundation

extension FileSystem {
    /// The real disk. A file that cannot be read throws a `FileSystemError` with a Chinese
    /// message (the loader turns it into a diagnostic); nothing here traps. Unconfined it reads
    /// any path; the loader and the theme confine it to their folder (`confined(to:role:)`),
    /// which is what keeps symbolic links from publishing files from elsewhere (`LocalDisk`).
    public static let local = LocalDisk(root: nil).fileSystem

    /// An in-memory file system: `files` maps paths (`content/site.yaml`) to their bytes;
    /// folders are implied by the paths. For tests and previews.
    public static func memory(_ files: [String: [UInt8]]) -> FileSystem {
        FileSystem(
            read: { path in
                guard let bytes = files[path] else { throw FileSystemError("文件不存在") }
                return bytes
            },
            list: { path in
                let prefix = path.hasSuffix("/") ? path : path + "/"
                var entries: [String: EntryKind] = [:]
                for file in files.keys where file.hasPrefix(prefix) {
                    let rest = file.dropFirst(prefix.count)
                    if let slash = rest.firstIndex(of: "/") {
                        entries[String(rest[..<slash])] = .directory
                    } else {
                        entries[String(rest)] = .file
                    }
                }
                guard !entries.isEmpty else { return nil }
                return entries.keys.sorted().map { Entry(name: $0, kind: entries[$0]!) }
            },
            size: { path in files[path]?.count }
        )
    }
}

/// The disk, optionally confined to a root folder (docs/safety.md §6).
///
/// Confined, every path is walked component by component below the root's real path, and each
/// symbolic link met on the way (or listed in a folder) is resolved with realpath and followed
/// only when it leads to a file inside the root. It is refused, with a message naming the link
/// and where it points, when it points outside the root, dangles, forms a loop, or points to a
/// folder: links to folders are never followed, so no walk can loop and no folder from elsewhere
/// is listed. The root itself may be a link (records kept on another disk).
///
/// Checking and opening are two steps; the open refuses a link that appeared in between
/// (`O_NOFOLLOW`), and only regular files are read. Unconfined, paths are used as given (links
/// followed), except that a listing never presents a link to a folder as a folder.
struct LocalDisk: Sendable {
    /// The folder reads are confined to.
    struct Root: Sendable {
        /// As the caller spells it (`content`, `/srv/q/content/`): paths passed start with it.
        let given: String
        /// Its real path; nil when it does not exist.
        let real: String?
        /// Its name in messages: 记录文件夹, 主题文件夹.
        let role: String

        /// `given` without its trailing slashes (but "/" stays "/").
        private let trimmed: String

        init(given: String, role: String) {
            self.given = given
            self.role = role
            real = LocalDisk.realPath(given.isEmpty ? "." : given)
            var text = given
            while text.utf8.count > 1 && text.utf8.last == UInt8(ascii: "/") { text.removeLast() }
            trimmed = text
        }

        /// The root as messages show it.
        var shown: String { given.isEmpty ? "." : trimmed }

        /// The components of `path` below the root. Throws for a path outside it or one that
        /// climbs out with `..` (the loader never builds one; a caller might).
        /// Compared and split as bytes: every record file is resolved through here, and
        /// splitting by `Character` cost more than the file's system calls.
        func components(of path: String) throws -> [String] {
            let bytes = path.utf8
            let slash = UInt8(ascii: "/")
            let rest: Substring.UTF8View
            let base = trimmed.utf8
            if given.isEmpty {
                rest = path[...].utf8
            } else if path == given || path == trimmed {
                rest = ""[...].utf8
            } else if trimmed == "/", bytes.first == slash {
                rest = path.dropFirst().utf8
            } else if bytes.starts(with: base), bytes.dropFirst(base.count).first == slash {
                rest = path[path.utf8.index(path.startIndex, offsetBy: base.count + 1)...].utf8
            } else {
                throw FileSystemError("\(path) 不在\(role) \(shown) 之内，不读取")
            }
            var parts: [String] = []
            for part in rest.split(separator: slash) where !part.elementsEqual(CollectionOfOne(UInt8(ascii: "."))) {
                if part.elementsEqual([UInt8(ascii: "."), UInt8(ascii: ".")]) {
                    throw FileSystemError("路径 \(path) 含有“..”，不能离开\(role) \(shown)")
                }
                parts.append(String(decoding: part, as: UTF8.self))
            }
            return parts
        }

        /// `components` below the root, spelled as the loader spells paths (ContentFiles.path).
        func display(_ components: some Collection<String>) -> String {
            let relative = components.joined(separator: "/")
            if relative.isEmpty { return given }
            if given.isEmpty { return relative }
            return given.hasSuffix("/") ? given + relative : given + "/" + relative
        }
    }

    let root: Root?

    var fileSystem: FileSystem {
        var fileSystem = FileSystem(read: { try read($0) }, list: { try list($0) }, size: { try size($0) })
        fileSystem.readRefusesOversized = true
        fileSystem.confinement = { root, role in LocalDisk(root: Root(given: root, role: role)).fileSystem }
        return fileSystem
    }

    // MARK: Operations

    private func read(_ path: String) throws -> [UInt8] {
        guard let real = try resolve(path) else { throw FileSystemError("文件不存在") }
        var info = stat()
        guard stat(real, &info) == 0 else { throw FileSystemError("文件不存在") }
        if info.st_mode & S_IFMT == S_IFDIR { throw FileSystemError("这是一个文件夹，不是文件") }
        // A FIFO would block the build until something writes to it, a device may never end:
        // only regular files are records.
        guard info.st_mode & S_IFMT == S_IFREG else { throw FileSystemError("这不是普通文件（可能是管道或设备）") }
        // O_NONBLOCK: should the file have become a FIFO since the check, opening does not wait.
        let flags = O_RDONLY | O_CLOEXEC | O_NONBLOCK | (root == nil ? 0 : O_NOFOLLOW)
        let descriptor = open(real, flags)
        guard descriptor >= 0 else {
            throw FileSystemError(errno == EACCES ? "没有读取权限" : "无法读取文件（\(Self.reason(errno))）")
        }
        defer { close(descriptor) }
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            throw FileSystemError("这不是普通文件（可能是管道或设备）")
        }
        // Refused from its size, before a byte is read (`FileSystem.readRefusesOversized`).
        guard Int(info.st_size) <= FileSystem.readLimit else {
            throw FileSystemError("文件过大", size: Int(info.st_size))
        }
        // Never more than one byte past the loader's size limit: a file that grows meanwhile
        // stays bounded. Read straight into the array, which is neither zeroed nor copied.
        let capacity = FileSystem.readLimit + 1
        var bytes: [UInt8] = []
        var wanted = min(capacity, Int(info.st_size) + 1)
        while true {
            let (part, failure) = FileBytes.read(descriptor, atMost: wanted)
            if let failure { throw FileSystemError("无法读取文件（\(Self.reason(failure))）") }
            if bytes.isEmpty { bytes = part } else { bytes += part }
            // Fewer bytes than asked: the file ended.
            if part.count < wanted || bytes.count >= capacity { return bytes }
            wanted = min(max(wanted, 4096), capacity - bytes.count)
        }
    }

    private func list(_ path: String) throws -> [FileSystem.Entry]? {
        guard let real = try resolve(path) else { return nil }
        var info = stat()
        guard stat(real, &info) == 0 else { return nil }
        guard info.st_mode & S_IFMT == S_IFDIR else { throw FileSystemError("这是一个文件，不是文件夹") }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: real)
        } catch {
            throw FileSystemError("无法列出文件夹内容（没有权限？）")
        }
        let parts = root == nil ? [] : try root!.components(of: path)
        return names.sorted().map { name in
            let full = real == "/" ? "/" + name : real + "/" + name
            var info = stat()
            guard lstat(full, &info) == 0 else { return FileSystem.Entry(name: name, kind: .file) }
            switch info.st_mode & S_IFMT {
            case S_IFLNK:
                let shown = root?.display(parts + [name]) ?? (path.hasSuffix("/") ? path + name : path + "/" + name)
                do {
                    _ = try follow(full, shown: shown, from: real)
                    return FileSystem.Entry(name: name, kind: .file)
                } catch let error as FileSystemError {
                    return FileSystem.Entry(name: name, kind: .refusedLink(error.message))
                } catch {
                    return FileSystem.Entry(name: name, kind: .refusedLink("符号链接 \(shown) 无法解析"))
                }
            case S_IFDIR:
                return FileSystem.Entry(name: name, kind: .directory)
            default:
                return FileSystem.Entry(name: name, kind: .file)
            }
        }
    }

    private func size(_ path: String) throws -> Int? {
        // nil for anything but a regular file (a FIFO or a device has no meaningful size:
        // `read`'s bound applies then).
        guard let real = try resolve(path) else { return nil }
        var info = stat()
        guard stat(real, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        return Int(info.st_size)
    }

    // MARK: Links

    /// The real path of `path`, every link on the way checked (`follow`); nil when something on
    /// the way does not exist (or is a file where a folder should be). Unconfined: `path`.
    private func resolve(_ path: String) throws -> String? {
        guard let root else { return path }
        guard let rootReal = root.real else { return nil }
        let parts = try root.components(of: path)
        var current = rootReal
        for (index, part) in parts.enumerated() {
            let candidate = current == "/" ? "/" + part : current + "/" + part
            var info = stat()
            guard lstat(candidate, &info) == 0 else {
                if errno == ENOENT || errno == ENOTDIR { return nil }
                throw FileSystemError("无法访问 \(root.display(parts[...index]))（\(Self.reason(errno))）")
            }
            if info.st_mode & S_IFMT == S_IFLNK {
                current = try follow(candidate, shown: root.display(parts[...index]), from: current)
            } else {
                current = candidate
            }
        }
        return current
    }

    /// The real path of the file the link at `link` (in the real folder `folder`) leads to, or
    /// the reason it is refused, as a `FileSystemError` naming the link (`shown`) and its target.
    private func follow(_ link: String, shown: String, from folder: String) throws -> String {
        let target = Self.destination(of: link)
        guard let real = Self.realPath(link) else {
            let code = errno
            switch code {
            case ELOOP:
                throw FileSystemError("符号链接 \(shown) 指向 \(target)，形成循环（链接互相指向）", link: shown)
            case ENOENT, ENOTDIR:
                throw FileSystemError("符号链接 \(shown) 指向不存在的 \(target)", link: shown)
            default:
                throw FileSystemError("符号链接 \(shown) 指向 \(target)，无法解析（\(Self.reason(code))）", link: shown)
            }
        }
        if let root, let rootReal = root.real, !Self.isSameOrInside(real, rootReal) {
            throw FileSystemError("符号链接 \(shown) 指向 \(real)，在\(root.role) \(root.shown) 之外，为安全起见不读取", link: shown)
        }
        var info = stat()
        if stat(real, &info) == 0, info.st_mode & S_IFMT == S_IFDIR {
            if Self.isSameOrInside(folder, real) {
                throw FileSystemError("符号链接 \(shown) 指向 \(target)（它所在的文件夹或其上级），形成循环", link: shown)
            }
            throw FileSystemError("符号链接 \(shown) 指向文件夹 \(target)；只跟随指向文件的链接，不跟随指向文件夹的链接", link: shown)
        }
        return real
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The link's text as written (`ln -s TEXT`), for messages.
    private static func destination(of link: String) -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink(link, &buffer, buffer.count - 1)
        guard count >= 0 else { return "?" }
        return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    private static func isSameOrInside(_ inner: String, _ outer: String) -> Bool {
        inner == outer || outer == "/" || inner.utf8.starts(with: (outer + "/").utf8)
    }

    private static func reason(_ code: Int32) -> String { String(cString: strerror(code)) }
}
