import Foundation
import Testing
@testable import Preview
import TestSupport

struct ChangeWatcherTests {
    @Test func snapshotSeesChangedAddedAndRemovedFiles() throws {
        let folder = TemporaryFolder("preview")
        defer { folder.remove() }
        let record = try folder.write("content/2017/communities/hutang.yaml", "社区: 湖塘社区\n")
        let police = try folder.write("content/2017/police.yaml", "{}\n")
        let css = try folder.write("themes/default/assets/site.css", "body{}\n")
        let roots = [folder.path + "/content", folder.path + "/themes"]
        let before = FolderSnapshot.take(roots)
        #expect(before.files.count == 3)
        #expect(before.changes(to: FolderSnapshot.take(roots)).isEmpty)

        try folder.write("content/2017/communities/hutang.yaml", "社区: 湖塘社区\n派出所: 湖塘派出所\n")
        let added = try folder.write("content/2017/communities/xincheng.yaml", "社区: 新城社区\n")
        try FileManager.default.removeItem(atPath: police)
        #expect(before.changes(to: FolderSnapshot.take(roots)) == [record, police, added].sorted())
        _ = css
    }

    @Test func sameSizeEditIsSeenByItsModificationTime() throws {
        let folder = TemporaryFolder("preview")
        defer { folder.remove() }
        let record = try folder.write("a.yaml", "社区: 甲\n")
        let before = FolderSnapshot.take([folder.path])
        try folder.write("a.yaml", "社区: 乙\n")
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 5)], ofItemAtPath: record)
        #expect(before.changes(to: FolderSnapshot.take([folder.path])) == [record])
    }

    @Test func editorScratchFilesAndMissingRootsAreIgnored() throws {
        let folder = TemporaryFolder("preview")
        defer { folder.remove() }
        let before = FolderSnapshot.take([folder.path, folder.path + "/missing"])
        try folder.write(".a.yaml.swp", "x")
        try folder.write("a.yaml~", "x")
        try folder.write("#a.yaml#", "x")
        #expect(before.changes(to: FolderSnapshot.take([folder.path, folder.path + "/missing"])).isEmpty)
    }

    @Test func watcherReportsOneSettledBatch() async throws {
        let folder = TemporaryFolder("preview")
        defer { folder.remove() }
        try folder.write("a.yaml", "1\n")
        let watcher = ChangeWatcher(roots: [folder.path], interval: .milliseconds(20))
        let batches = BatchLog()
        let task = Task { await watcher.run { await batches.append($0) } }
        try await Task.sleep(for: .milliseconds(60))
        let a = try folder.write("a.yaml", "22\n")
        let b = try folder.write("b.yaml", "3\n")
        let deadline = ContinuousClock.now + .seconds(60)  // a wait, not a speed check: busy machines are slow
        while await batches.all.isEmpty, ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(10)) }
        task.cancel()
        await task.value
        let all = await batches.all
        #expect(all.first == [a, b])
        #expect(all.count == 1)
    }
}

actor BatchLog {
    private(set) var all: [[String]] = []
    func append(_ batch: [String]) { all.append(batch) }
}
