import Records
import Scoring

/// A digest of everything the pages about a whole year can show of its results: every
/// community's name, station, item points, total, vetoes, police figure and ranks in every
/// quarter, the annual standings, and the communities in file order (the year overview lists
/// them before any quarter is assessed). The reasons behind each item are left out: only a
/// scorecard prints them, and a scorecard is fingerprinted from its own record.
enum YearResultDigest {
    static func digest(_ result: YearResult, communities: [Community]) -> Fingerprint {
        var digest = Fingerprint()
        digest.add(result.year)
        digest.add(communities.count)
        for community in communities { add(community.slug, community.name, community.policeStation, to: &digest) }
        digest.add(result.quarters.count)
        for quarter in result.quarters {
            digest.add(quarter.quarter.rawValue)
            digest.add(quarter.standings.count)
            for standing in quarter.standings { add(standing, to: &digest) }
            for standing in quarter.policeOrder { digest.add(standing.score.slug) }
        }
        guard let annual = result.annual else {
            digest.add(-1)
            return digest
        }
        digest.add(annual.standings.count)
        for standing in annual.standings {
            add(standing.slug, standing.name, standing.policeStation, to: &digest)
            digest.add(standing.total.tenths)
            digest.add(standing.vetoed ? 1 : 0)
            digest.add(standing.rank ?? 0)
            digest.add(standing.convertedHundredths)
            digest.add(standing.subsidy.fen)
            digest.add(standing.band ?? "\u{0}")
        }
        return digest
    }

    /// Who a line is about: SLUG, name and station (an absent station is not an empty one).
    private static func add(_ slug: String, _ name: String, _ station: String?, to digest: inout Fingerprint) {
        digest.add(slug)
        digest.add(name)
        digest.add(station ?? "\u{0}")
    }

    private static func add(_ standing: Standing, to digest: inout Fingerprint) {
        let score = standing.score
        add(score.slug, score.name, score.policeStation, to: &digest)
        digest.add(score.items.count)
        for item in score.items {
            digest.add(item.item.number)
            digest.add(item.maximum.tenths)
            digest.add(item.points.tenths)
            digest.add(item.capped ? 1 : 0)
        }
        digest.add(score.total.tenths)
        digest.add(score.vetoes.count)
        for veto in score.vetoes {
            digest.add(veto.number)
            digest.add(veto.text)
        }
        digest.add(score.platformScore.tenths)
        digest.add(standing.rank ?? 0)
        digest.add(standing.previousRank ?? 0)
        digest.add(standing.previousTotal?.tenths ?? Int.min)
        digest.add(standing.policeRank)
    }
}
