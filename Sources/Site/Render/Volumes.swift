import Records
import Scoring

/// How a large year's printed documents are split. Up to `threshold` communities, the meeting
/// booklet (`Y/scorecards.html`) and the approval forms (`Y/forms.html`) are one document each,
/// as README’s page table lays out. Above it, one document of thousands of A4 pages neither opens nor prints
/// comfortably, so each becomes an index page linking volumes, `Y/scorecards/N.html` and
/// `Y/forms/N.html`: one 派出所 per volume (stations in name order, “未填派出所” last), at most
/// `volumeSize` entries each, numbered from 1 in that order.
struct Volumes: Sendable {
    /// Years with more communities than this are split.
    var threshold = 300
    /// At most this many scorecards or forms in one volume.
    var volumeSize = 300
    static let unassigned = StationGrouping.unassigned

    /// Whether a year with `communities` communities is split into volumes.
    func splits(_ communities: Int) -> Bool { communities > threshold }

    /// One printed volume: the station, which part of it, and its entries' indexes.
    struct Volume: Sendable {
        let number: Int
        let station: String
        let part: Int
        let parts: Int
        /// Indexes into the list the volumes were made from, in that list's order.
        let entries: [Int]
    }

    /// Volumes of `stations` (each entry's 派出所, nil when not filled in), in list order within each.
    func split(_ stations: [String?]) -> [Volume] {
        var volumes: [Volume] = []
        for (name, entries) in StationGrouping.groups(Array(stations.indices), station: { stations[$0] }) {
            let parts = (entries.count + volumeSize - 1) / volumeSize
            for part in 0..<parts {
                let slice = Array(entries[(part * volumeSize)..<min(entries.count, (part + 1) * volumeSize)])
                volumes.append(Volume(number: volumes.count + 1, station: name, part: part + 1, parts: parts, entries: slice))
            }
        }
        return volumes
    }
}

extension Volumes.Volume {
    /// “湖塘派出所（第2册，共3册）” or just the station when it has one volume.
    var label: String { parts == 1 ? station : "\(station)（第\(part)册，共\(parts)册）" }
}
