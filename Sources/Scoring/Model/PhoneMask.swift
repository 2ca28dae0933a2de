/// The only form of a roster phone number the model keeps (docs/safety.md §7): the loader masks
/// each phone as it reads it, so neither the site, nor the record cache, nor anything else
/// written to disk ever holds a full number. Pages show the masked text as it is.
public enum PhoneMask {
    /// `13900000001` → `139****0001`. An 11-digit mobile number (spaces and hyphens ignored)
    /// keeps its first 3 and last 4 digits; any other shape keeps only its last 4 characters,
    /// every other character becoming `*`; 4 characters or fewer become `****`.
    public static func mask(_ phone: String) -> String {
        if let masked = maskASCII(phone) { return masked }
        let trimmed = phone.filter { !$0.isWhitespace }
        let digits = trimmed.filter { $0 != "-" }
        if digits.count == 11, digits.allSatisfy({ $0.isASCII && $0.isNumber }) {
            return String(digits.prefix(3)) + "****" + String(digits.suffix(4))
        }
        guard trimmed.count > 4 else { return trimmed.isEmpty ? "" : "****" }
        return String(repeating: "*", count: trimmed.count - 4) + String(trimmed.suffix(4))
    }

    /// `mask` for the usual all-ASCII number, on bytes: the same result without walking
    /// grapheme clusters (masking every phone of 10,000 communities is on the loading path).
    static func maskASCII(_ phone: String) -> String? {
        var trimmed: [UInt8] = []
        trimmed.reserveCapacity(phone.utf8.count)
        for byte in phone.utf8 {
            guard byte < 0x80 else { return nil }
            if byte == 0x20 || (0x09...0x0D).contains(byte) { continue }
            trimmed.append(byte)
        }
        let digits = trimmed.filter { $0 != UInt8(ascii: "-") }
        if digits.count == 11, digits.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) {
            return String(decoding: digits.prefix(3), as: UTF8.self) + "****" + String(decoding: digits.suffix(4), as: UTF8.self)
        }
        guard trimmed.count > 4 else { return trimmed.isEmpty ? "" : "****" }
        return String(repeating: "*", count: trimmed.count - 4) + String(decoding: trimmed.suffix(4), as: UTF8.self)
    }
}
