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
        ]
        let file = cache.path + "/test.manifest"
        #expect(manifest.write(to: cache, file: file))
        let read = RenderManifest.load(file: file)
        #expect(read.output == manifest.output)
        #expect(read.entries.count == 2)
        for (path, entry) in manifest.entries {
            #expect(read.entries[path]?.fingerprint == entry.fingerprint)
            #expect(read.entries[path]?.stamp == entry.stamp)
        }
    }

    @Test(arguments: [
        "qunfang-render-manifest 4\nabc 1 2 3 index.html\n",    // an earlier version
        "qunfang-render-manifest 5\nabc 1 2 index.html\n",      // a field missing
        "qunfang-render-manifest 5\nabc 1 x 3 index.html\n",    // not a number
        "qunfang-render-manifest 5\nabc 1 2 18446744073709551616 index.html\n",   // over 64 bits
        "",
    ])
    func aDamagedManifestReadsAsEmpty(text: String) throws {
        let cache = Self.folder()
        let file = cache.path + "/test.manifest"
        #expect(cache.write(Array(text.utf8), to: file))
        #expect(RenderManifest.load(file: file).entries.isEmpty)
    }
}
