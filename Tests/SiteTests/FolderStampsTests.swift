import Foundation
import Testing
@testable import Site
import TestSupport

/// A stamp taken from an open folder (`FolderStamps`) is the stamp `stat` gives on the whole
/// path, at every depth of the site, for a file that is missing or is a folder, and for a folder
/// made only after it was first asked about.
@Suite struct FolderStampsTests {
    @Test func aStampFromAnOpenFolderIsTheStampOfTheWholePath() throws {
        let root = TemporaryFolder("stamps").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        let files = ["index.html", "2017/index.html", "2017/c/c00001.html", "2017/c/c00001/q1.html", "2017/c/a b/#.html"]
        for file in files {
            try FileManager.default.createDirectory(atPath: (root + "/" + file as NSString).deletingLastPathComponent,
                                                    withIntermediateDirectories: true)
            try Data(file.utf8).write(to: URL(fileURLWithPath: root + "/" + file))
        }
        let stamps = FolderStamps(root: root)
        for file in files {
            let stamp = try #require(stamps.stamp(of: file), "\(file)")
            #expect(stamp == RenderManifest.Stamp(path: root + "/" + file), "\(file)")
            #expect(stamp.size == file.utf8.count)
        }
        // Not regular files, or not there.
        for path in ["2017", "2017/c", "2017/c/c00001", "missing.html", "2017/missing.html", "2017/c/missing/q1.html"] {
            #expect(stamps.stamp(of: path) == nil, "\(path)")
        }
        // A folder asked about before it exists is opened once it does.
        #expect(stamps.stamp(of: "2018/c/x.html") == nil)
        try FileManager.default.createDirectory(atPath: root + "/2018/c", withIntermediateDirectories: true)
        try Data("x".utf8).write(to: URL(fileURLWithPath: root + "/2018/c/x.html"))
        #expect(stamps.stamp(of: "2018/c/x.html") == RenderManifest.Stamp(path: root + "/2018/c/x.html"))
        // A file replaced after its folder was opened has the new file's stamp.
        let before = try #require(stamps.stamp(of: "2017/c/c00001.html"))
        try FileManager.default.removeItem(atPath: root + "/2017/c/c00001.html")
        try Data("changed, and longer".utf8).write(to: URL(fileURLWithPath: root + "/2017/c/c00001.html"))
        let after = try #require(stamps.stamp(of: "2017/c/c00001.html"))
        #expect(after != before && after == RenderManifest.Stamp(path: root + "/2017/c/c00001.html"))
    }
}
