import Foundation
import Records
import RecordsFixture
import SampleContent
import Scoring
import Testing
@testable import Site

/// No phone number (except masked), no 住址 and no 年龄 of any roster member reaches any file of
/// the built site, for the committed sample content and for generated content (docs/safety.md
/// §5, §7). The personal data is taken from the records' text, not from the loaded model, which
/// keeps none of it: this checks the loader's minimisation and the views together.
@Suite struct PublishedPrivacyTests {
    enum Source: String, CaseIterable, Sendable {
        case committedSample = "content/"
        case generated60 = "SampleGenerator(communities: 60)"
    }

    /// The loaded content and the text of every record it was loaded from.
    static func load(_ source: Source) throws -> (LoadResult, texts: [String]) {
        switch source {
        case .committedSample:
            let root = URL(fileURLWithPath: Fixture.themesRoot).deletingLastPathComponent().path + "/content"
            let texts = (FileManager.default.subpaths(atPath: root) ?? []).filter { $0.hasSuffix(".yaml") }
                .compactMap { try? String(contentsOfFile: root + "/" + $0, encoding: .utf8) }
            return (ContentLoader(fileSystem: .local).load(root: root), texts)
        case .generated60:
            var files: [String: [UInt8]] = [:]
            for file in try SampleGenerator(communities: 60).files() { files["content/" + file.relativePath] = Array(file.text.utf8) }
            return (ContentLoader(fileSystem: .memory(files)).load(root: "content"),
                    files.values.map { String(decoding: $0, as: UTF8.self) })
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
        let (loaded, records) = try Self.load(source)
        let content = try #require(loaded.content, "\(loaded.diagnostics.filter(\.isError).prefix(3))")
        let results = content.years.map { YearAssessment.score($0.records) }
        let files = try SiteBuilder(themesRoot: Fixture.themesRoot).render(content: content, results: results)
        let personal = PersonalData(records: records)
        #expect(personal.phones.count > 100 && personal.addresses.count > 10)
        #expect(records.contains { $0.contains("年龄:") })

        var leaks: [String] = []
        for file in files {
            for leak in personal.leaks(in: file.bytes) { leaks.append("\(file.path): \(leak)") }
            for roster in Self.rosters(file.text) {
                if roster.contains("年龄") { leaks.append("\(file.path): 花名册有“年龄”") }
                // Member rows hold name, masked phone, roles and status: never a bare number.
                let body = roster.components(separatedBy: "<tbody>").dropFirst()
                    .map { $0.components(separatedBy: "</tbody>")[0] }.joined()
                if body.range(of: #"<td[^>]*>\s*\d{1,3}\s*</td>"#, options: .regularExpression) != nil {
                    leaks.append("\(file.path): 花名册有纯数字单元格（年龄？）")
                }
            }
        }
        #expect(leaks.isEmpty, "\(leaks.prefix(10))")
        // The rosters were published, with the phones masked.
        let masked = Set(personal.phones.map(PhoneMask.mask))
        #expect(masked.contains { mask in files.contains { $0.text.contains(mask) } })
        #expect(files.contains { !Self.rosters($0.text).isEmpty })
    }
}
