import Records
import RecordsFixture
import Scoring
import Site

/// One fuzz input: its first byte picks which content file the remaining bytes become, inside an
/// otherwise valid in-memory `content/` folder, so every file kind the loader reads is exercised.
struct FuzzCase {
    /// The files a selector byte can replace, in selector order (`byte % count`).
    static let targets = [
        "content/site.yaml",
        "content/2017/year.yaml",
        "content/2017/police.yaml",
        "content/2017/communities/hutang.yaml",
        "content/pages/about.md",
        "content/2017/index.md",
    ]

    /// The selector byte that makes `path` the fuzzed file (used by scripts/fuzz.sh for seeds).
    static func selector(for path: String) -> UInt8? {
        targets.firstIndex(of: path).map(UInt8.init)
    }

    let path: String
    let bytes: [UInt8]

    init?(_ input: [UInt8]) {
        guard let first = input.first else { return nil }
        path = Self.targets[Int(first) % Self.targets.count]
        bytes = Array(input.dropFirst())
    }

    /// The themes the fuzzer renders with: the repository's, as scripts/fuzz.sh runs from its root.
    static let themes = "themes"

    /// Loads the case and returns every broken promise of the loader (empty when it kept them all):
    /// content or at least one error, and every diagnostic located inside its file. What loads is
    /// scored and rendered too, so a value the loader lets through cannot trap further on (an
    /// overflow in the scoring, a page that cannot be made).
    func violations() -> [String] {
        var files = ValidContent.files
        files[path] = bytes
        let result = ContentLoader(fileSystem: .memory(files)).load(root: "content")
        var found: [String] = []
        let errors = result.diagnostics.filter(\.isError)
        if result.content == nil && errors.isEmpty {
            found.append("no content and no error diagnostic")
        }
        if result.content != nil && !errors.isEmpty {
            found.append("content returned despite \(errors.count) errors")
        }
        let lastLine = Self.lineBound(of: bytes)
        for diagnostic in result.diagnostics {
            let location = diagnostic.location
            if location.line < 1 || location.column < 1 {
                found.append("location before the file's start: \(diagnostic)")
            }
            if location.file == path && location.line > lastLine {
                found.append("line beyond the file's \(lastLine) lines: \(diagnostic)")
            }
            if files[location.file] == nil && !location.file.hasPrefix("content") {
                found.append("diagnostic outside content/: \(diagnostic)")
            }
        }
        if let content = result.content {
            let results = content.years.map { YearAssessment.score($0.records) }
            do {
                let files = try SiteBuilder(themesRoot: Self.themes).render(content: content, results: results)
                if files.isEmpty { found.append("a site of no files") }
            } catch let error as SiteError where content.site.theme != "default" {
                _ = error  // A fuzzed 主题 names a theme that is not there: refused, as it should be.
            } catch {
                found.append("valid content that cannot be rendered: \(error)")
            }
        }
        return found
    }

    /// The lines an editor shows for the file: its line breaks (every break libyaml knows: LF,
    /// CR, CRLF, NEL, LS, PS), plus one for a last line without a break (an empty file has one).
    static func lineBound(of bytes: [UInt8]) -> Int {
        var breaks = 0
        for (index, byte) in bytes.enumerated() {
            switch byte {
            case 0x0A where index > 0 && bytes[index - 1] == 0x0D: break
            case 0x0A, 0x0D: breaks += 1
            case 0x85 where index > 0 && bytes[index - 1] == 0xC2: breaks += 1
            case 0xA8 where index > 1 && bytes[index - 2] == 0xE2 && bytes[index - 1] == 0x80: breaks += 1
            case 0xA9 where index > 1 && bytes[index - 2] == 0xE2 && bytes[index - 1] == 0x80: breaks += 1
            default: break
            }
        }
        let endsWithBreak = bytes.last == 0x0A || bytes.last == 0x0D
            || bytes.count >= 2 && bytes[bytes.count - 2] == 0xC2 && bytes.last == 0x85
            || bytes.count >= 3 && bytes[bytes.count - 3] == 0xE2 && bytes[bytes.count - 2] == 0x80
                && (bytes.last == 0xA8 || bytes.last == 0xA9)
        return endsWithBreak ? max(1, breaks) : breaks + 1
    }
}
