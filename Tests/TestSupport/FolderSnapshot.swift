import Foundation

/// A folder's tree for comparing whole outputs byte for byte.
public enum FolderSnapshot {
    /// Every file and folder under `folder` (links not followed, shown as `→target`) with the bytes
    /// of the files: equal snapshots mean byte-identical trees.
    public static func of(_ folder: String) -> [String: [UInt8]] {
        var result: [String: [UInt8]] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return result }
        while let path = enumerator.nextObject() as? String {
            let full = folder + "/" + path
            var info = stat()
            guard lstat(full, &info) == 0 else { continue }
            switch info.st_mode & S_IFMT {
            case S_IFREG: result[path] = [UInt8](FileManager.default.contents(atPath: full) ?? Data())
            case S_IFLNK:
                result[path] = Array(("→" + ((try? FileManager.default.destinationOfSymbolicLink(atPath: full)) ?? "")).utf8)
            default: result[path + "/"] = []
            }
        }
        return result
    }

    /// The names in `folder`, sorted.
    public static func entries(_ folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
    }
}

/// The package's own folder (its `content/`, `themes/`, `docs/`), found from this file's path.
public enum PackageFolder {
    public static let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path
    public static var url: URL { URL(fileURLWithPath: path) }
}
