import Foundation
import Records
import Scoring
import Testing
@testable import Site
import TestSupport

/// A missing theme folder or template, or a template syntax error, is a located diagnostic.
@Suite struct ThemeTests {
    /// A copy of the default theme in a temporary themes folder, changed by `edit`.
    static func brokenThemes(_ edit: (String) throws -> Void) throws -> String {
        let root = TemporaryFolder("site-tests").path
        try FileManager.default.copyItem(atPath: Fixture.themesRoot + "/default", toPath: root + "/default")
        try edit(root + "/default/templates")
        return root
    }

    @Test func theDefaultThemeLoads() throws {
        let theme = try Theme.load(root: Fixture.themesRoot, name: "default")
        #expect(theme.assets.map(\.path).contains("site.css"))
        #expect(theme.assets.map(\.path).contains("print.css"))
    }

    @Test func aMissingThemeFolderPointsAtSiteYaml() throws {
        let location = SourceLocation(file: "content/site.yaml", line: 3, column: 5)
        let error = try #require(throws: SiteError.self) {
            try Theme.load(root: Fixture.themesRoot, name: "nosuch", requestedAt: location)
        }
        #expect(error.description.hasPrefix("content/site.yaml:3:5: 错误: 找不到主题“nosuch”"))
    }

    /// An asset that cannot be read (here a dangling link) is an error naming the link, never an
    /// empty file.
    @Test func anUnreadableAssetIsAnError() throws {
        let root = try Self.brokenThemes { templates in
            let assets = (templates as NSString).deletingLastPathComponent + "/assets"
            try FileManager.default.createSymbolicLink(atPath: assets + "/logo.png", withDestinationPath: "/nonexistent/logo.png")
        }
        let error = try #require(throws: SiteError.self) { try Theme.load(root: root, name: "default") }
        #expect(error.description.hasPrefix("\(root)/default/assets/logo.png:1:1: 错误: 符号链接 \(root)/default/assets/logo.png 指向不存在的 /nonexistent/logo.png"))
    }

    /// An asset over the size limit is refused from its size (the disk reads none of it), with
    /// the theme's own message.
    @Test func anOversizedAssetIsRefused() throws {
        let root = try Self.brokenThemes { templates in
            let assets = (templates as NSString).deletingLastPathComponent + "/assets"
            #expect(FileManager.default.createFile(atPath: assets + "/video.mp4", contents: nil))
            #expect(truncate(assets + "/video.mp4", off_t(FileSystem.readLimit + 1)) == 0)
        }
        let error = try #require(throws: SiteError.self) { try Theme.load(root: root, name: "default") }
        #expect(error.description == "\(root)/default/assets/video.mp4:1:1: 错误: 主题文件过大，超过 10 MiB 的上限")
    }

    @Test func aMissingTemplateIsNamed() throws {
        let root = try Self.brokenThemes { try FileManager.default.removeItem(atPath: $0 + "/quarter.mustache") }
        let error = try #require(throws: SiteError.self) { try Theme.load(root: root, name: "default") }
        #expect(error.description == "\(root)/default/templates/quarter.mustache:1:1: 错误: 主题“default”缺少模板 quarter.mustache（每个主题都必须提供它）")
    }

    @Test(arguments: [
        ("{{#rows}}\n  <p>{{name}}</p>\n{{/cols}}\n", 3, "结束标签"),
        ("<p>\n{{#rows}}\n{{name}}\n", 4, "缺少结束标签"),
        ("<p>{{name</p>\n", 1, "没有写完"),
    ])
    func aSyntaxErrorHasLineAndColumn(template: String, line: Int, words: String) throws {
        let root = try Self.brokenThemes { folder in
            try template.write(toFile: folder + "/partials/form.mustache", atomically: true, encoding: .utf8)
        }
        let error = try #require(throws: SiteError.self) { try Theme.load(root: root, name: "default") }
        let diagnostic = try #require(error.diagnostics.first)
        #expect(error.diagnostics.count == 1)
        #expect(diagnostic.location.file == "\(root)/default/templates/partials/form.mustache")
        #expect(diagnostic.location.line == line)
        #expect(diagnostic.location.column >= 1)
        #expect(diagnostic.description.contains(": 错误: 模板语法错误："))
        #expect(diagnostic.message.contains(words))
    }

    @Test func everyProblemIsReportedInOneRun() throws {
        let root = try Self.brokenThemes { folder in
            try FileManager.default.removeItem(atPath: folder + "/rules.mustache")
            try "{{#a}}".write(toFile: folder + "/home.mustache", atomically: true, encoding: .utf8)
        }
        let error = try #require(throws: SiteError.self) { try Theme.load(root: root, name: "default") }
        #expect(error.diagnostics.count == 2)
    }

    /// A theme shares a file with another theme in the same themes folder through a link; a
    /// link to a folder is not followed, even inside.
    @Test func linksInsideTheThemesFolder() throws {
        let root = try Self.brokenThemes { _ in }
        try FileManager.default.createDirectory(atPath: root + "/shared", withIntermediateDirectories: true)
        try "p{}".write(toFile: root + "/shared/extra.css", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: root + "/default/assets/extra.css", withDestinationPath: "../../shared/extra.css")
        #expect(try Theme.load(root: root, name: "default").assets.contains { $0.path == "extra.css" && $0.bytes == Array("p{}".utf8) })
        try FileManager.default.createSymbolicLink(atPath: root + "/default/assets/more", withDestinationPath: "../../shared")
        let error = try #require(throws: SiteError.self) { try Theme.load(root: root, name: "default") }
        #expect(error.description.contains("\(root)/default/assets/more:1:1: 错误: 符号链接 \(root)/default/assets/more 指向文件夹"), "\(error)")
    }
}
