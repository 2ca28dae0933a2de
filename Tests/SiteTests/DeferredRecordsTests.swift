import Foundation
import Records
import Scoring
import Testing
@testable import Site
import TestSupport

/// A rebuild loads unchanged records as their identity and their scores without reasons
/// (`DeferredRecords`). That is sound only if what they leave out is in no page's fingerprint
/// and on no page that does not say it prints full records (`PageKind.records(in:)`).
@Suite struct DeferredRecordsTests {
    /// The content with every community reduced to its identity and every score to its points.
    static func reduced(_ content: Content, _ results: [YearResult]) -> (Content, [YearResult]) {
        var content = content
        for y in content.years.indices {
            content.years[y].records.communities = content.years[y].records.communities.map(\.identity)
        }
        let results = results.map { result in
            var scores: [String: [CommunityScore]] = [:]
            for quarter in result.quarters {
                for standing in quarter.standings { scores[standing.score.slug, default: []].append(standing.score.withoutReasons) }
            }
            return result.replacingScores(scores)
        }
        return (content, results)
    }

    @Test(arguments: [true, false])
    func whatDeferredRecordsLeaveOutIsInNoFingerprintAndOnNoPageAboutAWholeYear(split: Bool) throws {
        let (folder, _) = try PageInputsTests.writeContent(years: [2017, 2018])
        let loaded = ContentLoader(fileSystem: .local).load(root: folder)
        let content = try #require(loaded.content, "\(loaded.diagnostics.filter(\.isError))")
        let results = content.years.map { YearAssessment.score($0.records) }
        #expect(results.allSatisfy { $0.quarters.flatMap(\.standings).contains { $0.score.items.contains { !$0.reasons.isEmpty } } })
        let (leanContent, leanResults) = Self.reduced(content, results)
        var builder = Fixture.builder
        if split { builder.volumes = Volumes(threshold: 4, volumeSize: 3) }
        builder.toolVersion = "测试版本"
        let full = try builder.renderer(content: content, results: results)
        let lean = try builder.renderer(content: leanContent, results: leanResults)
        let files = full.files
        let leanFiles = lean.files
        #expect(files.count == leanFiles.count && files.count > 50)
        var yearPages = 0
        for (file, leanFile) in zip(files, leanFiles) {
            let path = full.path(of: file)
            #expect(path == lean.path(of: leanFile))
            #expect(full.inputs(of: file) == lean.inputs(of: leanFile), "\(path)")
            guard file.records(in: full) == nil else { continue }
            yearPages += 1
            #expect(full.render(file).bytes == lean.render(leanFile).bytes, "\(path) prints what deferred records leave out")
        }
        #expect(yearPages > 20)
    }
}
