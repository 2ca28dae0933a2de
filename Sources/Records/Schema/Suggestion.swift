/// "Did you mean …?" for a mistyped key or word: the closest allowed spelling by edit distance
/// (Unicode characters, so 台帐健全 is one edit from 台账健全 and 对伍 one from 队伍).
enum Suggestion {
    /// The closest candidate, when it is close enough to be a plausible typo.
    static func closest(to word: String, among candidates: [String]) -> String? {
        let allowed = word.count <= 3 ? 1 : word.count <= 6 ? 2 : 3
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(word, candidate)
            if distance <= allowed, distance < (best?.distance ?? .max) { best = (candidate, distance) }
        }
        return best?.candidate
    }

    /// The hint for an unknown word: a suggestion if one is close, else the allowed list.
    static func hint(for word: String, among candidates: [String], listLimit: Int = 16) -> String {
        if let match = closest(to: word, among: candidates) { return "是不是“\(match)”？" }
        if candidates.count <= listLimit { return "可用的有：" + candidates.joined(separator: "、") }
        return "可用的有：" + candidates.prefix(listLimit).joined(separator: "、") + " 等"
    }

    /// Levenshtein distance over characters.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1,
                                 previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
