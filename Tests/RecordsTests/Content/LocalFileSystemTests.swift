import Foundation
import Records
import Scoring
import TestSupport
import Testing

@Suite struct LocalFileSystemTests {
    /// The valid fixture content written to a fresh temporary folder.
    static func writeFixture() throws -> URL {
        let root = TemporaryFolder("records").url
        for (path, bytes) in Fixtures.content() {
            let url = root.appendingPathComponent(String(path.dropFirst("content/".count)))
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
        return root
    }

    @Test func loadsFromDiskAndReportsUnreadableFiles() throws {
        let root = try Self.writeFixture()
        defer { try? FileManager.default.removeItem(at: root) }
        let loader = ContentLoader(fileSystem: .local)
        let result = loader.load(root: root.path)
        #expect(result.diagnostics.map(\.description) == [])
        #expect(result.content?.years.first?.records.communities.map(\.slug) == ["hutang"])

        // A folder where a file is expected is reported, never a crash.
        let police = root.appendingPathComponent("2017/police.yaml")
        try FileManager.default.removeItem(at: police)
        try FileManager.default.createDirectory(at: police, withIntermediateDirectories: true)
        #expect(throws: FileSystemError.self) { try FileSystem.local.read(police.path) }
        #expect(loader.load(root: root.path).content == nil)
    }

    /// A record on disk over the size limit is refused from its size, before any byte of it is
    /// read (a sparse 100 MB file here), with its size in the message; one at the limit is read
    /// whole.
    @Test func anOversizedRecordOnDiskIsRefusedFromItsSize() throws {
        let root = try Self.writeFixture()
        defer { try? FileManager.default.removeItem(at: root) }
        let huge = root.appendingPathComponent("2017/communities/huge.yaml").path
        #expect(FileManager.default.createFile(atPath: huge, contents: nil))
        #expect(truncate(huge, 100 * 1000 * 1000) == 0)
        let result = ContentLoader(fileSystem: .local).load(root: root.path)
        #expect(result.diagnostics.filter { $0.isError && $0.location.file == huge }.map(\.description) == [
            "\(huge):1:1: 错误: 文件过大（95.4 MiB），超过 10 MiB 的上限。提示：记录文件通常不到 1 MiB，请检查文件是否被错误生成",
        ])
        let error = try #require(throws: FileSystemError.self) { try FileSystem.local.read(huge) }
        #expect(error.size == 100 * 1000 * 1000)
        #expect(truncate(huge, off_t(FileSystem.readLimit)) == 0)
        #expect(try FileSystem.local.read(huge).count == FileSystem.readLimit)
    }

    /// A FIFO named like a record is refused at once instead of blocking the build forever.
    @Test func aPipeNamedLikeARecordIsAnErrorNotAHang() throws {
        let root = try Self.writeFixture()
        defer { try? FileManager.default.removeItem(at: root) }
        let pipe = root.appendingPathComponent("2017/communities/pipe.yaml").path
        #expect(mkfifo(pipe, 0o644) == 0)
        let result = ContentLoader(fileSystem: .local).load(root: root.path)
        #expect(result.content == nil)
        #expect(result.diagnostics.contains { $0.isError && $0.location.file.hasSuffix("pipe.yaml") && $0.message.contains("不是普通文件") })
    }

    /// Confined to a root, the disk follows a link only to a file inside it: out of the root, a
    /// loop, a dangling link and a link to a folder are refused naming the link, also when the
    /// link is a folder on the way; `..` cannot climb out.
    @Test func aConfinedDiskFollowsLinksToFilesInsideOnly() throws {
        let scratch = TemporaryFolder("links")
        defer { scratch.remove() }
        let base = scratch.path
        let manager = FileManager.default
        try manager.createDirectory(atPath: base + "/root/sub", withIntermediateDirectories: true)
        try manager.createDirectory(atPath: base + "/outside", withIntermediateDirectories: true)
        try "inside".write(toFile: base + "/root/sub/file.txt", atomically: true, encoding: .utf8)
        try "secret".write(toFile: base + "/outside/secret.txt", atomically: true, encoding: .utf8)
        try manager.createSymbolicLink(atPath: base + "/root/good", withDestinationPath: "sub/file.txt")
        try manager.createSymbolicLink(atPath: base + "/root/out", withDestinationPath: "../outside/secret.txt")
        try manager.createSymbolicLink(atPath: base + "/root/outdir", withDestinationPath: "../outside")
        try manager.createSymbolicLink(atPath: base + "/root/sub/up", withDestinationPath: "..")
        try manager.createSymbolicLink(atPath: base + "/root/folder", withDestinationPath: "sub")
        try manager.createSymbolicLink(atPath: base + "/root/gone", withDestinationPath: "nothing")
        let disk = FileSystem.local.confined(to: base + "/root", role: "记录文件夹")
        #expect(try disk.read(base + "/root/good") == Array("inside".utf8))

        func refusal(_ path: String) -> FileSystemError? {
            do { _ = try disk.read(base + "/root/" + path) } catch let error as FileSystemError { return error } catch { return nil }
            return nil
        }
        let out = try #require(refusal("out"))
        #expect(out.link == base + "/root/out" && out.message.contains("在记录文件夹 \(base)/root 之外"))
        #expect(refusal("outdir/secret.txt")?.link == base + "/root/outdir")
        #expect(refusal("sub/up/sub/file.txt")?.message.contains("形成循环") == true)
        #expect(refusal("folder/file.txt")?.message.contains("指向文件夹 sub") == true)
        #expect(refusal("gone")?.message.contains("指向不存在的 nothing") == true)
        #expect(refusal("sub/../../outside/secret.txt")?.message.contains("..") == true)

        let entries = try #require(try disk.list(base + "/root"))
        let kinds = Dictionary(uniqueKeysWithValues: entries.map { ($0.name, $0.kind) })
        #expect(kinds["good"] == .file && kinds["sub"] == .directory)
        for name in ["out", "outdir", "folder", "gone"] { #expect(kinds[name]?.isRefused == true, "\(name)") }
    }
}

extension FileSystem.EntryKind {
    var isRefused: Bool { if case .refusedLink = self { true } else { false } }
}
