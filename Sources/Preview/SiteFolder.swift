import Foundation

/// The served site folder, and how a request's path maps into it. Nothing outside the folder
/// is ever read: the raw (still percent-encoded) path is decoded once, any `..` segment, NUL or
/// backslash refuses the request, and the resolved file's real path (symbolic links followed)
/// must still lie inside the folder's real path.
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

    /// The path's segments, decoded, with empty and `.` segments dropped; nil when the path is
    /// malformed or tries to climb out (`..`, also as `%2e%2e`).
    public static func segments(ofRawPath rawPath: String) -> [String]? {
        let pathOnly = rawPath.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        guard pathOnly.hasPrefix("/") || pathOnly.isEmpty,
              let decoded = String(pathOnly).removingPercentEncoding else { return nil }
        var segments: [String] = []
        for segment in decoded.split(separator: "/", omittingEmptySubsequences: true) {
            if segment == "." { continue }
            if segment == ".." || segment.contains("\0") || segment.contains("\\") { return nil }
            segments.append(String(segment))
        }
        return segments
    }

    /// Resolves a raw request path (`/2017/`, `/2017/c/hutang.html`, `/assets/site.css`).
    public func resolve(rawPath: String) -> Resolution {
        guard let segments = Self.segments(ofRawPath: rawPath) else { return .refused }
        var path = ([root] + segments).joined(separator: "/")
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return .notFound }
        if isDirectory.boolValue {
            let requested = rawPath.split(separator: "?", maxSplits: 1).first.map(String.init) ?? "/"
            guard requested.hasSuffix("/") else { return .redirect(requested + "/") }
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
