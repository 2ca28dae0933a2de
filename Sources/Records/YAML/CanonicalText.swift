/// Text equality as Swift's `==` defines it (canonical equivalence), fast for the texts records
/// are made of.
///
/// `==` on non-ASCII Strings consults Unicode normalization data on every comparison, and
/// hashing them does the same: with Chinese keys looked up a few hundred times per community
/// file, that was the loader's largest single cost. Texts with the same bytes are equal; texts
/// made only of ASCII and of the CJK ideographs U+4000–U+9FFF (which have no decomposition, no
/// combining class and compose with nothing) are their own normal form, so two such texts are
/// equal exactly when their bytes are. Anything else is left to `==`.
enum CanonicalText {
    static func equal(_ a: String, _ b: String) -> Bool {
        ValueText.withBytes(a) { left in
            compare(left, leftIsOwnNormalForm: isOwnNormalForm(left), b) ?? (a == b)
        }
    }

    /// Whether `text` is in a vocabulary (a short list).
    static func contains(_ list: [String], _ text: String) -> Bool {
        firstIndex(of: text, count: list.count) { list[$0] } != nil
    }

    /// The first of `count` candidates equal to `text`; the text's bytes are read once.
    static func firstIndex(of text: String, count: Int, _ candidate: (Int) -> String) -> Int? {
        ValueText.withBytes(text) { bytes -> Int? in
            let normal = isOwnNormalForm(bytes)
            for index in 0..<count {
                let other = candidate(index)
                if compare(bytes, leftIsOwnNormalForm: normal, other) ?? (other == text) { return index }
            }
            return nil
        }
    }

    /// True or false when the bytes decide, nil when only `==` can.
    @inline(__always)
    private static func compare(_ left: UnsafeBufferPointer<UInt8>, leftIsOwnNormalForm: Bool, _ other: String) -> Bool? {
        ValueText.withBytes(other) { right -> Bool? in
            if left.count == right.count {
                var same = true
                for offset in 0..<left.count where left[offset] != right[offset] {
                    same = false
                    break
                }
                if same { return true }
            }
            return leftIsOwnNormalForm && isOwnNormalForm(right) ? false : nil
        }
    }

    /// True when every scalar is ASCII or in U+4000–U+9FFF (UTF-8 lead bytes E4–E9); the bytes
    /// are valid UTF-8, so continuation bytes belong to such a lead.
    static func isOwnNormalForm(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in bytes where byte >= 0xC0 && (byte < 0xE4 || byte > 0xE9) { return false }
        return true
    }
}
