import Foundation

/// `.qunfang-cache/` beside an output folder: where a build keeps what lets the next one skip
/// work (the record cache, the render manifest), never inside the published site. Files are
/// named after the output folder, so `out/site` keeps `out/.qunfang-cache/site.records` and
/// `site.manifest`.
public struct CacheFolder: Sendable {
    /// The folder holding the output folder ("." when the output is a bare name).
    public let parent: String
    /// The output folder's own name.
    public let outputName: String

    public init(output: String) {
        var path = output
        while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
        let url = URL(fileURLWithPath: path)
        parent = path.contains("/") ? url.deletingLastPathComponent().path : "."
        outputName = url.lastPathComponent
    }

    /// `.qunfang-cache/NAME.kind` beside the output.
    public func file(_ kind: String) -> String {
        parent + "/.qunfang-cache/" + outputName + "." + kind
    }
}
