import Foundation

/// Reading a file straight into one array (no intermediate `Data`, nothing zeroed first).
public enum FileBytes {
    /// The next `count` bytes of the open file `descriptor`; nil when the file ends before them
    /// or a read fails.
    public static func read(_ descriptor: Int32, count: Int) -> [UInt8]? {
        let (bytes, failure) = read(descriptor, atMost: count)
        return failure == nil && bytes.count == count ? bytes : nil
    }

    /// The next `count` bytes of the open file `descriptor`, fewer only where the file ends; or
    /// the `errno` of the read that failed.
    public static func read(_ descriptor: Int32, atMost count: Int) -> (bytes: [UInt8], failure: Int32?) {
        var failure: Int32?
        let bytes = [UInt8](unsafeUninitializedCapacity: count) { buffer, done in
            while done < count {
                let got = Foundation.read(descriptor, buffer.baseAddress! + done, count - done)
                if got < 0 && errno == EINTR { continue }
                guard got > 0 else {
                    if got < 0 { failure = errno }
                    return
                }
                done += got
            }
        }
        return (bytes, failure)
    }
}
