import Foundation
import Testing
import TestSupport

/// `build --output` never replaces the user's files: every dangerous target is refused before
/// anything is touched (no lock file, no stage, not one byte changed), with exit status 1.
@Suite struct OutputRefusalTests {
    /// A project folder `P` holding `content/` (a copy of sample A), `Package.swift`,
    /// `notes/` (someone's files) and a symbolic link `link` to `content`.
    static func project() throws -> String {
        let sites = try #require(SampleSites.shared)
        let project = TemporaryFolder("process").path + "/project"
        try FileManager.default.createDirectory(atPath: project, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: sites.contentA, toPath: project + "/content")
        try "// swift-tools-version: 6.0\n".write(toFile: project + "/Package.swift", atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: project + "/notes", withIntermediateDirectories: true)
        try "重要".write(toFile: project + "/notes/todo.txt", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: project + "/link", withDestinationPath: "content")
        try FileManager.default.createDirectory(atPath: project + "/other", withIntermediateDirectories: true)
        try "x".write(toFile: project + "/file.txt", atomically: true, encoding: .utf8)
        return project
    }

    @Test(arguments: [
        ("content", "就是记录文件夹"),
        ("content/", "就是记录文件夹"),
        ("link", "就是记录文件夹"),
        ("./other/../content", "就是记录文件夹"),
        (".", "包含记录文件夹"),
        ("..", "包含记录文件夹"),
        ("content/2017", "位于记录文件夹"),
        ("link/site", "位于记录文件夹"),
        ("notes", "不是本工具生成的网站"),
        ("file.txt", "不是文件夹"),
        ("file.txt/site", "不是文件夹"),
        ("/", "根目录"),
    ])
    func refused(output: String, message: String) throws {
        let project = try Self.project()
        let parent = TemporaryFolder.real(project + "/..")
        let before = FolderSnapshot.of(parent)
        let result = try Harness.run(["build", "--output", output, "--themes", Harness.themes], in: project)
        #expect(result.status == 1)
        #expect(result.stderr.contains("错误: ") && result.stderr.contains(message), "\(result.stderr)")
        #expect(result.stderr.contains("未做任何改动"))
        #expect(FolderSnapshot.of(parent) == before)
    }

    /// The project root itself, recognised by `Package.swift` or `.git` even when the content
    /// folder lives elsewhere.
    @Test(arguments: ["Package.swift", ".git"])
    func aProjectRootIsRefused(sign: String) throws {
        let sites = try #require(SampleSites.shared)
        let folder = TemporaryFolder("process").path
        try FileManager.default.createDirectory(atPath: folder + "/" + sign, withIntermediateDirectories: true)
        let before = FolderSnapshot.of(folder)
        let result = try Harness.run(Harness.buildArguments(content: sites.contentA, output: "."), in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("像是项目根目录"), "\(result.stderr)")
        #expect(FolderSnapshot.of(folder) == before)
    }

    /// The themes folder is protected like the content folder.
    @Test func theThemesFolderIsRefused() throws {
        let sites = try #require(SampleSites.shared)
        let folder = TemporaryFolder("process").path
        let result = try Harness.run(Harness.buildArguments(content: sites.contentA, output: Harness.themes), in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("就是主题文件夹"), "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: Harness.themes + "/default/templates/layout.mustache"))
    }

    /// A folder that looks like a site at its top (index.html, assets/, a year with results.json)
    /// but has no marker may hold the user's own files further down: it is refused, untouched,
    /// whatever its shape. So is a site built without the marker, once its marker is removed.
    @Test(arguments: [false, true])
    func aFolderWithoutMarkerIsRefused(builtSite: Bool) throws {
        let sites = try #require(SampleSites.shared)
        let folder = try sites.folderWithSiteA()
        let output = folder + "/out/site"
        if builtSite {
            try FileManager.default.removeItem(atPath: output + "/.qunfang-site")
        } else {
            try FileManager.default.removeItem(atPath: output)
            for (path, text) in [("index.html", "<p>我的主页</p>"), ("assets/family-photo.jpg", "照片"),
                                 ("2017/results.json", "{}"), ("2017/笔记.docx", "笔记"), ("pages/resume.html", "简历")] {
                let file = output + "/" + path
                try FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent,
                                                        withIntermediateDirectories: true)
                try text.write(toFile: file, atomically: true, encoding: .utf8)
            }
        }
        let before = FolderSnapshot.of(folder)
        let result = try Harness.run(Harness.buildArguments(content: sites.contentB, output: "out/site"), in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("out/site:1:1: 错误: 输出文件夹 out/site 不是空的，也不是本工具生成的网站"), "\(result.stderr)")
        #expect(result.stderr.contains("请换一个不存在的或空的输出文件夹") && result.stderr.contains("未做任何改动"))
        #expect(FolderSnapshot.of(folder) == before)
    }

    /// An empty folder, a missing one, or one whose parents do not exist yet are all fine.
    @Test(arguments: ["empty", "missing", "deep/er/site"])
    func freshOutputsAreAccepted(output: String) throws {
        let sites = try #require(SampleSites.shared)
        let folder = TemporaryFolder("process").path
        try FileManager.default.createDirectory(atPath: folder + "/empty", withIntermediateDirectories: true)
        let result = try Harness.run(Harness.buildArguments(content: sites.contentA, output: output), in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FolderSnapshot.of(folder + "/" + output) == sites.siteA)
    }
}
