import Foundation
import Records

/// What each file of a site was made from, so a rebuild skips rendering a page whose inputs did
/// not change and keeps the file (in the stage made from the kept site, or hard-linked from the
/// live one), without reading it. The live site's manifest becomes the kept site's (`KeptSite`).
///
/// Kept in the project's `.qunfang-cache/` (`CacheFolder.manifestFile`), never beside or inside
/// the published site. One line per file of the site: the fingerprint of everything
/// the page is rendered from (the digests of its inputs, `SiteRenderer.inputs(of:)`, or else
/// its template, layout and view, `SiteRenderer.fingerprint`; `unfingerprinted` for a file that
/// is not a page), and the inode, size and
/// modification time the file had when it was written. A page is trusted only while all three
/// still match the file in the site, so a file edited or replaced by hand is rendered again. A
/// missing or unreadable manifest only means every page is rendered, as in a first build.
///
/// A booklet's line is followed by one listing its scorecards (`Pieces`): where each one's
/// bytes are in the file and what it was made from, so a rebuild takes the unchanged ones from
/// the old file instead of rendering them (`IncrementalWriter`, docs/performance.md).
struct RenderManifest: Sendable {
    /// Bump when rendering changes in a way the fingerprints do not see (a new swift-mustache).
    /// 5: every file of the site is listed, pages or not (a kept site is updated from its list).
    /// 6: a booklet's scorecards are listed with their places in the file.
    static let version = "qunfang-render-manifest 6"

    /// A file's identity on disk.
    struct Stamp: Hashable, Sendable {
        let inode: UInt64
        let size: Int
        let modified: Int

        /// The regular file at `path`, if there is one.
        init?(path: String) {
            var info = stat()
            guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
            self.init(info)
        }

        /// The regular file at `path` in the folder open as `folder` (`FolderStamps`), if there is one.
        init?(in folder: Int32, at path: some StringProtocol) {
            var info = stat()
            guard path.withCString({ fstatat(folder, $0, &info, 0) }) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
                return nil
            }
            self.init(info)
        }

        /// The bytes of the regular file at `path`, when it is still the file `stamp` describes.
        static func contents(of path: String, ifStill stamp: Stamp) -> [UInt8]? {
            let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
            guard descriptor >= 0 else { return nil }
            defer { close(descriptor) }
            var info = stat()
            guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG,
                  Stamp(info) == stamp else { return nil }
            return FileBytes.read(descriptor, count: stamp.size)
        }

        private init(_ info: stat) {
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
        /// What the file was made from; nil (`unfingerprinted`) for a file that is not a page.
        let fingerprint: Fingerprint?
        let stamp: Stamp
        /// A booklet's scorecards, one by one; nil for every other file.
        var pieces: Pieces? = nil
    }

    /// The scorecards of a booklet file, in the order they are printed: what the page around
    /// them is made of (`frame`), and each one's inputs with the bytes of the file it fills.
    /// Written as `> FRAME KEY:START:COUNT …` on the line after the booklet's.
    struct Pieces: Sendable, Equatable {
        struct Piece: Sendable, Equatable {
            let key: Fingerprint
            let bytes: Range<Int>
        }

        let frame: Fingerprint
        let pieces: [Piece]

        /// The bytes of each piece by its key (a key listed twice is dropped: it cannot say which).
        var byKey: [Fingerprint: Range<Int>] {
            var ranges: [Fingerprint: Range<Int>] = [:]
            var repeated: Set<Fingerprint> = []
            for piece in pieces where ranges.updateValue(piece.bytes, forKey: piece.key) != nil { repeated.insert(piece.key) }
            for key in repeated { ranges[key] = nil }
            return ranges
        }
    }

    /// The files, in the order they were placed: the site marker, then the site's files in the
    /// order `SiteRenderer.files` lists them (`ManifestRecorder`). A build of the same site
    /// lists them in the same order, so a file is looked up at its own position first
    /// (`entry(_:at:)`) and the manifest is never hashed by path; the index by path is made
    /// only when a lookup misses (pages added or removed).
    private(set) var paths: [String] = []
    private(set) var entries: [Entry] = []
    /// The position of each path, made on first use (`PathIndex`).
    private var index = PathIndex()
    /// The output folder the files belong to (resolved), when the manifest names it.
    var output: String?

    init(output: String? = nil) {
        self.output = output
    }

    /// The manifest of `files`, in this order (a path listed twice: its last entry is found).
    init(output: String? = nil, files: [(path: String, entry: Entry)]) {
        self.output = output
        paths = files.map(\.path)
        entries = files.map(\.entry)
    }

    var isEmpty: Bool { paths.isEmpty }
    var count: Int { paths.count }

    /// The entry of `path`, wherever it is listed.
    subscript(path: String) -> Entry? {
        index.position(of: path, in: paths).map { entries[$0] }
    }

    /// The entry of `path`, expected at `position` (where a build of the same site placed it;
    /// `IncrementalWriter.position(ofFile:)`), else wherever it is listed.
    func entry(_ path: String, at position: Int) -> Entry? {
        if position >= 0, position < paths.count, paths[position] == path { return entries[position] }
        return self[path]
    }

    /// Whether the manifest lists exactly `paths`, in this order: compared position by position,
    /// without hashing.
    func lists(exactly paths: [String]) -> Bool { self.paths == paths }

    /// The listed paths that `paths` does not hold.
    func paths(notIn paths: [String]) -> [String] {
        guard !lists(exactly: paths) else { return [] }
        let kept = Set(paths)
        return self.paths.filter { !kept.contains($0) }
    }

    private init(output: String?, paths: [String], entries: [Entry]) {
        self.output = output
        self.paths = paths
        self.entries = entries
    }

    /// The positions of a manifest's paths, made once, on the first lookup that is not found at
    /// its expected position. Shared by copies of the manifest, whose paths never change once
    /// it is made (`paths` and `entries` are set only by the initializers).
    final class PathIndex: @unchecked Sendable {
        private let lock = NSLock()
        private var positions: [String: Int]?

        func position(of path: String, in paths: [String]) -> Int? {
            let positions = lock.withLock {
                if let positions = self.positions { return positions }
                var made: [String: Int] = [:]
                made.reserveCapacity(paths.count)
                for (position, path) in paths.enumerated() { made[path] = position }
                self.positions = made
                return made
            }
            return positions[path]
        }
    }

    /// The fingerprint of a file that is not a page (the site marker, a theme file, a results
    /// file): listed so the manifest names every file of the site (as `-`), never matched.
    static let unfingerprinted: Fingerprint? = nil

    /// The manifest of the site in `output` (resolved), kept in `folder`; empty when there is
    /// none or it is unreadable.
    static func load(from folder: CacheFolder, output: String) -> RenderManifest {
        load(file: folder.manifestFile(forOutput: output))
    }

    /// The manifest in `file`; empty when there is none, it is of another version or unreadable.
    /// Parsed byte by byte: a site of 10,000 communities lists 50,000 files.
    static func load(file: String) -> RenderManifest {
        guard let bytes = CacheFolder.contents(of: file) else { return RenderManifest() }
        let header = Array((version + "\n").utf8)
        guard bytes.starts(with: header) else { return RenderManifest() }
        var output: String?
        var paths: [String] = []
        var entries: [Entry] = []
        paths.reserveCapacity(bytes.count / 80)
        entries.reserveCapacity(bytes.count / 80)
        var start = header.count
        var afterFile = false
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            defer { start = end + 1 }
            let line = bytes[start..<end]
            if line.isEmpty { continue }
            if line.starts(with: [UInt8(ascii: "#"), UInt8(ascii: " ")]) {
                output = String(decoding: line.dropFirst(2), as: UTF8.self)
                continue
            }
            if line.starts(with: [UInt8(ascii: ">"), UInt8(ascii: " ")]) {
                guard afterFile, let pieces = parsePieces(line.dropFirst(2)) else { return RenderManifest() }
                entries[entries.count - 1].pieces = pieces
                afterFile = false
                continue
            }
            guard let entry = parse(line) else { return RenderManifest() }
            paths.append(entry.path)
            entries.append(entry.entry)
            afterFile = true
        }
        return RenderManifest(output: output, paths: paths, entries: entries)
    }

    /// The output folder the manifest in `file` names, read from its first lines only (a kept
    /// site's manifest lists 50,000 files, and pruning asks only whose it is); nil when the file
    /// is not a manifest of this version or names none.
    static func output(inFile file: String) -> String? {
        let header = Array((version + "\n# ").utf8)
        // The version line, "# ", a path of at most PATH_MAX bytes and its line break.
        guard let bytes = CacheFolder.contents(of: file, limit: header.count + Int(PATH_MAX) + 1),
              bytes.starts(with: header),
              let end = bytes[header.count...].firstIndex(of: UInt8(ascii: "\n")) else { return nil }
        return String(decoding: bytes[header.count..<end], as: UTF8.self)
    }

    /// `FRAME KEY:START:COUNT …`: a booklet's pieces.
    private static func parsePieces(_ line: ArraySlice<UInt8>) -> Pieces? {
        let fields = line.split(separator: UInt8(ascii: " "), omittingEmptySubsequences: false)
        guard let frame = fields.first, !frame.isEmpty else { return nil }
        var pieces: [Pieces.Piece] = []
        pieces.reserveCapacity(fields.count - 1)
        for field in fields.dropFirst() {
            let parts = field.split(separator: UInt8(ascii: ":"), omittingEmptySubsequences: false)
            guard parts.count == 3, let key = Fingerprint(hex: parts[0]), let start = number(parts[1]),
                  let count = number(parts[2]), start <= UInt64(Int.max / 2), count <= UInt64(Int.max / 2) else { return nil }
            pieces.append(Pieces.Piece(key: key, bytes: Int(start)..<Int(start) + Int(count)))
        }
        guard let frame = Fingerprint(hex: frame) else { return nil }
        return Pieces(frame: frame, pieces: pieces)
    }

    /// One line: `FINGERPRINT INODE SIZE MODIFIED PATH` (the path may hold spaces), the
    /// fingerprint as 32 hex digits or `-`.
    private static func parse(_ line: ArraySlice<UInt8>) -> (path: String, entry: Entry)? {
        var rest = line
        // The next field and the space after it (no array of fields: three of its growths
        // were a quarter of reading a 50,000-line manifest).
        func field() -> ArraySlice<UInt8>? {
            guard let gap = rest.firstIndex(of: UInt8(ascii: " ")) else { return nil }
            defer { rest = rest[(gap + 1)...] }
            return rest[rest.startIndex..<gap]
        }
        guard let digits = field(), let inodeDigits = field(), let sizeDigits = field(),
              let modifiedDigits = field() else { return nil }
        let fingerprint: Fingerprint?
        if digits.count == 1 && digits.first == UInt8(ascii: "-") {
            fingerprint = unfingerprinted
        } else {
            guard let digest = Fingerprint(hex: digits) else { return nil }
            fingerprint = digest
        }
        guard !rest.isEmpty, let inode = number(inodeDigits), let size = number(sizeDigits),
              let modified = number(modifiedDigits) else { return nil }
        return (String(decoding: rest, as: UTF8.self),
                Entry(fingerprint: fingerprint,
                      stamp: Stamp(inode: inode, size: Int(bitPattern: UInt(size)), modified: Int(bitPattern: UInt(modified)))))
    }

    /// A decimal number that fits 64 bits (sizes and times are written as their bit patterns).
    private static func number(_ digits: ArraySlice<UInt8>) -> UInt64? {
        guard !digits.isEmpty, digits.count <= 20 else { return nil }
        var value: UInt64 = 0
        for digit in digits {
            guard digit >= UInt8(ascii: "0"), digit <= UInt8(ascii: "9") else { return nil }
            let (tens, overflow) = value.multipliedReportingOverflow(by: 10)
            let (sum, carry) = tens.addingReportingOverflow(UInt64(digit - UInt8(ascii: "0")))
            guard !overflow, !carry else { return nil }
            value = sum
        }
        return value
    }

    /// Writes the manifest of the site in `output` (`CacheFolder.write`: private, renamed into
    /// place). Best effort: a manifest that cannot be written only costs the next build its shortcut.
    func write(to folder: CacheFolder, output: String) {
        write(to: folder, file: folder.manifestFile(forOutput: output))
    }

    /// Writes the manifest to `file` in `folder`.
    @discardableResult
    func write(to folder: CacheFolder, file: String) -> Bool {
        var text: [UInt8] = []
        text.reserveCapacity(entries.count * 100)
        text += (Self.version + "\n").utf8
        if let output { text += ("# " + output + "\n").utf8 }
        // In the order the files were placed (a rebuild finds each one at its own position).
        for (page, entry) in zip(paths, entries) {
            if let fingerprint = entry.fingerprint {
                fingerprint.appendHex(to: &text)
            } else {
                text.append(UInt8(ascii: "-"))
            }
            let stamp = entry.stamp
            // Sizes and times as their bit patterns; digits written straight into the buffer
            // (an interpolated string per line was a third of writing the manifest).
            text.append(UInt8(ascii: " "))
            Self.appendDecimal(stamp.inode, to: &text)
            text.append(UInt8(ascii: " "))
            Self.appendDecimal(UInt64(UInt(bitPattern: stamp.size)), to: &text)
            text.append(UInt8(ascii: " "))
            Self.appendDecimal(UInt64(UInt(bitPattern: stamp.modified)), to: &text)
            text.append(UInt8(ascii: " "))
            text += page.utf8
            text.append(UInt8(ascii: "\n"))
            if let pieces = entry.pieces {
                text += "> ".utf8
                pieces.frame.appendHex(to: &text)
                for piece in pieces.pieces {
                    text.append(UInt8(ascii: " "))
                    piece.key.appendHex(to: &text)
                    text.append(UInt8(ascii: ":"))
                    Self.appendDecimal(UInt64(piece.bytes.lowerBound), to: &text)
                    text.append(UInt8(ascii: ":"))
                    Self.appendDecimal(UInt64(piece.bytes.count), to: &text)
                }
                text.append(UInt8(ascii: "\n"))
            }
        }
        return folder.write(text, to: file)
    }

    /// `value`'s decimal digits, as `number(_:)` reads them.
    static func appendDecimal(_ value: UInt64, to text: inout [UInt8]) {
        // At most 20 digits: written backwards into a fixed buffer, then appended in order.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { buffer in
            var rest = value
            var position = 20
            repeat {
                position -= 1
                buffer[position] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            } while rest != 0
            text.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[position...]))
        }
    }

    /// Forgets the manifest (before a build that cannot keep it consistent).
    static func remove(from folder: CacheFolder, output: String) {
        folder.remove(folder.manifestFile(forOutput: output))
    }
}

/// Collects the new manifest's entries from the workers, each file in its own slot: its position
/// in the manifest (`IncrementalWriter.position(ofFile:)`), so the manifest lists the files in
/// the order of the site's files, whichever core placed them first, and recording takes no lock.
///
/// Each slot is written by one worker only (the one placing that file), and read only once
/// every worker is done (`placed`, `result`, after `DispatchQueue.concurrentPerform` returned).
final class ManifestRecorder: @unchecked Sendable {
    /// A placed file's path, and its entry when it can be listed.
    private typealias Slot = (path: String, entry: RenderManifest.Entry?)?
    private let slots: UnsafeMutableBufferPointer<Slot>

    /// Room for `count` files.
    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        _ = slots.deinitialize()
        slots.deallocate()
    }

    /// File `page`, placed at `position`, as made from `fingerprint` and now as `stamp` says.
    func record(at position: Int, _ page: String, fingerprint: Fingerprint?, stamp: RenderManifest.Stamp?,
                pieces: RenderManifest.Pieces? = nil) {
        // A path with a line break could not be one line of the manifest (checked on bytes:
        // `String.contains` goes through Foundation, 50,000 times a build).
        let listed = stamp.flatMap { stamp in
            page.utf8.contains(UInt8(ascii: "\n")) ? nil
                : RenderManifest.Entry(fingerprint: fingerprint, stamp: stamp, pieces: pieces)
        }
        slots[position] = (page, listed)
    }

    /// The paths of every file placed, in order (listed or not): what the new site holds.
    var placed: [String] { slots.compactMap { $0?.path } }

    /// The manifest of the files placed that can be listed.
    var result: RenderManifest {
        RenderManifest(files: slots.compactMap { slot in slot.flatMap { slot in slot.entry.map { (slot.path, $0) } } })
    }
}
