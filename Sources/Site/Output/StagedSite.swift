import Foundation

/// A site being written: `SiteWriter.begin()` makes the stage folder, `put` writes each file into
/// it as soon as it is rendered (from any thread), and `commit` swaps the stage into place, or
/// `abandon` drops it and leaves the previous site as it was.
///
/// The stage starts empty, or as the site the build before last replaced (`KeptSite`), listed
/// by `base`. A file already in the stage with the right bytes is left as it is; one whose
/// bytes equal the live site's is hard-linked from it; only the others are written, always as
/// a new file (the stage's files may be links shared with the live site, so none is changed
/// where it is). At the commit the stage's files that the new site no longer has are removed.
final class StagedSite: @unchecked Sendable {
    let writer: SiteWriter
    /// The resolved output folder and its siblings.
    let output: OutputFolder
    /// The site being replaced, when there is one.
    let previous: String?
    /// The stage folder (`site.tmp-XXXXXX`).
    let folder: String
    /// What the stage held when the build began: every file of the kept site it was made from,
    /// with its fingerprint and stamp; empty for an empty stage.
    let base: RenderManifest
    /// The previous build's manifest, which lists the live site (`previous`): empty when there
    /// is no previous site or no manifest of it.
    let previousListing: RenderManifest
    /// Where the replaced site is kept for the next build; nil keeps none.
    let kept: KeptSite?
    /// The stamps of the stage's files and of the previous site's.
    private let stamps: FolderStamps
    private let previousStamps: FolderStamps?
    /// Held until the stage is committed or abandoned: no other build writes meanwhile.
    private var buildLock: BuildLock?
    // Guarded by `lock`: puts come from several threads at once.
    private let lock = NSLock()
    private var folders: Set<String>
    private var written = 0
    private var unchanged = 0

    init(writer: SiteWriter, output: OutputFolder, previous: String?, folder: String, base: RenderManifest,
         previousListing: RenderManifest, kept: KeptSite?, lock: BuildLock) {
        self.writer = writer
        self.output = output
        self.previous = previous
        self.folder = folder
        self.base = base
        self.previousListing = previousListing
        self.kept = kept
        self.stamps = FolderStamps(root: folder)
        self.previousStamps = previous.map(FolderStamps.init(root:))
        self.folders = [folder]
        self.buildLock = lock
    }

    /// Places one file into the stage; true when it was unchanged from the stage's or the
    /// previous site's file. `position` is where the manifests list it
    /// (`IncrementalWriter.position(ofFile:)`). `counted` is false for the site marker, which
    /// is not one of the site's pages.
    @discardableResult
    func put(_ file: SiteFile, at position: Int, counted: Bool = true) throws -> Bool {
        let relative = file.path.value
        let target = folder + "/" + relative
        let same: Bool
        if base.entry(relative, at: position) != nil, SiteWriter.holds(target, bytes: file.bytes) {
            same = true
        } else if let previous, SiteWriter.holds(previous + "/" + relative, bytes: file.bytes) {
            try makeParent(of: target)
            same = SiteWriter.link(previous + "/" + relative, over: target)
            if !same { try create(target, file.bytes) }
        } else {
            try makeParent(of: target)
            try create(target, file.bytes)
            same = false
        }
        placed(same: same, counted: counted)
        return same
    }

    /// Leaves the stage's file at `relative` as it is, without reading it, when it is still the
    /// file `stamp` describes; true when it was (counted as unchanged).
    func keep(_ relative: String, ifStill stamp: RenderManifest.Stamp) -> Bool {
        guard stamps.stamp(of: relative) == stamp else { return false }
        placed(same: true, counted: true)
        return true
    }

    /// Leaves the stage's file at `relative` as it is: `keep` without the check, for a file
    /// just checked (`IncrementalWriter.check`).
    func keepChecked(_ relative: String) {
        placed(same: true, counted: true)
    }

    /// Hard-links the previous site's file at `relative` into the stage, without reading it, when
    /// it is still the file `stamp` describes; true when it was linked (counted as unchanged).
    func linkPrevious(_ relative: String, ifStill stamp: RenderManifest.Stamp) throws -> Bool {
        guard let previous else { return false }
        guard previousStamp(of: relative) == stamp else { return false }
        let old = previous + "/" + relative
        let target = folder + "/" + relative
        try makeParent(of: target)
        guard SiteWriter.link(old, over: target) else { return false }
        placed(same: true, counted: true)
        return true
    }

    /// The staged file's identity, once it is written or linked (or as the kept site left it).
    func stamp(of relative: String) -> RenderManifest.Stamp? {
        stamps.stamp(of: relative)
    }

    /// The identity of the previous site's file at `relative`; nil without a previous site.
    func previousStamp(of relative: String) -> RenderManifest.Stamp? {
        previousStamps?.stamp(of: relative)
    }

    private func create(_ target: String, _ bytes: [UInt8]) throws {
        guard SiteWriter.create(target, bytes: bytes, replacing: !base.entries.isEmpty) else {
            throw writer.posixError("无法写入 \(target)")
        }
    }

    private func placed(same: Bool, counted: Bool) {
        let count = lock.withLock {
            if counted { if same { unchanged += 1 } else { written += 1 } }
            return written + unchanged
        }
        // After the marker and the first page: a kill here leaves a half-made stage.
        if count == 1 && counted { writer.hooks.checkpoint("stage") }
    }

    private func makeParent(of target: String) throws {
        let parent = Self.folder(of: target)
        try lock.withLock {
            if !folders.contains(parent) {
                try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
                folders.insert(parent)
            }
        }
    }

    /// Removes what the stage held that the new site (the files `placed`, in order) does not
    /// have, swaps the stage into place and keeps the replaced site (listed by
    /// `previousListing`, the previous build's manifest) for the next build; what was written,
    /// carried over and dropped.
    func commit(previousListing: RenderManifest, placed: [String]) throws -> BuildSummary {
        var summary = lock.withLock { BuildSummary(written: written, unchanged: unchanged, removed: 0) }
        if let previous {
            if previousListing.isEmpty {
                let kept = Set(placed)
                summary.removed = SiteWriter.files(under: previous).count { !kept.contains($0) }
            } else {
                summary.removed = previousListing.paths(notIn: placed).count
            }
        }
        removeDropped(placed)
        do {
            try writer.swap(stage: folder, previous: previous, folder: output) { replaced in
                kept?.keep(replaced, listing: previousListing) ?? false
            }
        } catch {
            abandon()
            throw error
        }
        buildLock = nil
        return summary
    }

    /// Deletes the stage's files (from the kept site) that the new site (`placed`) does not
    /// have, and the folders left empty.
    private func removeDropped(_ placed: [String]) {
        var emptied: Set<String> = []
        for relative in base.paths(notIn: placed) {
            unlink(folder + "/" + relative)
            var parent = Self.folder(of: relative)
            while !parent.isEmpty {
                emptied.insert(parent)
                parent = Self.folder(of: parent)
            }
        }
        // Deepest first; rmdir only succeeds on an empty folder.
        for relative in emptied.sorted(by: { $0.count > $1.count }) { rmdir(folder + "/" + relative) }
    }

    /// What comes before the last `/` of `path` ("" when there is none): the folder of a path
    /// this class joined with single slashes. (`NSString.deletingLastPathComponent`, once per
    /// file of the site, normalized every path first.)
    static func folder(of path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        return String(path[..<slash])
    }

    /// Drops the stage; the previous site stays as it was.
    func abandon() {
        try? FileManager.default.removeItem(atPath: folder)
        buildLock = nil
    }
}
