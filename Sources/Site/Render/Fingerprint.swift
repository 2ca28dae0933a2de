import Records

/// A stable 128-bit digest of what a page is rendered from, the same in every run and on every
/// machine: the loader's `ContentDigest` (two FNV-1a lanes), so a page's digest can take in the
/// digests of the files it was made from.
typealias Fingerprint = ContentDigest

/// A value a page's fingerprint can include.
protocol Fingerprintable {
    func fingerprint(into digest: inout Fingerprint)
}

extension String: Fingerprintable {
    func fingerprint(into digest: inout Fingerprint) { digest.add(1); digest.add(self) }
}

extension Int: Fingerprintable {
    func fingerprint(into digest: inout Fingerprint) { digest.add(2); digest.add(self) }
}

extension Bool: Fingerprintable {
    func fingerprint(into digest: inout Fingerprint) { digest.add(3); digest.add(self ? 1 : 0) }
}

extension Array: Fingerprintable where Element: Fingerprintable {
    func fingerprint(into digest: inout Fingerprint) {
        digest.add(4)
        digest.add(count)
        for element in self { element.fingerprint(into: &digest) }
    }
}

extension TemplateFields {
    /// Every field the templates can reach, by name; the fields' order in the table does not
    /// matter (each name–value pair is digested apart and the digests are added up).
    func fingerprint(into digest: inout Fingerprint) {
        var fields = Fingerprint.Unordered()
        for (name, value) in Self.templateFields {
            var field = Fingerprint()
            field.add(name)
            Self.fingerprint(read(value), into: &field)
            fields.insert(field)
        }
        digest.add(5)
        digest.add(fields.digest)
    }

    static func fingerprint(_ value: Any, into digest: inout Fingerprint) {
        // Casts to concrete types first: they are much cheaper than the cast to a protocol.
        if let text = value as? String {
            text.fingerprint(into: &digest)
        } else if let flag = value as? Bool {
            flag.fingerprint(into: &digest)
        } else if let number = value as? Int {
            number.fingerprint(into: &digest)
        } else if let value = value as? any Fingerprintable {
            value.fingerprint(into: &digest)
        } else {
            // Not reached by the views (a test checks); still deterministic for plain values.
            digest.add(String(describing: value))
        }
    }
}
