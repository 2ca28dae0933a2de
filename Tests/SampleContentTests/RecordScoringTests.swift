@testable import SampleContent
import Scoring
import Testing

/// Scoring generated records through the real loader and scorer, in batches.
@Suite struct RecordScoringTests {
    @Test(arguments: [1, 44, 99, 100, 101, 250, 1_000, 10_000])
    func batchesCoverEveryCommunityOnceAndStayBounded(count: Int) {
        let batches = RecordScoring.batchRanges(count: count)
        #expect(batches.first?.lowerBound == 0 && batches.last?.upperBound == count)
        #expect(zip(batches, batches.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound })
        #expect(batches.allSatisfy { !$0.isEmpty && $0.count <= RecordScoring.largestBatch })
        if count <= 100 { #expect(batches.count == 1) }
    }

    /// A community's scores depend on its own records only: batching changes nothing.
    @Test func batchedScoresEqualScoresOfOneBatch() throws {
        let generator = SampleGenerator(communities: 120)
        let communities = generator.communityRecords()
        let files = communities.map {
            CommunityRenderer.withoutSelfAssessment(records: CommunityRenderer.records($0, year: 2017), $0)
        }
        #expect(RecordScoring.batchRanges(count: 120).count > 1)
        let batched = try RecordScoring.annualItems(of: communities, file: { files[$0] }, year: 2017)
        let whole = try RecordScoring.annualItems(of: communities, file: { files[$0] }, range: 0..<120, year: 2017)
        #expect(batched.map { $0.map(\.points) } == whole.map { $0.map(\.points) })
        #expect(batched.count == 120 && batched.allSatisfy { $0.count == 14 })
    }

    @Test func recordsTheLoaderRefusesAreReportedNotTrapped() throws {
        let communities = SampleGenerator(communities: 2).communityRecords()
        let files = ["社区: 坏记录\n未知的键: 1\n", "社区: [\n"]
        let error = try #require(throws: SampleContentError.self) {
            try RecordScoring.annualItems(of: communities, file: { files[$0] }, year: 2017)
        }
        #expect(error.diagnostics.count >= 2 && error.diagnostics.allSatisfy(\.isError))
        #expect(error.description.contains("content/2017/communities/c00001.yaml:2:1"))
    }
}
