/// File access injected into the loader, so tests can load content from memory.
public struct FileSystem: Sendable {
    public enum EntryKind: Sendable { case file, directory }

    /// An entry of a folder listing.
    public struct Entry: Hashable, Sendable {
        public var name: String
        public var kind: EntryKind

        public init(name: String, kind: EntryKind) {
            self.name = name
            self.kind = kind
        }
    }

    /// Reads a file's bytes. Throws `FileSystemError` when it cannot be read.
    public var read: @Sendable (_ path: String) throws -> [UInt8]
    /// Lists a folder; nil when it does not exist.
    public var list: @Sendable (_ path: String) throws -> [Entry]?
    /// A file's size in bytes without reading it, so an oversized file is refused before it is
    /// loaded into memory; nil when unknown (the loader then checks the bytes it reads).
    public var size: @Sendable (_ path: String) throws -> Int?

    public init(read: @escaping @Sendable (String) throws -> [UInt8],
                list: @escaping @Sendable (String) throws -> [Entry]?,
                size: @escaping @Sendable (String) throws -> Int? = { _ in nil }) {
        self.read = read
        self.list = list
        self.size = size
    }
}

/// Why a file could not be read, in Chinese for the diagnostic.
public struct FileSystemError: Error, Sendable {
    public var message: String

    public init(_ message: String) { self.message = message }
}
