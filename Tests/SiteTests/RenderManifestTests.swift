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

    @Test func whatIsWrittenIsReadBack() throws {
        let cache = Self.folder()
        var manifest = RenderManifest()
        manifest.output = "/srv/www/站点 一"
        manifest.entries = [
            "2017/c/hutang.html": .init(fingerprint: "0123456789abcdef0123456789abcdef",
                                        stamp: .init(inode: UInt64.max, size: 29_000, modified: 1_764_000_000_123_456_789)),
            "pages/关于 我们.html": .init(fingerprint: RenderManifest.unfingerprinted,
                                        stamp: .init(inode: 7, size: 0, modified: -1_000_000_000)),
            "2017/scorecards/1.html": .init(fingerprint: "fedcba9876543210fedcba9876543210",
                                            stamp: .init(inode: 9, size: 300, modified: 5),
                                            pieces: .init(frame: "00ff", pieces: [
                                                .init(key: "aa", bytes: 10..<110), .init(key: "bb", bytes: 110..<110),
                                                .init(key: "cc", bytes: 110..<290),
                                            ])),
        ]
        let file = cache.path + "/test.manifest"
        #expect(manifest.write(to: cache, file: file))
        let read = RenderManifest.load(file: file)
        #expect(read.output == manifest.output)
        #expect(read.entries.count == 3)
        for (path, entry) in manifest.entries {
            #expect(read.entries[path]?.fingerprint == entry.fingerprint)
            #expect(read.entries[path]?.stamp == entry.stamp)
            #expect(read.entries[path]?.pieces == entry.pieces)
        }
        #expect(read.entries["2017/scorecards/1.html"]?.pieces?.byKey == ["aa": 10..<110, "bb": 110..<110, "cc": 110..<290])
    }

    /// A key listed twice cannot say which bytes are its own: neither is copied.
    @Test func aPieceKeyListedTwiceIsDropped() {
        let pieces = RenderManifest.Pieces(frame: "f", pieces: [.init(key: "a", bytes: 0..<1), .init(key: "b", bytes: 1..<2),
                                                               .init(key: "a", bytes: 2..<3)])
        #expect(pieces.byKey == ["b": 1..<2])
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

    @Test(arguments: [
        "qunfang-render-manifest 5\nabc 1 2 3 index.html\n",    // an earlier version
        "qunfang-render-manifest 6\nabc 1 2 index.html\n",      // a field missing
        "qunfang-render-manifest 6\nabc 1 x 3 index.html\n",    // not a number
        "qunfang-render-manifest 6\nabc 1 2 18446744073709551616 index.html\n",   // over 64 bits
        "qunfang-render-manifest 6\n> frame k:0:1\n",          // pieces of no file
        "qunfang-render-manifest 6\nabc 1 2 3 s.html\n> frame k:0\n",        // a piece without its length
        "qunfang-render-manifest 6\nabc 1 2 3 s.html\n> frame k:x:1\n",      // not a number
        "qunfang-render-manifest 6\nabc 1 2 3 s.html\n>  k:0:1\n",           // no frame
        "",
    ])
    func aDamagedManifestReadsAsEmpty(text: String) throws {
        let cache = Self.folder()
        let file = cache.path + "/test.manifest"
        #expect(cache.write(Array(text.utf8), to: file))
        #expect(RenderManifest.load(file: file).entries.isEmpty)
    }
}
