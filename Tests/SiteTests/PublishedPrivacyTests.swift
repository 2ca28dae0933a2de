import Foundation
import Records
import SampleContent
import Scoring
import Testing
@testable import Site

/// No phone number (except masked), no 住址 and no 年龄 of any roster member reaches any file of
/// the built site, for the committed sample content and for generated content (SPEC 4).
@Suite struct PublishedPrivacyTests {
    enum Source: String, CaseIterable, Sendable {
        case committedSample = "content/"
        case generated60 = "SampleGenerator(communities: 60)"
    }

    static func load(_ source: Source) throws -> LoadResult {
        switch source {
        case .committedSample:
            let root = URL(fileURLWithPath: Fixture.themesRoot).deletingLastPathComponent().path + "/content"
            return ContentLoader(fileSystem: .local).load(root: root)
        case .generated60:
            var files: [String: [UInt8]] = [:]
            for file in try SampleGenerator(communities: 60).files() { files["content/" + file.relativePath] = Array(file.text.utf8) }
            return ContentLoader(fileSystem: .memory(files)).load(root: "content")
        }
    }

    /// The `<section class="roster">` blocks of a page.
    static func rosters(_ html: String) -> [Substring] {
        html.components(separatedBy: "<section class=\"roster\">").dropFirst().map { part in
            part[..<(part.range(of: "</section>")?.lowerBound ?? part.endIndex)]
        }
    }

    @Test(arguments: Source.allCases)
    func personalDataIsNeverPublished(source: Source) throws {
        let loaded = try Self.load(source)
        let content = try #require(loaded.content, "\(loaded.diagnostics.filter(\.isError).prefix(3))")
        let results = content.years.map { YearAssessment.score($0.records) }
        let files = try SiteBuilder(themesRoot: Fixture.themesRoot).render(content: content, results: results)
        let texts = files.map { ($0.path.value, $0.text) }
        let members = content.years.flatMap(\.records.communities).flatMap(\.teams).flatMap(\.members)
        let phones = Set(members.compactMap(\.phone))
        let addresses = Set(members.compactMap(\.address))
        #expect(phones.count > 100 && addresses.count > 10 && members.contains { $0.age != nil })

        let phoneDigits = Set(phones.map { $0.filter(\.isNumber) }.filter { $0.count >= 7 })
        let addressFinder = TextFinder(addresses)
        var leaks: [String] = []
        for (path, text) in texts {
            for digits in Self.digitWindows(text, lengths: Set(phoneDigits.map(\.count))) where phoneDigits.contains(digits) {
                leaks.append("\(path): 电话 \(digits)")
            }
            for address in addressFinder.occurrences(in: text) { leaks.append("\(path): 住址 \(address)") }
            for roster in Self.rosters(text) {
                if roster.contains("年龄") { leaks.append("\(path): 花名册有“年龄”") }
                // Member rows hold name, masked phone, roles and status: never a bare number.
                let body = roster.components(separatedBy: "<tbody>").dropFirst()
                    .map { $0.components(separatedBy: "</tbody>")[0] }.joined()
                if body.range(of: #"<td[^>]*>\s*\d{1,3}\s*</td>"#, options: .regularExpression) != nil {
                    leaks.append("\(path): 花名册有纯数字单元格（年龄？）")
                }
            }
        }
        #expect(leaks.isEmpty, "\(leaks.prefix(10))")
        // The rosters were published, with the phones masked.
        let masked = phones.map(Privacy.maskPhone)
        #expect(masked.contains { mask in texts.contains { $0.1.contains(mask) } })
        #expect(texts.contains { !Self.rosters($0.1).isEmpty })
    }

    /// Every window of the given lengths inside the text's digit runs, where `-` and spaces
    /// between digits are ignored (so `0519-8888 1234` is seen as `051988881234`).
    static func digitWindows(_ text: String, lengths: Set<Int>) -> Set<String> {
        var windows: Set<String> = []
        var run: [Character] = []
        func flush() {
            for length in lengths where run.count >= length {
                for start in 0...(run.count - length) { windows.insert(String(run[start..<(start + length)])) }
            }
            run.removeAll(keepingCapacity: true)
        }
        for character in text {
            if character.isASCII && character.isNumber {
                run.append(character)
            } else if !(character == "-" || character == " ") || run.isEmpty {
                flush()
            }
        }
        flush()
        return windows
    }
}

/// Finds which of many strings occur in a text in one pass: candidates are checked only where
/// the text has one of their last characters.
struct TextFinder {
    private let needles: Set<String>
    private let lengths: [Character: Set<Int>]

    init(_ needles: Set<String>) {
        self.needles = needles
        var lengths: [Character: Set<Int>] = [:]
        for needle in needles { if let last = needle.last { lengths[last, default: []].insert(needle.count) } }
        self.lengths = lengths
    }

    func occurrences(in text: String) -> Set<String> {
        let characters = Array(text)
        var found: Set<String> = []
        for (index, character) in characters.enumerated() {
            guard let candidates = lengths[character] else { continue }
            for length in candidates where length <= index + 1 {
                let candidate = String(characters[(index + 1 - length)...index])
                if needles.contains(candidate) { found.insert(candidate) }
            }
        }
        return found
    }
}
