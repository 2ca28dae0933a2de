import Scoring

/// A file's path inside the site (`2017/c/hutang.html`), and the relative links from it.
/// Every link on the site is relative, so it works from `file://` and from any sub-folder.
public struct SitePath: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Slash-separated, no leading slash.
    public let value: String

    public init(_ value: String) { self.value = value }

    /// Folders between the site root and this file (`index.html` 0, `2017/c/x.html` 2): its
    /// non-empty components less one, counted on bytes (every link of every page asks; splitting
    /// the text walked it character by character).
    public var depth: Int {
        var components = 0
        var inComponent = false
        for byte in value.utf8 {
            if byte == UInt8(ascii: "/") {
                inComponent = false
            } else if !inComponent {
                inComponent = true
                components += 1
            }
        }
        return components - 1
    }

    /// The prefix that leads back to the site root: "", "../", "../../".
    public var root: String { String(repeating: "../", count: depth) }

    /// The relative link from this page to `target`, percent-encoded where a file name (a page
    /// under `content/pages/` may be called anything) would otherwise end or break the URL:
    /// `#`, `?`, `%`, spaces, quotes and the like. Chinese and other letters stay as they are.
    public func link(to target: SitePath) -> String { root + Self.urlPath(target.value) }

    static func urlPath(_ path: String) -> String {
        // Nearly every path has nothing to encode: it is then returned as it is (every page's
        // layout links to a dozen pages).
        guard path.utf8.contains(where: { $0 < 0x80 && Self.encodedASCII[Int($0)] }) else { return path }
        var out = ""
        for scalar in path.unicodeScalars {
            if scalar.value < 0x80 && Self.encodedASCII[Int(scalar.value)] {
                for byte in String(scalar).utf8 { out += "%" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true) }
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// For each ASCII code, whether a link percent-encodes it: the characters above, the
    /// controls and DEL.
    private static let encodedASCII: [Bool] = (0..<0x80).map { code in
        code < 0x20 || code == 0x7F || "#?% \"<>\\^`{|}'&+;=".unicodeScalars.contains { $0.value == code }
    }

    public var description: String { value }

    public static func < (lhs: SitePath, rhs: SitePath) -> Bool {
        lhs.value.utf8Precedes(rhs.value)
    }

    public static let home = SitePath("index.html")
    public static func page(_ name: String) -> SitePath { SitePath("pages/\(name).html") }
    public static func year(_ year: Int) -> SitePath { SitePath("\(year)/index.html") }
    public static func quarter(_ quarter: Int, of year: Int) -> SitePath { SitePath("\(year)/q\(quarter).html") }
    /// A community's scorecard. This and the next are asked for several times for each of a
    /// year's 50,000 files at 10,000 communities: they are written as bytes into one buffer and
    /// made a string once (`PathText`), a third of what interpolating cost.
    public static func scorecard(_ slug: String, of year: Int) -> SitePath {
        var path = PathText(year)
        path.add("/c/")
        path.add(slug)
        path.add(".html")
        return path.sitePath
    }
    /// The scorecard as assessed at quarter N, kept for the archive (the latest is also `scorecard`).
    public static func scorecard(_ slug: String, quarter: Int, of year: Int) -> SitePath {
        var path = PathText(year)
        path.add("/c/")
        path.add(slug)
        path.add("/q")
        path.add(String(quarter))
        path.add(".html")
        return path.sitePath
    }
    public static func subsidy(_ year: Int) -> SitePath { SitePath("\(year)/subsidy.html") }
    public static func forms(_ year: Int) -> SitePath { SitePath("\(year)/forms.html") }
    public static func scorecards(_ year: Int) -> SitePath { SitePath("\(year)/scorecards.html") }
    /// The meeting booklet of quarter N's assessment.
    public static func scorecards(quarter: Int, of year: Int) -> SitePath { SitePath("\(year)/scorecards-q\(quarter).html") }
    /// Volume N of a large year's meeting booklet (see `Volumes`).
    public static func scorecardsVolume(_ number: Int, of year: Int) -> SitePath { SitePath("\(year)/scorecards/\(number).html") }
    /// Volume N of a large year's approval forms (see `Volumes`).
    public static func formsVolume(_ number: Int, of year: Int) -> SitePath { SitePath("\(year)/forms/\(number).html") }
    public static func rules(_ year: Int) -> SitePath { SitePath("\(year)/rules.html") }
    public static func resultsCSV(_ year: Int) -> SitePath { SitePath("\(year)/results.csv") }
    public static func resultsJSON(_ year: Int) -> SitePath { SitePath("\(year)/results.json") }
}

/// A path written piece by piece into one byte buffer, made a `SitePath` once.
private struct PathText {
    private var bytes: [UInt8] = []

    /// Starting with the year's folder.
    init(_ year: Int) {
        bytes.reserveCapacity(64)
        add(String(year))
    }

    mutating func add(_ text: String) { bytes.append(contentsOf: text.utf8) }

    var sitePath: SitePath { SitePath(String(decoding: bytes, as: UTF8.self)) }
}
