import Foundation
import Testing
import TestSupport

/// A symbolic link in the records or the theme never publishes a file from elsewhere and never
/// hangs the build: a link out of its folder, a loop, a dangling link or a link to a folder is a
/// located error naming the link and where it points, exit status 1, and nothing is written
/// (docs/safety.md §6). A link to a file inside stays usable.
@Suite struct SymbolicLinkTests {
    /// `T/project` with a copy of sample A as `content/`, the package's themes as `themes/`, and
    /// site A in `out/site`; returns `T/project`.
    static func project() throws -> String {
        let sites = try #require(SampleSites.shared)
        let folder = try sites.folderWithSiteA()
        let project = folder + "/project"
        try FileManager.default.createDirectory(atPath: project, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: sites.contentA, toPath: project + "/content")
        try FileManager.default.copyItem(atPath: Harness.themes, toPath: project + "/themes")
        try FileManager.default.createDirectory(atPath: project + "/content/pages", withIntermediateDirectories: true)
        return project
    }

    /// The sample's year folder (`2017`).
    static func year(in project: String) throws -> String {
        try #require(FolderSnapshot.entries(project + "/content").first { $0.count == 4 && $0.allSatisfy(\.isNumber) })
    }

    /// Runs `build` in `project` (killing it after `timeout` seconds: a loop must not hang it)
    /// and checks it refused with `message` at `link`, wrote nothing anywhere and printed
    /// nothing of the target's contents.
    static func expectRefused(_ project: String, link: String, message: String, timeout: Double = 60) throws {
        let folder = TemporaryFolder.real(project + "/..")
        let before = FolderSnapshot.of(folder)
        let child = try ChildProcess(Harness.qunfang, ["build", "--content", "content", "--themes", "themes",
                                                        "--output", "../out/site"], in: project)
        let deadline = Date().addingTimeInterval(timeout)
        while child.process.isRunning && Date() < deadline { usleep(20_000) }
        let hung = child.process.isRunning
        if hung { child.kill() }
        #expect(!hung, "the build did not end within \(timeout) s")
        #expect(child.finish() == 1)
        let stderr = child.stderr
        #expect(stderr.contains("\(link):1:1: 错误: 符号链接 \(link) "), "\(stderr)")
        #expect(stderr.contains(message), "\(stderr)")
        #expect(!stderr.contains("root:"), "the target's contents must not be printed")
        #expect(!stderr.contains("没有权限"), "\(stderr)")
        #expect(FolderSnapshot.of(folder) == before)
    }

    @Test func aPageLinkedToAFileOutsideIsRefused() throws {
        let project = try Self.project()
        try FileManager.default.createSymbolicLink(atPath: project + "/content/pages/leak.md", withDestinationPath: "/etc/passwd")
        try Self.expectRefused(project, link: "content/pages/leak.md", message: "指向 /etc/passwd，在记录文件夹 content 之外")
    }

    @Test func aYearIndexLinkedOutsideIsRefused() throws {
        let project = try Self.project()
        let index = project + "/content/" + (try Self.year(in: project)) + "/index.md"
        try? FileManager.default.removeItem(atPath: index)
        try FileManager.default.createSymbolicLink(atPath: index, withDestinationPath: "/etc/passwd")
        try Self.expectRefused(project, link: "content/\(try Self.year(in: project))/index.md",
                               message: "指向 /etc/passwd，在记录文件夹 content 之外")
    }

    /// A year folder that is a link to a copy elsewhere.
    @Test func aYearFolderLinkedOutsideIsRefused() throws {
        let project = try Self.project()
        let year = try Self.year(in: project)
        let elsewhere = TemporaryFolder.real(project + "/..") + "/elsewhere"
        try FileManager.default.moveItem(atPath: project + "/content/" + year, toPath: elsewhere)
        try FileManager.default.createSymbolicLink(atPath: project + "/content/" + year, withDestinationPath: elsewhere)
        try Self.expectRefused(project, link: "content/\(year)", message: "指向 \(elsewhere)，在记录文件夹 content 之外")
    }

    @Test func aThemeAssetLinkedOutsideIsRefused() throws {
        let project = try Self.project()
        try FileManager.default.createSymbolicLink(atPath: project + "/themes/default/assets/x", withDestinationPath: "/etc/passwd")
        try Self.expectRefused(project, link: "themes/default/assets/x", message: "指向 /etc/passwd，在主题文件夹 themes 之外")
    }

    /// `ln -s . a; ln -s . b` in assets: once a walk that followed them grew without end.
    @Test func aLoopInThemeAssetsIsRefusedNotFollowed() throws {
        let project = try Self.project()
        for name in ["a", "b"] {
            try FileManager.default.createSymbolicLink(atPath: project + "/themes/default/assets/" + name, withDestinationPath: ".")
        }
        try Self.expectRefused(project, link: "themes/default/assets/a", message: "形成循环")
    }

    /// Two links pointing at each other: once reported as "没有权限".
    @Test func linksPointingAtEachOtherAreALoop() throws {
        let project = try Self.project()
        let pages = project + "/content/pages/"
        try FileManager.default.createSymbolicLink(atPath: pages + "a.md", withDestinationPath: "b.md")
        try FileManager.default.createSymbolicLink(atPath: pages + "b.md", withDestinationPath: "a.md")
        try Self.expectRefused(project, link: "content/pages/a.md", message: "形成循环")
    }

    @Test func aDanglingLinkIsNamed() throws {
        let project = try Self.project()
        try FileManager.default.createSymbolicLink(atPath: project + "/content/pages/gone.md", withDestinationPath: "nowhere.md")
        try Self.expectRefused(project, link: "content/pages/gone.md", message: "指向不存在的 nowhere.md")
    }

    /// A link to a file inside the records is read as that file.
    @Test func aLinkToAFileInsideIsFollowed() throws {
        let project = try Self.project()
        try "# 关于\n\n正文\n".write(toFile: project + "/content/pages/about.md", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: project + "/content/pages/alias.md", withDestinationPath: "about.md")
        let result = try Harness.run(["build", "--content", "content", "--themes", "themes", "--output", "site"], in: project)
        #expect(result.status == 0, "\(result.stderr)")
        let about = FileManager.default.contents(atPath: project + "/site/pages/about.html")
        #expect(about != nil && about == FileManager.default.contents(atPath: project + "/site/pages/alias.html"))
    }
}
