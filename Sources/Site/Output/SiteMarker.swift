import Foundation

/// The file `.qunfang-site` that every built site carries at its root. A folder is only ever
/// replaced or deleted by a build when it provably is one of ours: it holds this marker (or,
/// for sites built before the marker existed, it has exactly a site's shape, see `isLegacySite`).
enum SiteMarker {
    static let fileName = ".qunfang-site"

    /// Fixed text (no date, no version): the same content still gives byte-identical sites.
    static let text = """
        qunfang-site
        此文件夹由 qunfang build 生成，每次生成都会被整体替换；请不要在这里存放其他文件。

        """

    static var file: SiteFile { SiteFile(path: SitePath(fileName), text: text) }

    /// Whether `folder` holds the marker as a regular file whose first line is ours.
    static func isMarked(_ folder: String) -> Bool {
        let path = folder + "/" + fileName
        guard OutputPath.isRegularFile(path), let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 64)) ?? Data()
        return head.starts(with: Data("qunfang-site\n".utf8))
    }

    /// A site written before the marker was introduced: `index.html`, `assets/`, at least one
    /// year folder with `results.json`, and nothing at the top that a build does not write
    /// (`pages/` and year folders). Anything else in the folder means someone else's files.
    static func isLegacySite(_ folder: String, entries: [String]) -> Bool {
        let years = entries.filter { $0.count == 4 && $0.allSatisfy { $0.isASCII && $0.isNumber } }
        let known = Set(["index.html", "assets", "pages"] + years)
        return entries.contains("index.html") && OutputPath.isRegularFile(folder + "/index.html")
            && OutputPath.isPlainDirectory(folder + "/assets")
            && entries.allSatisfy(known.contains)
            && years.contains { OutputPath.isRegularFile(folder + "/" + $0 + "/results.json") }
    }
}
