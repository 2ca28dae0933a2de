import Foundation
import Records
import SampleContent
import Scoring
import Testing
@testable import Site
import TestSupport

/// The guard's decisions and the writer's leftovers handling, in process (the CLI's behaviour is
/// tested end to end in QunfangTests).
@Suite struct OutputGuardTests {
    /// `T/project` with `content/x.yaml`, `notes/a.txt`, `link → content`, and `T/project/site`
    /// a built site.
    static func project() throws -> String {
        let root = OutputPath.resolve(TemporaryFolder("site-tests").path) + "/project"
        let manager = FileManager.default
        try manager.createDirectory(atPath: root + "/content", withIntermediateDirectories: true)
        try "社区: 某".write(toFile: root + "/content/x.yaml", atomically: true, encoding: .utf8)
        try manager.createDirectory(atPath: root + "/notes", withIntermediateDirectories: true)
        try "a".write(toFile: root + "/notes/a.txt", atomically: true, encoding: .utf8)
        try manager.createSymbolicLink(atPath: root + "/link", withDestinationPath: "content")
        let (content, results) = Fixture.content()
        try Fixture.builder.build(content: content, results: results, output: root + "/site")
        return root
    }

    @Test(arguments: [
        ("content", "就是记录文件夹"), ("link", "就是记录文件夹"), ("link/", "就是记录文件夹"),
        ("notes/../content", "就是记录文件夹"), ("", "包含记录文件夹"), ("/..", "包含记录文件夹"),
        ("content/site", "位于记录文件夹"), ("link/deeper/site", "位于记录文件夹"),
        ("notes", "不是本工具生成的网站"), ("notes/a.txt", "不是文件夹"), ("notes/a.txt/site", "不是文件夹"),
    ])
    func refused(relative: String, message: String) throws {
        let root = try Self.project()
        let guardian = OutputGuard(protecting: [.init(path: root + "/content", role: "记录文件夹")])
        let error = try #require(throws: SiteError.self) { try guardian.check(output: root + "/" + relative) }
        #expect(error.description.contains(message), "\(error)")
    }

    /// Only the marker makes a folder replaceable: a site's shape without it is refused.
    @Test func aSiteShapedFolderWithoutMarkerIsRefused() throws {
        let root = try Self.project()
        try FileManager.default.removeItem(atPath: root + "/site/.qunfang-site")
        try "照片".write(toFile: root + "/site/assets/family-photo.jpg", atomically: true, encoding: .utf8)
        let guardian = OutputGuard(protecting: [.init(path: root + "/content", role: "记录文件夹")])
        let error = try #require(throws: SiteError.self) { try guardian.check(output: root + "/site") }
        #expect(error.description.contains("不是本工具生成的网站"), "\(error)")
        try FileManager.default.removeItem(atPath: root + "/site/assets/family-photo.jpg")
        #expect(throws: SiteError.self) { try guardian.check(output: root + "/site") }
        try FileManager.default.removeItem(atPath: root + "/site")
        try FileManager.default.createDirectory(atPath: root + "/site", withIntermediateDirectories: true)
        #expect(try guardian.check(output: root + "/site") == root + "/site")
    }

    @Test(arguments: ["site", "site/", "fresh", "fresh/deeper/site", "./notes/../site"])
    func accepted(relative: String) throws {
        let root = try Self.project()
        let guardian = OutputGuard(protecting: [.init(path: root + "/content", role: "记录文件夹")])
        #expect(try guardian.check(output: root + "/" + relative).hasPrefix(root + "/"))
    }

    /// In a folder T holding `a/b/` and the link `l → a/b`: a link is followed before the `..`
    /// after it (as the kernel does: `l/..` is `a`, not T), `.` and repeated slashes vanish, and
    /// below the first missing component the rest is taken as written.
    @Test(arguments: [
        ("a/./b/../c", "a/c"), ("a//b/", "a/b"), ("l", "a/b"), ("l/..", "a"), ("l/../b", "a/b"),
        ("l/new/x", "a/b/new/x"), ("missing/../a", "a"), ("a/b/../../a", "a"),
    ])
    func pathsAreResolvedLikeTheKernelDoes(path: String, expected: String) throws {
        let folder = TemporaryFolder("resolve")
        defer { folder.remove() }
        try FileManager.default.createDirectory(atPath: folder.path("a/b"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder.path("l"), withDestinationPath: "a/b")
        #expect(OutputPath.resolve(folder.path(path)) == folder.path(expected))
        // Where the whole path exists, the kernel's own answer agrees.
        if let real = OutputPath.realPath(folder.path(path)) { #expect(real == folder.path(expected)) }
    }

    @Test func theRootAndRelativePathsResolveToAbsolutePaths() {
        #expect(OutputPath.resolve("/") == "/")
        #expect(OutputPath.resolve("/..") == "/")
        #expect(OutputPath.resolve("x") == OutputPath.resolve(FileManager.default.currentDirectoryPath) + "/x")
    }

    /// Every built site carries the marker, and a site is still deterministic with it.
    @Test func builtSitesAreMarked() throws {
        let root = try Self.project()
        #expect(SiteMarker.isMarked(root + "/site"))
        #expect(try String(contentsOfFile: root + "/site/.qunfang-site", encoding: .utf8) == SiteMarker.text)
        // A lock file beside it, and nothing else (caches live in the project: CacheFolder).
        #expect(try FileManager.default.contentsOfDirectory(atPath: root).sorted()
            == [".site.lock", "content", "link", "notes", "site"])
    }

    /// A folder is exchanged in one step where the system can (Linux).
    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/proc/version")))
    func foldersAreExchangedAtomically() throws {
        let root = OutputPath.resolve(TemporaryFolder("site-tests").path)
        try FileManager.default.createDirectory(atPath: root + "/a", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: root + "/b", withIntermediateDirectories: true)
        try "a".write(toFile: root + "/a/which", atomically: true, encoding: .utf8)
        try "b".write(toFile: root + "/b/which", atomically: true, encoding: .utf8)
        #expect(AtomicExchange.exchange(root + "/a", root + "/b"))
        #expect(try String(contentsOfFile: root + "/a/which", encoding: .utf8) == "b")
        #expect(try String(contentsOfFile: root + "/b/which", encoding: .utf8) == "a")
    }

    /// A record the file system refuses to read is an error naming the file (the way root,
    /// which chmod cannot stop, still meets unreadable files).
    @Test func anUnreadableRecordIsAnError() throws {
        var files: [String: [UInt8]] = [:]
        for file in try SampleGenerator(communities: 2).files() { files["content/" + file.relativePath] = Array(file.text.utf8) }
        let victim = try #require(files.keys.filter { $0.contains("/communities/") }.min())
        let memory = FileSystem.memory(files)
        let failing = FileSystem(
            read: { path in
                if path == victim { throw FileSystemError("没有读取权限") }
                return try memory.read(path)
            },
            list: memory.list)
        let result = ContentLoader(fileSystem: failing).load(root: "content")
        #expect(result.content == nil)
        let error = try #require(result.diagnostics.first { $0.isError })
        #expect(error.location.file == victim)
        #expect(error.message.contains("没有读取权限"))
    }
}
