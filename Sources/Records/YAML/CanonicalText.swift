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
        let known: Bool? = ValueText.withBytes(a) { left in
            ValueText.withBytes(b) { right in
                if left.count == right.count && left.elementsEqual(right) { return true }
                if isOwnNormalForm(left) && isOwnNormalForm(right) { return false }
                return nil
            }
        }
        return known ?? (a == b)
    }

    /// Whether `text` is in a vocabulary (a short list).
    static func contains(_ list: [String], _ text: String) -> Bool {
        list.contains { equal($0, text) }
    }

    /// True when every scalar is ASCII or in U+4000–U+9FFF (UTF-8 lead bytes E4–E9); the bytes
    /// are valid UTF-8, so continuation bytes belong to such a lead.
    static func isOwnNormalForm(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in bytes where byte >= 0xC0 && !(0xE4...0xE9).contains(byte) { return false }
        return true
    }
}
