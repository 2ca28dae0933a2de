import Foundation

/// Paths as diagnostics print them: relative to the current folder (README, “检查记录”), so
/// `--content /home/zzb/qunfang/content` run from `/home/zzb/qunfang` reports
/// `content/2017/…` — the form an editor and a colleague reading over the shoulder expect.
enum DisplayPath {
    /// `path` relative to the current folder (with `../` where needed); a relative path is kept
    /// as typed, only trailing slashes dropped.
    static func relativeToCurrentFolder(_ path: String) -> String {
        let trimmed = withoutTrailingSlashes(path)
        guard trimmed.hasPrefix("/") else { return trimmed }
        let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL.pathComponents
        let there = URL(fileURLWithPath: trimmed).standardizedFileURL.pathComponents
        let common = zip(here, there).prefix { $0 == $1 }.count
        let parts = Array(repeating: "..", count: here.count - common) + there.dropFirst(common)
        return parts.isEmpty ? "." : parts.joined(separator: "/")
    }

    /// `path` without trailing slashes (`site//` → `site`; `/` stays).
    static func withoutTrailingSlashes(_ path: String) -> String {
        var trimmed = path
        while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed.removeLast() }
        return trimmed
    }
}
