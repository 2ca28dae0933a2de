import Foundation

/// The file `.qunfang-site` that every built site carries at its root. A folder is only ever
/// replaced or deleted by a build when it provably is one of ours: it holds this marker (or is
/// empty). A folder's shape proves nothing: a site-like folder may hold the user's own files.
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
}
