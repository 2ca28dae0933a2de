import Foundation
import Testing
@testable import Preview
import TestSupport

struct SiteFolderTests {
    @Test(arguments: [
        ("/", [String]()),
        ("/2017/c/hutang.html", ["2017", "c", "hutang.html"]),
        ("/2017//./q1.html", ["2017", "q1.html"]),
        ("/pages/%E5%85%B3%E4%BA%8E.html", ["pages", "关于.html"]),
        ("/a%20b.html?x=1", ["a b.html"]),
        ("//2017", ["2017"]),
        ("/%2F2017", ["2017"]),
        ("/2017/../assets/./site.css", ["assets", "site.css"]),
        ("/2017/%2e%2e/2018/", ["2018"]),
    ])
    func segments(rawPath: String, expected: [String]) {
        #expect(SiteFolder.segments(ofRawPath: rawPath) == expected)
    }

    @Test(arguments: [
        "/../Package.swift", "/%2e%2e/Package.swift", "/%2E%2E/%2e%2e/etc/passwd", "/2017/../../x",
        "/a/..%2f..%2fPackage.swift", "/a%5c..%5cb", "/a%00.html", "relative.html", "/%zz",
        "/\\2017", "/%5C2017", "/./../2017", "/2017/../../2017",
    ])
    func refusesTraversalAndMalformedPaths(rawPath: String) throws {
        #expect(SiteFolder.segments(ofRawPath: rawPath) == nil)
        let folder = TemporaryFolder("preview")
        defer { folder.remove() }
        #expect(SiteFolder(root: folder.path).resolve(rawPath: rawPath) == .refused)
    }

    @Test func resolvesFilesFoldersAndMissingPaths() throws {
        let folder = TemporaryFolder("preview")
        defer { folder.remove() }
        let index = try folder.write("index.html", "home")
        let yearIndex = try folder.write("2017/index.html", "year")
        let css = try folder.write("assets/site.css", "body{}")
        let site = SiteFolder(root: folder.path + "/")
        #expect(site.resolve(rawPath: "/") == .file(index))
        #expect(site.resolve(rawPath: "/2017/") == .file(yearIndex))
        #expect(site.resolve(rawPath: "/2017") == .redirect("/2017/"))
        #expect(site.resolve(rawPath: "/assets/site.css") == .file(css))
        #expect(site.resolve(rawPath: "/assets/") == .notFound)
        #expect(site.resolve(rawPath: "/nothing.html") == .notFound)
    }

    /// A folder asked for without its trailing slash redirects to its cleaned path: always one
    /// leading `/` (never `//host` or `/\\host`, which a browser takes for another site),
    /// percent-encoded, without the query.
    @Test(arguments: [
        ("/2017", "/2017/"), ("//2017", "/2017/"), ("///2017", "/2017/"), ("/%2F2017", "/2017/"),
        ("/%2f%2F2017", "/2017/"), ("/./2017", "/2017/"), ("//./2017", "/2017/"), ("/x/../2017", "/2017/"),
        ("/2017/.", "/2017/"), ("//2017?next=//evil.example", "/2017/"), ("/2017/..", "/"),
        ("/%E5%85%B3%E4%BA%8E%20%231%3F%25", "/%E5%85%B3%E4%BA%8E%20%231%3F%25/"),
        ("//%E5%85%B3%E4%BA%8E%20%231%3F%25", "/%E5%85%B3%E4%BA%8E%20%231%3F%25/"),
    ])
    func redirectsNameTheCleanedPath(rawPath: String, location: String) throws {
        let folder = TemporaryFolder("preview")
        defer { folder.remove() }
        try folder.write("index.html", "home")
        try folder.write("2017/index.html", "year")
        try folder.write("关于 #1?%/index.html", "about")
        #expect(SiteFolder(root: folder.path).resolve(rawPath: rawPath) == .redirect(location))
        #expect(location.hasPrefix("/") && !location.dropFirst().hasPrefix("/") && !location.contains("\\"))
    }

    @Test func refusesSymbolicLinksLeadingOutOfTheFolder() throws {
        let outside = TemporaryFolder("preview")
        let folder = TemporaryFolder("preview")
        defer { outside.remove(); folder.remove() }
        let secret = try outside.write("secret.txt", "secret")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/leak.txt", withDestinationPath: secret)
        try folder.write("inside.txt", "ok")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/alias.txt",
                                                   withDestinationPath: folder.path + "/inside.txt")
        let site = SiteFolder(root: folder.path)
        #expect(site.resolve(rawPath: "/leak.txt") == .refused)
        #expect(site.resolve(rawPath: "/alias.txt") == .file(folder.path + "/alias.txt"))
    }
}
