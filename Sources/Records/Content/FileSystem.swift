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

    public init(read: @escaping @Sendable (String) throws -> [UInt8],
                list: @escaping @Sendable (String) throws -> [Entry]?) {
        self.read = read
        self.list = list
    }
}

/// Why a file could not be read, in Chinese for the diagnostic.
public struct FileSystemError: Error, Sendable {
    public var message: String

    public init(_ message: String) { self.message = message }
}
