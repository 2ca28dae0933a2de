import Foundation
import Records
import Scoring
import Testing

@Suite struct LocalFileSystemTests {
    @Test func loadsFromDiskAndReportsUnreadableFiles() throws {
        let root = FileManager.default.temporaryDirectory
            .appendingPathComponent("qunfang-records-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        for (path, bytes) in Fixtures.content() {
            let url = root.appendingPathComponent(String(path.dropFirst("content/".count)))
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
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
}
