import Foundation
import Records

/// What each page of the previous build was rendered from, so a rebuild skips rendering a page
/// whose inputs did not change and hard-links the previous file instead, without reading it.
///
/// Kept in the project's `.qunfang-cache/` (`CacheFolder.manifestFile`), never beside or inside
/// the published site. One line per file of the site: the fingerprint of everything
/// the page is rendered from (the digests of its inputs, `SiteRenderer.inputs(of:)`, or else
/// its template, layout and view, `SiteRenderer.fingerprint`; `unfingerprinted` for a file that
/// is not a page), and the inode, size and
/// modification time the file had when it was written. A page is trusted only while all three
/// still match the file in the site, so a file edited or replaced by hand is rendered again. A
/// missing or unreadable manifest only means every page is rendered, as in a first build.
struct RenderManifest: Sendable {
    /// Bump when rendering changes in a way the fingerprints do not see (a new swift-mustache).
    /// 5: every file of the site is listed, pages or not (a kept site is updated from its list).
    static let version = "qunfang-render-manifest 5"

    /// A file's identity on disk.
    struct Stamp: Hashable, Sendable {
        let inode: UInt64
        let size: Int
        let modified: Int

        /// The regular file at `path`, if there is one.
        init?(path: String) {
            var info = stat()
            guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
            self.inode = UInt64(info.st_ino)
            self.size = Int(info.st_size)
            self.modified = Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec)
        }

        init(inode: UInt64, size: Int, modified: Int) {
            self.inode = inode
            self.size = size
            self.modified = modified
        }
    }

    struct Entry: Sendable {
        let fingerprint: String
        let stamp: Stamp
    }

    var entries: [String: Entry] = [:]
    /// The output folder the files belong to (resolved), when the manifest names it.
    var output: String?

    /// The fingerprint of a file that is not a page (the site marker, a theme file, a results
    /// file): listed so the manifest names every file of the site, never matched.
    static let unfingerprinted = "-"

    /// The manifest of the site in `output` (resolved), kept in `folder`; empty when there is
    /// none or it is unreadable.
    static func load(from folder: CacheFolder, output: String) -> RenderManifest {
        load(file: folder.manifestFile(forOutput: output))
    }

    /// The manifest in `file`; empty when there is none, it is of another version or unreadable.
    static func load(file: String) -> RenderManifest {
        guard let data = FileManager.default.contents(atPath: file) else { return RenderManifest() }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: true)
        guard lines.first == Substring(version) else { return RenderManifest() }
        var manifest = RenderManifest()
        for line in lines.dropFirst() {
            if line.hasPrefix("# ") {
                manifest.output = String(line.dropFirst(2))
                continue
            }
            let fields = line.split(separator: " ", maxSplits: 4, omittingEmptySubsequences: false)
            guard fields.count == 5, let inode = UInt64(fields[1]), let size = Int(fields[2]),
                  let modified = Int(fields[3]) else { return RenderManifest() }
            manifest.entries[String(fields[4])] = Entry(
                fingerprint: String(fields[0]), stamp: Stamp(inode: inode, size: size, modified: modified))
        }
        return manifest
    }

    /// Writes the manifest of the site in `output` (`CacheFolder.write`: private, renamed into
    /// place). Best effort: a manifest that cannot be written only costs the next build its shortcut.
    func write(to folder: CacheFolder, output: String) {
        write(to: folder, file: folder.manifestFile(forOutput: output))
    }

    /// Writes the manifest to `file` in `folder`.
    @discardableResult
    func write(to folder: CacheFolder, file: String) -> Bool {
        var text = Self.version + "\n"
        if let output { text += "# \(output)\n" }
        for (page, entry) in entries.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) {
            text += "\(entry.fingerprint) \(entry.stamp.inode) \(entry.stamp.size) \(entry.stamp.modified) \(page)\n"
        }
        return folder.write(Array(text.utf8), to: file)
    }

    /// Forgets the manifest (before a build that cannot keep it consistent).
    static func remove(from folder: CacheFolder, output: String) {
        folder.remove(folder.manifestFile(forOutput: output))
    }
}

/// Collects the new manifest's entries from the workers.
final class ManifestRecorder: @unchecked Sendable {
    private let lock = NSLock()
    private var manifest = RenderManifest()

    func record(_ page: String, fingerprint: String, stamp: RenderManifest.Stamp?) {
        guard let stamp, !page.contains("\n") else { return }
        lock.withLock { manifest.entries[page] = RenderManifest.Entry(fingerprint: fingerprint, stamp: stamp) }
    }

    var result: RenderManifest { lock.withLock { manifest } }
}
