import Foundation

/// Swaps two folders in one step with Linux's `renameat2(RENAME_EXCHANGE)`, so there is no
/// moment at which the output folder is missing. Looked up at run time (glibc ≥ 2.28 has it;
/// Swift's Glibc module does not export it): on other systems, or on file systems that refuse
/// the flag, `exchange` returns false and the writer falls back to two renames.
enum AtomicExchange {
    private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32

    private static let renameAt2: RenameAt2? = {
        #if os(Linux)
        guard let symbol = dlsym(nil, "renameat2") else {   // nil is RTLD_DEFAULT
            return nil
        }
        return unsafeBitCast(symbol, to: RenameAt2.self)
        #else
        return nil
        #endif
    }()

    private static let exchangeFlag: UInt32 = 2   // RENAME_EXCHANGE
    private static let currentFolder: Int32 = -100   // AT_FDCWD

    /// Exchanges `first` and `second` (both must exist). False when the system cannot; errno
    /// tells why, and nothing has moved.
    static func exchange(_ first: String, _ second: String) -> Bool {
        guard let renameAt2 else { return false }
        return renameAt2(currentFolder, first, currentFolder, second, exchangeFlag) == 0
    }
}
