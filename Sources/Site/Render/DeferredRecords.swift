import Parallel
import Records
import Scoring

/// Completes a rebuild's content where its pages need it. A rebuild loads the records it finds
/// unchanged in the record cache with their communities' identity only, and takes their
/// scores, without reasons, from the cache (`YearContent.deferred`, `ScoreSummary`): that is
/// all the pages about a whole year print, and all the fingerprints of every page are made of
/// (`SiteRenderer.inputs(of:)`). A page that prints a community's full record and reasons (its
/// scorecards, a booklet: `PageKind.records(in:)`) and must be made again has that community
/// decoded in full and scored again here, before anything is rendered, so every page is made
/// from the same values a build without the cache would use (docs/performance.md).
enum DeferredRecords {
    /// A deferred record that cannot be decoded (its cache entry is damaged): the caller loads
    /// the content again without deferring.
    struct Unavailable: Error {}

    /// The communities, by year and index, that the files to be made again need in full and do
    /// not have yet; and what `writer.check` found of every file on the way (by its index in
    /// `files`).
    static func needed(by files: [SiteRenderer.File], writer: IncrementalWriter)
        -> (needed: [Int: Set<Int>], checks: [IncrementalWriter.Check]) {
        let site = writer.renderer
        let checked = ParallelMap.map(count: files.count) { index -> (IncrementalWriter.Check, (year: Int, communities: [Int])?) in
            let file = files[index]
            let check = writer.check(index, of: files)
            guard case .no = check.reusable, let (y, all) = file.records(in: site) else { return (check, nil) }
            // A booklet needs only the scorecards it cannot copy from its old file.
            let communities = check.splice.map { splice in splice.rendered.map { all[$0] } } ?? all
            let deferred = site.years[y].content.deferred
            let missing = communities.filter { deferred[site.years[y].content.records.communities[$0].slug] != nil }
            return (check, missing.isEmpty ? nil : (y, missing))
        }
        var needed: [Int: Set<Int>] = [:]
        for case let (year, communities)? in checked.map(\.1) { needed[year, default: []].formUnion(communities) }
        return (needed, checked.map(\.0))
    }

    /// `pairs` with the communities of `needed` (by the pairs' index and the communities'
    /// index) decoded in full and their scores, reasons and all, put in every ranking.
    static func complete(_ needed: [Int: Set<Int>], in pairs: [(content: YearContent, result: YearResult)]) throws
        -> [(content: YearContent, result: YearResult)] {
        var pairs = pairs
        for (y, indexes) in needed {
            let year = pairs[y].content
            let records = year.records
            let order = indexes.sorted()
            let completed = ParallelMap.map(count: order.count) { position -> (Community, [CommunityScore])? in
                let slug = records.communities[order[position]].slug
                guard let community = year.deferred[slug]?.community() else { return nil }
                let scores = records.settings.assessedQuarters.map {
                    CommunityAssessment.score(community, in: records, quarter: $0)
                }
                return (community, scores)
            }
            var replacements: [String: [CommunityScore]] = [:]
            for (position, index) in order.enumerated() {
                guard let (community, scores) = completed[position] else { throw Unavailable() }
                pairs[y].content.records.communities[index] = community
                pairs[y].content.deferred[community.slug] = nil
                replacements[community.slug] = scores
            }
            pairs[y].result = pairs[y].result.replacingScores(replacements)
        }
        return pairs
    }
}
