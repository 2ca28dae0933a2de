/// Exact decimal text ⇄ integer conversion for the tool's fixed-point values
/// (points in tenths, money in fen, converted scores in hundredths). No floating point anywhere.
public enum FixedPoint {
    /// Parses `123`, `92.5`, `0.25` with at most `decimals` decimal places into an integer scaled by
    /// 10^decimals. Nil for anything else: a sign, exponent, spaces, too many decimals, overflow.
    public static func parse(_ text: String, decimals: Int) -> Int? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let whole = parts.first, !whole.isEmpty, whole.count <= 12,
              whole.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        var fraction = parts.count == 2 ? String(parts[1]) : ""
        guard fraction.count <= decimals, parts.count == 1 || !fraction.isEmpty,
              fraction.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        fraction += String(repeating: "0", count: decimals - fraction.count)
        guard let w = Int(whole), let f = decimals == 0 ? 0 : Int(fraction) else { return nil }
        return w * scale(decimals) + f
    }

    /// Formats with as few decimals as needed: 250 (scale 1) → "25", 25 → "2.5", 925 (scale 2) → "9.25".
    /// The digits are written backwards into one buffer on the stack, and the text made once
    /// (every score on every page is formatted: joining five strings took a fiftieth of a build).
    public static func format(_ value: Int, decimals: Int) -> String {
        let s = UInt(scale(decimals))
        let magnitude = value.magnitude
        var whole = magnitude / s
        var fraction = magnitude % s
        var places = 0
        if fraction != 0 {
            places = decimals
            while fraction % 10 == 0 { fraction /= 10; places -= 1 }
        }
        // A sign, 20 digits, a point and at most 18 places (`scale` fits an Int).
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 48) { buffer in
            var start = buffer.count
            func put(_ byte: UInt8) {
                start -= 1
                buffer[start] = byte
            }
            for _ in 0..<places {
                put(UInt8(ascii: "0") + UInt8(fraction % 10))
                fraction /= 10
            }
            if places > 0 { put(UInt8(ascii: ".")) }
            repeat {
                put(UInt8(ascii: "0") + UInt8(whole % 10))
                whole /= 10
            } while whole > 0
            if value < 0 { put(UInt8(ascii: "-")) }
            return String(decoding: UnsafeMutableBufferPointer(rebasing: buffer[start...]), as: UTF8.self)
        }
    }

    /// Formats with exactly `decimals` places: 2000000 fen → "20000.00".
    public static func formatFixed(_ value: Int, decimals: Int) -> String {
        let s = scale(decimals)
        let sign = value < 0 ? "-" : ""
        let magnitude = value.magnitude
        let fraction = String(magnitude % UInt(s))
        guard decimals > 0 else { return sign + String(magnitude) }
        return sign + String(magnitude / UInt(s)) + "."
            + String(repeating: "0", count: decimals - fraction.count) + fraction
    }

    /// Integer division rounded half up, for non-negative numerators and positive denominators
    /// (a negative numerator counts as 0, a denominator below 1 as 1: no input traps).
    public static func divideRoundingHalfUp(_ numerator: Int, by denominator: Int) -> Int {
        let divisor = max(1, denominator)
        return max(0, numerator).adding(saturating: divisor / 2) / divisor
    }

    static func scale(_ decimals: Int) -> Int {
        (0..<decimals).reduce(1) { value, _ in value * 10 }
    }
}
