import Foundation

/// The served site folder, and how a request's path maps into it. Nothing outside the folder
/// is ever read: the raw (still percent-encoded) path is decoded once and cleaned into segments
/// (`segments(ofRawPath:)`: a `..` that would climb above the folder, a NUL or a backslash refuses
/// the request), and the resolved file's real path (symbolic links followed) must still lie
/// inside the folder's real path. The same cleaned segments name the file and build a redirect's
/// `Location`, so a redirect can only point at a path of this site.
public struct SiteFolder: Sendable {
    /// What a request path resolves to.
    public enum Resolution: Equatable, Sendable {
        /// A regular file inside the folder (absolute path).
        case file(String)
        /// A folder was asked for without its trailing slash: redirect so relative links work.
        case redirect(String)
        /// Nothing there.
        case notFound
        /// The path tries to leave the folder or is malformed.
        case refused
    }

    public let root: String

    public init(root: String) {
        var path = root
        while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
        self.root = path
    }

    /// The cleaned path: its segments, decoded, with empty segments (`//`) and `.` dropped and
    /// each `..` removing the segment before it, as a browser resolves a URL. Nil when the path
    /// is malformed (not starting with `/`, bad percent-encoding, a NUL or a backslash in a
    /// segment) or when a `..` (also as `%2e%2e`) would climb above the site folder: browsers
    /// never send those, so only a probe for files outside the folder does.
    public static func segments(ofRawPath rawPath: String) -> [String]? {
        let pathOnly = rawPath.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        guard pathOnly.hasPrefix("/") || pathOnly.isEmpty,
              let decoded = String(pathOnly).removingPercentEncoding else { return nil }
        var segments: [String] = []
        for segment in decoded.split(separator: "/", omittingEmptySubsequences: true) {
            if segment.contains("\0") || segment.contains("\\") { return nil }
            switch segment {
            case ".": continue
            case "..": guard segments.popLast() != nil else { return nil }
            default: segments.append(String(segment))
            }
        }
        return segments
    }

    /// The same-origin absolute path of cleaned `segments`: exactly one leading `/`, each segment
    /// percent-encoded (everything but RFC 3986 unreserved characters and the sub-delimiters a
    /// path segment may hold), so `?`, `#`, `%`, CR/LF and non-ASCII never reach a header as is.
    public static func urlPath(_ segments: [String]) -> String {
        "/" + segments.map { $0.addingPercentEncoding(withAllowedCharacters: segmentCharacters) ?? "" }
            .joined(separator: "/")
    }

    /// RFC 3986 `pchar` without `%`, ASCII only (`CharacterSet.alphanumerics` has every script's letters).
    static let segmentCharacters = CharacterSet(
        charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=:@")

    /// Resolves a raw request path (`/2017/`, `/2017/c/hutang.html`, `/assets/site.css`).
    public func resolve(rawPath: String) -> Resolution {
        guard let segments = Self.segments(ofRawPath: rawPath) else { return .refused }
        var path = ([root] + segments).joined(separator: "/")
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return .notFound }
        if isDirectory.boolValue {
            // Relative links need the browser's URL to end with `/`. The redirect names the
            // cleaned path, never the raw one: `//2017` would be a protocol-relative URL (host "2017").
            let requested = rawPath.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            guard requested.hasSuffix("/") else {
                return .redirect(segments.isEmpty ? "/" : Self.urlPath(segments) + "/")
            }
            path += "/index.html"
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
                return .notFound
            }
        }
        guard let realRoot = Self.realPath(root), let realFile = Self.realPath(path) else { return .notFound }
        guard realFile.hasPrefix(realRoot == "/" ? "/" : realRoot + "/") else { return .refused }
        return .file(path)
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
