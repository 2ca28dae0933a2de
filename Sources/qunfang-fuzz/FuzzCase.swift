import Records
import RecordsFixture
import Scoring

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

    /// Loads the case and returns every broken promise of the loader (empty when it kept them all):
    /// content or at least one error, and every diagnostic located inside its file.
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
        return found
    }

    /// An upper bound on the lines any reader of the file sees: one more than its line breaks,
    /// counting every break libyaml knows (LF, CR, NEL, LS, PS).
    static func lineBound(of bytes: [UInt8]) -> Int {
        var breaks = 0
        for (index, byte) in bytes.enumerated() {
            switch byte {
            case 0x0A, 0x0D: breaks += 1
            case 0x85 where index > 0 && bytes[index - 1] == 0xC2: breaks += 1
            case 0xA8 where index > 1 && bytes[index - 2] == 0xE2 && bytes[index - 1] == 0x80: breaks += 1
            case 0xA9 where index > 1 && bytes[index - 2] == 0xE2 && bytes[index - 1] == 0x80: breaks += 1
            default: break
            }
        }
        return breaks + 1
    }
}
