import Foundation

/// Reading a file whose size is known into one array.
public enum FileBytes {
    /// The next `count` bytes of the open file `descriptor`, read straight into the array (no
    /// intermediate `Data`, nothing zeroed first); nil when the file ends before them or a read
    /// fails.
    public static func read(_ descriptor: Int32, count: Int) -> [UInt8]? {
        var complete = true
        let bytes = [UInt8](unsafeUninitializedCapacity: count) { buffer, done in
            while done < count {
                let got = Foundation.read(descriptor, buffer.baseAddress! + done, count - done)
                if got < 0 && errno == EINTR { continue }
                guard got > 0 else {
                    complete = false
                    return
                }
                done += got
            }
        }
        return complete ? bytes : nil
    }
}
