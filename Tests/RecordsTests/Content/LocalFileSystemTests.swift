import Foundation
import Records
import Scoring
import Testing

@Suite struct LocalFileSystemTests {
    /// The valid fixture content written to a fresh temporary folder.
    static func writeFixture() throws -> URL {
        let root = FileManager.default.temporaryDirectory
            .appendingPathComponent("qunfang-records-\(UUID().uuidString)")
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
}
