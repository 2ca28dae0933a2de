import Foundation

/// The state of every file under some folders: path → (modification time, size). Comparing two
/// snapshots tells what changed. Polling is portable (Linux, macOS, network drives) and cheap at
/// this size (a few hundred small files); no inotify or FSEvents needed.
public struct FolderSnapshot: Equatable, Sendable {
    /// What identifies a file's version well enough for a rebuild decision.
    public struct Stamp: Equatable, Sendable {
        public var modified: Double
        public var size: Int
    }

    public var files: [String: Stamp]

    public init(files: [String: Stamp] = [:]) { self.files = files }

    /// Every regular file under `roots` (missing roots are skipped). Hidden files and editor
    /// backups (`.x.swp`, `x~`, `#x#`) are left out: editors write them on every keystroke.
    public static func take(_ roots: [String]) -> FolderSnapshot {
        var files: [String: Stamp] = [:]
        let keys: [URLResourceKey] = [.contentModificationDateKey, .fileSizeKey, .isRegularFileKey]
        for root in roots {
            let rootURL = URL(fileURLWithPath: root)
            guard let enumerator = FileManager.default.enumerator(
                at: rootURL, includingPropertiesForKeys: keys, options: [.skipsHiddenFiles]) else { continue }
            for case let url as URL in enumerator {
                let name = url.lastPathComponent
                if name.hasSuffix("~") || (name.hasPrefix("#") && name.hasSuffix("#")) { continue }
                guard let values = try? url.resourceValues(forKeys: Set(keys)), values.isRegularFile == true else { continue }
                files[url.path] = Stamp(modified: values.contentModificationDate?.timeIntervalSince1970 ?? 0,
                                        size: values.fileSize ?? 0)
            }
        }
        return FolderSnapshot(files: files)
    }

    /// Paths added, removed or changed between `self` and `newer`, sorted.
    public func changes(to newer: FolderSnapshot) -> [String] {
        var changed: [String] = []
        for (path, stamp) in newer.files where files[path] != stamp { changed.append(path) }
        for path in files.keys where newer.files[path] == nil { changed.append(path) }
        return changed.sorted()
    }
}

/// Polls folders and reports each settled batch of changes. Debounced: after a change is seen,
/// it waits until one more poll shows nothing new, so saving ten files at once (or an editor's
/// write-then-rename) gives one rebuild, not ten.
public struct ChangeWatcher: Sendable {
    public var roots: [String]
    public var interval: Duration

    public init(roots: [String], interval: Duration = .milliseconds(400)) {
        self.roots = roots
        self.interval = interval
    }

    /// Runs until the task is cancelled, calling `onChange` with the changed paths of each batch.
    /// The next poll starts only after `onChange` returned, so rebuilds never overlap.
    public func run(from start: FolderSnapshot? = nil, onChange: @Sendable ([String]) async -> Void) async {
        var known = start ?? FolderSnapshot.take(roots)
        while !Task.isCancelled {
            guard (try? await Task.sleep(for: interval)) != nil else { return }
            var current = FolderSnapshot.take(roots)
            guard current != known else { continue }
            // Debounce: wait for the folders to settle.
            while !Task.isCancelled {
                guard (try? await Task.sleep(for: interval)) != nil else { return }
                let next = FolderSnapshot.take(roots)
                if next == current { break }
                current = next
            }
            let changed = known.changes(to: current)
            known = current
            await onChange(changed)
        }
    }
}
