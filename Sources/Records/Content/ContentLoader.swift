import Scoring

/// Loads and validates `content/`: the `load → validate` stages of the pipeline.
public struct ContentLoader: Sendable {
    public var fileSystem: FileSystem

    public init(fileSystem: FileSystem) {
        self.fileSystem = fileSystem
    }

    /// Loads everything under `root` (as the user typed it, e.g. "content"); paths in
    /// diagnostics are `root` joined with the file's path inside it.
    public func load(root: String) -> LoadResult {
        fatalError("TODO: implemented by the records stage")
    }
}
