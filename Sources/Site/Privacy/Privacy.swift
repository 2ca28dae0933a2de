/// What published pages may show of a person (SPEC 4, privacy): phones masked, and a member's
/// 年龄 and 住址 never reach a view model at all.
public enum Privacy {
    /// `13900000001` → `139****0001`. An 11-digit mobile number (spaces and hyphens ignored)
    /// keeps its first 3 and last 4 digits; any other shape keeps only its last 4 characters,
    /// every other character becoming `*`; 4 characters or fewer become `****`.
    public static func maskPhone(_ phone: String) -> String {
        if let masked = maskASCIIPhone(phone) { return masked }
        let trimmed = phone.filter { !$0.isWhitespace }
        let digits = trimmed.filter { $0 != "-" }
        if digits.count == 11, digits.allSatisfy({ $0.isASCII && $0.isNumber }) {
            return String(digits.prefix(3)) + "****" + String(digits.suffix(4))
        }
        guard trimmed.count > 4 else { return trimmed.isEmpty ? "" : "****" }
        return String(repeating: "*", count: trimmed.count - 4) + String(trimmed.suffix(4))
    }

    /// `maskPhone` for the usual all-ASCII number, on bytes: the same result without walking
    /// grapheme clusters, which made masking a visible part of rendering 10,000 scorecards.
    static func maskASCIIPhone(_ phone: String) -> String? {
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
