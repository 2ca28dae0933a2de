import Foundation
import RecordsFixture
import Testing
import TestSupport

/// No byte that a build writes anywhere holds a phone number or an address of the records: not
/// the site, not the record cache, the render manifest or the replaced site kept in the cache, not
/// the lock file, not the stage or the moved-aside site while they exist (docs/safety.md §7). The caches are in the project, private
/// to the user, and nothing but the lock file is put beside the output, even in a web root.
@Suite struct PersonalDataOnDiskTests {
    /// Every file under `folder` but the inputs (`project/content`, `project/themes`), by path
    /// relative to it, with its bytes; links are not followed.
    static func written(under folder: String) -> [String: [UInt8]] {
        FolderSnapshot.of(folder).filter { !$0.key.hasPrefix("project/content") && !$0.key.hasPrefix("project/themes") }
    }

    /// The leaks among `files`: every file's path and bytes are searched.
    static func leaks(in files: [String: [UInt8]], of personal: PersonalData) -> [String] {
        files.flatMap { path, bytes in
            personal.leaks(in: Array(path.utf8) + [0] + bytes).map { "\(path): \($0)" }
        }.sorted()
    }

    static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }

    static func mode(_ path: String) -> mode_t {
        var info = stat()
        return lstat(path, &info) == 0 ? info.st_mode & 0o777 : 0
    }

    /// Builds the repository's sample content, copied into `T/project`, into `T/www/html/qunfang`
    /// twice (cold, then with the caches warm), searching everything under `T` while each build is
    /// paused with its stage complete (`swap`) or the old site moved aside (`cleanup`), and after.
    @Test func noPersonalDataInAnythingABuildWrites() throws {
        let folder = TemporaryFolder("process").path
        let project = folder + "/project"
        try FileManager.default.createDirectory(atPath: project, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Harness.packageRoot + "/content", toPath: project + "/content")
        try FileManager.default.copyItem(atPath: Harness.themes, toPath: project + "/themes")
        let records = (FileManager.default.subpaths(atPath: project + "/content") ?? []).filter { $0.hasSuffix(".yaml") }
            .compactMap { try? String(contentsOfFile: project + "/content/" + $0, encoding: .utf8) }
        let personal = PersonalData(records: records)
        #expect(personal.phones.count > 1000 && personal.addresses.count > 1000)
        let webRoot = folder + "/www/html"
        try FileManager.default.createDirectory(atPath: webRoot, withIntermediateDirectories: true)

        let control = TemporaryFolder("process").path
        for (round, point) in [(1, "swap"), (2, "cleanup")] {
            let resume = control + "/resume-\(round)"
            let child = try ChildProcess(Harness.qunfang, ["build", "--output", webRoot + "/qunfang"], in: project, environment: [
                "QUNFANG_TEST_PAUSE_AT": point, "QUNFANG_TEST_PAUSE_SECONDS": "60", "QUNFANG_TEST_RESUME_FILE": resume,
            ])
            #expect(child.waitForError("qunfang-test-pause: \(point)", timeout: 120), "\(child.stderr)")
            let during = Self.written(under: folder)
            // The stage (and on the second round the moved-aside site) is part of what is searched.
            #expect(during.keys.contains { $0.hasPrefix("www/html/qunfang.tmp-") && $0.hasSuffix("index.html") }, "\(during.keys.sorted().prefix(5))")
            #expect(Self.leaks(in: during, of: personal).isEmpty, "\(Self.leaks(in: during, of: personal).prefix(10))")
            _ = FileManager.default.createFile(atPath: resume, contents: nil)
            #expect(child.finish() == 0, "\(child.stderr)")

            let after = Self.written(under: folder)
            #expect(after.keys.contains("project/.qunfang-cache/content.records"))
            #expect(after.keys.contains { $0.hasPrefix("project/.qunfang-cache/") && $0.hasSuffix(".manifest") })
            #expect(after.keys.contains("www/html/qunfang/2017/c/hutang.html"))
            #expect(Self.leaks(in: after, of: personal).isEmpty, "\(Self.leaks(in: after, of: personal).prefix(10))")
            // Beside the output only the (empty) lock file; the caches are the user's alone.
            #expect(FolderSnapshot.entries(webRoot) == [".qunfang.lock", "qunfang"])
            #expect(after["www/html/.qunfang.lock"] == [])
            #expect(Self.mode(project + "/.qunfang-cache") == 0o700)
            // Files 0600; the site the build replaced, kept for the next one, in a folder 0700.
            for entry in FolderSnapshot.entries(project + "/.qunfang-cache") {
                let path = project + "/.qunfang-cache/" + entry
                #expect(Self.mode(path) == (Self.isFolder(path) ? 0o700 : 0o600), "\(entry)")
            }
            if round == 2 {
                #expect(FolderSnapshot.entries(project + "/.qunfang-cache").contains { $0.hasSuffix(".kept") })
            }
        }
        // The rosters are still published, with the phones masked.
        let scorecard = try String(contentsOfFile: webRoot + "/qunfang/2017/c/hutang.html", encoding: .utf8)
        #expect(scorecard.contains("****"))
    }
}
