import Foundation

/// Real, absolute paths for comparing folders: `.`, `..` and symbolic links are resolved, so
/// `--output ./content/..` and `--output link-to-content` are recognised for what they are.
enum OutputPath {
    /// The absolute path with every existing component's symbolic links resolved. Components
    /// that do not exist yet are appended as written (`..` after them drops the last one).
    static func resolve(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var current = "/"
        var existing = true
        for component in absolute.split(separator: "/").map(String.init) {
            switch component {
            case "", ".":
                continue
            case "..":
                current = parent(of: current)
            default:
                let candidate = current == "/" ? "/" + component : current + "/" + component
                var info = stat()
                if existing, lstat(candidate, &info) == 0, let real = realPath(candidate) {
                    current = real
                } else {
                    // Once a component is missing, nothing below it can be a link.
                    existing = false
                    current = candidate
                }
            }
        }
        return current
    }

    /// `realpath(3)`, or nil (a dangling link, a loop, no permission).
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The folder holding `path` ("/" for "/").
    static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/"), slash != path.startIndex else { return "/" }
        return String(path[..<slash])
    }

    /// Whether `inner` is `outer` itself or lies somewhere below it.
    static func isSameOrInside(_ inner: String, _ outer: String) -> Bool {
        inner == outer || outer == "/" || inner.hasPrefix(outer + "/")
    }

    enum Kind: Equatable { case missing, directory, other }

    /// What is at `path`, following symbolic links.
    static func kind(of path: String) -> Kind {
        var info = stat()
        guard stat(path, &info) == 0 else { return errno == ENOENT || errno == ENOTDIR ? .missing : .other }
        return (info.st_mode & S_IFMT) == S_IFDIR ? .directory : .other
    }

    /// Whether `path` itself (not followed) is a real folder.
    static func isPlainDirectory(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// Whether `path` itself (not followed) is a regular file.
    static func isRegularFile(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    }
}
