import Foundation

extension FileSystem {
    /// The real disk, through Foundation. A file that cannot be read throws a `FileSystemError`
    /// with a Chinese message (the loader turns it into a diagnostic); nothing here traps.
    public static let local = FileSystem(
        read: { path in
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw FileSystemError("文件不存在")
            }
            if isDirectory.boolValue { throw FileSystemError("这是一个文件夹，不是文件") }
            // A FIFO would block the build until something writes to it, a device may never end:
            // only regular files (or links to them) are records.
            var info = stat()
            guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
                throw FileSystemError("这不是普通文件（可能是管道或设备）")
            }
            guard FileManager.default.isReadableFile(atPath: path) else {
                throw FileSystemError("没有读取权限")
            }
            // Never more than one byte past the loader's size limit: a file that grows after
            // `size` was asked, or a device such as /dev/zero behind a link, stays bounded.
            guard let handle = FileHandle(forReadingAtPath: path) else {
                throw FileSystemError("无法读取文件")
            }
            defer { try? handle.close() }
            do {
                return [UInt8](try handle.read(upToCount: YAMLLimits.maximumFileSize + 1) ?? Data())
            } catch {
                throw FileSystemError("无法读取文件")
            }
        },
        list: { path in
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return nil }
            guard isDirectory.boolValue else { throw FileSystemError("这是一个文件，不是文件夹") }
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: path)
            } catch {
                throw FileSystemError("无法列出文件夹内容（没有权限？）")
            }
            return names.sorted().map { name in
                var isFolder: ObjCBool = false
                let full = (path as NSString).appendingPathComponent(name)
                _ = FileManager.default.fileExists(atPath: full, isDirectory: &isFolder)
                return Entry(name: name, kind: isFolder.boolValue ? .directory : .file)
            }
        },
        size: { path in
            // stat follows links, like `read`; nil for anything but a regular file (a FIFO or a
            // device has no meaningful size: `read`'s bound applies then).
            var info = stat()
            guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
            return Int(info.st_size)
        }
    )

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
