import Foundation

/// The stamps (`RenderManifest.Stamp`) of files under one folder, each taken with `fstatat`
/// from a folder near it that is kept open, not with `stat` on its whole path.
///
/// A rebuild checks the stamp of every file of the site, 50,000 at 10,000 communities, in the
/// stage and in the live site; `stat` walked every component of each path again (the project's
/// folders, the site, the year, `c/`), and that walk was most of a check's kernel time. The
/// folder of a path's first two components (`2017/c`) is opened once, and the rest of the path
/// (`c00001/q1.html`) is all the kernel walks. Links are followed as `stat` follows them. A
/// folder that cannot be opened (it does not exist yet, say) is not remembered, and the file's
/// stamp is then taken from its whole path. Used from every core at once.
final class FolderStamps: @unchecked Sendable {
    /// The folder the paths are relative to.
    let root: String
    // Guarded by `lock`.
    private let lock = NSLock()
    private var descriptors: [Substring: Int32] = [:]

    init(root: String) {
        self.root = root
    }

    deinit {
        for descriptor in descriptors.values { close(descriptor) }
    }

    /// The stamp of the regular file at `relative` (a path joined with single slashes) under
    /// `root`, if there is one.
    func stamp(of relative: String) -> RenderManifest.Stamp? {
        let utf8 = relative.utf8
        guard let first = utf8.firstIndex(of: UInt8(ascii: "/")) else {
            return RenderManifest.Stamp(path: root + "/" + relative)
        }
        let end = utf8[utf8.index(after: first)...].firstIndex(of: UInt8(ascii: "/")) ?? first
        let folder = relative[..<end]
        guard let descriptor = descriptor(of: folder) else { return RenderManifest.Stamp(path: root + "/" + relative) }
        return RenderManifest.Stamp(in: descriptor, at: relative[relative.utf8.index(after: end)...])
    }

    private func descriptor(of folder: Substring) -> Int32? {
        lock.withLock {
            if let descriptor = descriptors[folder] { return descriptor }
            let descriptor = open(root + "/" + folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            guard descriptor >= 0 else { return nil }
            descriptors[folder] = descriptor
            return descriptor
        }
    }
}
