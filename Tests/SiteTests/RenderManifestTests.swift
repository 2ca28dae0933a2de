import Foundation
import Records
import Testing
@testable import Site
import TestSupport

/// The render manifest reads back exactly what it wrote, and anything else reads as empty (a
/// first build's manifest), never as wrong entries.
@Suite struct RenderManifestTests {
    static func folder() -> CacheFolder {
        CacheFolder(content: TemporaryFolder("site-tests").path + "/content")
    }

    /// Distinct fingerprints for the tests (as a page's would be: digests of something).
    static func digest(_ text: String) -> Fingerprint { Fingerprint(of: Array(text.utf8)) }

    @Test func whatIsWrittenIsReadBack() throws {
        let cache = Self.folder()
        var manifest = RenderManifest(output: "/srv/www/站点 一", files: [
            ("2017/c/hutang.html", .init(fingerprint: Self.digest("scorecard"),
                                         stamp: .init(inode: UInt64.max, size: 29_000, modified: 1_764_000_000_123_456_789))),
            ("pages/关于 我们.html", .init(fingerprint: RenderManifest.unfingerprinted,
                                         stamp: .init(inode: 7, size: 0, modified: -1_000_000_000))),
            ("2017/scorecards/1.html", .init(fingerprint: Self.digest("booklet"),
                                             stamp: .init(inode: 9, size: 300, modified: 5),
                                             pieces: .init(frame: Self.digest("frame"), pieces: [
                                                 .init(key: Self.digest("aa"), bytes: 10..<110),
                                                 .init(key: Self.digest("bb"), bytes: 110..<110),
                                                 .init(key: Self.digest("cc"), bytes: 110..<290),
                                             ]))),
        ])
        let file = cache.path + "/test.manifest"
        #expect(manifest.write(to: cache, file: file))
        let read = RenderManifest.load(file: file)
        #expect(read.output == manifest.output)
        #expect(read.lists(exactly: manifest.paths))
        for (position, path) in manifest.paths.enumerated() {
            let entry = manifest.entries[position]
            #expect(read[path]?.fingerprint == entry.fingerprint)
            #expect(read[path]?.stamp == entry.stamp)
            #expect(read[path]?.pieces == entry.pieces)
            #expect(read.entry(path, at: position)?.stamp == entry.stamp)
        }
        #expect(read["2017/scorecards/1.html"]?.pieces?.byKey
            == [Self.digest("aa"): 10..<110, Self.digest("bb"): 110..<110, Self.digest("cc"): 110..<290])
        #expect(read["pages/关于 我们.html"]?.fingerprint == nil)
        // Whose manifest it is, read from its first lines (pruning kept sites).
        #expect(RenderManifest.output(inFile: file) == manifest.output)
        manifest.output = nil
        #expect(manifest.write(to: cache, file: file))
        #expect(RenderManifest.output(inFile: file) == nil)
        #expect(RenderManifest.output(inFile: file + ".missing") == nil)
    }

    /// Fingerprints are written as 32 hex digits (`-` for a file that is not a page), read back
    /// without a string each; the lines are in the order the files were placed.
    @Test func fingerprintsAreWrittenAsHexDigits() throws {
        let cache = Self.folder()
        let fingerprint = Self.digest("page")
        let manifest = RenderManifest(files: [
            ("b.html", .init(fingerprint: fingerprint, stamp: .init(inode: 1, size: 0, modified: 10_000_000_000))),
            ("a.html", .init(fingerprint: nil, stamp: .init(inode: 2, size: 3, modified: 4))),
        ])
        let file = cache.path + "/test.manifest"
        #expect(manifest.write(to: cache, file: file))
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text == "\(RenderManifest.version)\n\(fingerprint.hex) 1 0 10000000000 b.html\n- 2 3 4 a.html\n")
        #expect(fingerprint.hex.count == 32)
        #expect(Fingerprint(hex: Array(fingerprint.hex.utf8)[...]) == fingerprint)
    }

    /// A file is found at the position a build of the same site gives it, and anywhere else
    /// it is listed when the site changed (a page added before it), never another file's entry.
    @Test func aFileIsFoundWhereverItIsListed() {
        let stamps = (0..<4).map { RenderManifest.Stamp(inode: UInt64($0), size: $0, modified: $0) }
        let manifest = RenderManifest(files: [("a.html", .init(fingerprint: nil, stamp: stamps[0])),
                                              ("b.html", .init(fingerprint: nil, stamp: stamps[1])),
                                              ("c.html", .init(fingerprint: nil, stamp: stamps[2]))])
        #expect(manifest.entry("b.html", at: 1)?.stamp == stamps[1])
        #expect(manifest.entry("b.html", at: 2)?.stamp == stamps[1])
        #expect(manifest.entry("c.html", at: 7)?.stamp == stamps[2])
        #expect(manifest.entry("d.html", at: 0) == nil)
        #expect(manifest["a.html"]?.stamp == stamps[0])
        #expect(manifest.paths(notIn: ["c.html", "a.html"]) == ["b.html"])
        #expect(manifest.paths(notIn: ["a.html", "b.html", "c.html"]).isEmpty)
    }

    /// The workers' entries come out in the order of their positions, whoever recorded first;
    /// a file that cannot be listed (no stamp, a line break in its path) is still placed.
    @Test func theRecorderListsFilesByPosition() {
        let recorder = ManifestRecorder(count: 4)
        let stamp = RenderManifest.Stamp(inode: 1, size: 2, modified: 3)
        recorder.record(at: 3, "d.html", fingerprint: nil, stamp: stamp)
        recorder.record(at: 0, "a.html", fingerprint: Self.digest("a"), stamp: stamp)
        recorder.record(at: 2, "c\n.html", fingerprint: nil, stamp: stamp)
        recorder.record(at: 1, "b.html", fingerprint: nil, stamp: nil)
        #expect(recorder.placed == ["a.html", "b.html", "c\n.html", "d.html"])
        let manifest = recorder.result
        #expect(manifest.paths == ["a.html", "d.html"])
        #expect(manifest["a.html"]?.fingerprint == Self.digest("a"))
    }

    /// A key listed twice cannot say which bytes are its own: neither is copied.
    @Test func aPieceKeyListedTwiceIsDropped() {
        let (a, b) = (Self.digest("a"), Self.digest("b"))
        let pieces = RenderManifest.Pieces(frame: Self.digest("f"), pieces: [.init(key: a, bytes: 0..<1),
                                                                           .init(key: b, bytes: 1..<2),
                                                                           .init(key: a, bytes: 2..<3)])
        #expect(pieces.byKey == [b: 1..<2])
    }

    /// An old booklet's bytes are read only while it is still the file its stamp describes.
    @Test func aFilesContentsAreReadOnlyWhileItIsStillAsStamped() throws {
        let path = Self.folder().path + "/booklet.html"
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data("第一版".utf8).write(to: URL(fileURLWithPath: path))
        let stamp = try #require(RenderManifest.Stamp(path: path))
        #expect(RenderManifest.Stamp.contents(of: path, ifStill: stamp) == Array("第一版".utf8))
        try Data("第二版，更长".utf8).write(to: URL(fileURLWithPath: path))
        #expect(RenderManifest.Stamp.contents(of: path, ifStill: stamp) == nil)
        #expect(RenderManifest.Stamp.contents(of: path + ".missing", ifStill: stamp) == nil)
    }

    /// A valid fingerprint, so that each damaged line below is damaged in one way only.
    static let hex = "0123456789abcdef0123456789abcdef"

    @Test(arguments: [
        "qunfang-render-manifest 5\n\(hex) 1 2 3 index.html\n",    // an earlier version
        "qunfang-render-manifest 6\n\(hex) 1 2 index.html\n",      // a field missing
        "qunfang-render-manifest 6\n\(hex) 1 x 3 index.html\n",    // not a number
        "qunfang-render-manifest 6\n\(hex) 1 2 18446744073709551616 index.html\n",   // over 64 bits
        "qunfang-render-manifest 6\n> \(hex) \(hex):0:1\n",          // pieces of no file
        "qunfang-render-manifest 6\n\(hex) 1 2 3 s.html\n> \(hex) \(hex):0\n",      // a piece without its length
        "qunfang-render-manifest 6\n\(hex) 1 2 3 s.html\n> \(hex) \(hex):x:1\n",    // not a number
        "qunfang-render-manifest 6\n\(hex) 1 2 3 s.html\n>  \(hex):0:1\n",           // no frame
        "qunfang-render-manifest 6\nabc 1 2 3 s.html\n",                            // a fingerprint too short
        "qunfang-render-manifest 6\n\(hex.dropLast()) 1 2 3 s.html\n",              // 31 hex digits
        "qunfang-render-manifest 6\n\(hex.uppercased()) 1 2 3 s.html\n",            // not lowercase
        "qunfang-render-manifest 6\n\(hex) 1 2 3 s.html\n> \(hex) k:0:1\n",          // a key that is no digest
        "qunfang-render-manifest 6\n\(hex) 1 2 3 s.html\n> frame \(hex):0:1\n",      // a frame that is no digest
        "",
    ])
    func aDamagedManifestReadsAsEmpty(text: String) throws {
        let cache = Self.folder()
        let file = cache.path + "/test.manifest"
        #expect(cache.write(Array(text.utf8), to: file))
        #expect(RenderManifest.load(file: file).isEmpty)
    }
}
