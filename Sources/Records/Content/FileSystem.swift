/// File access injected into the loader and the theme, so tests can load content from memory.
///
/// On disk (`FileSystem.local`) every path is checked for symbolic links before it is used, once
/// the file system is `confined(to:)` the folder being read (`content/`, `themes/`): a link that
/// points outside that folder, forms a loop or dangles is refused, and so is any link to a
/// folder, so no walk ever follows one (docs/safety.md §6). Links to files inside stay usable.
public struct FileSystem: Sendable {
    /// What an entry of a folder listing is.
    public enum EntryKind: Hashable, Sendable {
        case file
        case directory
        /// A symbolic link that is not followed (it points outside the folder the file system is
        /// confined to, forms a loop, dangles, or points to a folder). The text says why, in
        /// Chinese, naming the link and where it points, for the diagnostic at the link.
        case refusedLink(String)
    }

    /// An entry of a folder listing.
    public struct Entry: Hashable, Sendable {
        public var name: String
        public var kind: EntryKind

        public init(name: String, kind: EntryKind) {
            self.name = name
            self.kind = kind
        }

        /// Whether this is a symbolic link the file system refused (reported where it was listed).
        public var isRefusedLink: Bool {
            if case .refusedLink = kind { return true }
            return false
        }
    }

    /// Reads a file's bytes. Throws `FileSystemError` when it cannot be read.
    public var read: @Sendable (_ path: String) throws -> [UInt8]
    /// Lists a folder; nil when it does not exist.
    public var list: @Sendable (_ path: String) throws -> [Entry]?
    /// A file's size in bytes without reading it, so an oversized file is refused before it is
    /// loaded into memory; nil when unknown (the loader then checks the bytes it reads).
    public var size: @Sendable (_ path: String) throws -> Int?
    /// Whether `read` itself refuses a file larger than `readLimit` from its size, before
    /// reading a byte of it (throwing a `FileSystemError` with the `size`): the loader then asks
    /// no `size` first, which on disk would resolve the path a second time (`LocalDisk`).
    var readRefusesOversized = false
    /// Makes the file system that only reads below a root (see `confined(to:role:)`); nil when
    /// confinement means nothing (in memory there are no links).
    var confinement: (@Sendable (_ root: String, _ role: String) -> FileSystem)?

    public init(read: @escaping @Sendable (String) throws -> [UInt8],
                list: @escaping @Sendable (String) throws -> [Entry]?,
                size: @escaping @Sendable (String) throws -> Int? = { _ in nil }) {
        self.read = read
        self.list = list
        self.size = size
    }

    /// The same files, read only below `root` (as the caller spells it; every path passed must
    /// start with it): on disk a symbolic link below `root` is followed only when it leads to a
    /// file inside `root`, resolved with realpath. `role` names the folder in messages
    /// ("记录文件夹", "主题文件夹"). The loader and the theme confine every file system they are given.
    public func confined(to root: String, role: String) -> FileSystem {
        confinement?(root, role) ?? self
    }

    /// How many bytes a read returns at most: one past the loader's size limit, so an oversized
    /// file is told apart without being read whole.
    public static var readLimit: Int { YAMLLimits.maximumFileSize }
}

/// Why a file could not be read, in Chinese for the diagnostic.
public struct FileSystemError: Error, Sendable {
    public var message: String
    /// The symbolic link that was refused, as the caller spells paths, when that is the reason;
    /// it may be a folder on the way to the file asked for. The diagnostic is located there.
    public var link: String?
    /// The file's size, when it was refused for being larger than `FileSystem.readLimit`.
    public var size: Int?

    public init(_ message: String, link: String? = nil, size: Int? = nil) {
        self.message = message
        self.link = link
        self.size = size
    }
}
