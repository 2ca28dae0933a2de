/// How the overviews group communities by 派出所: by the station's name (byte order), then the
/// communities that name none, under “未填派出所”. Every list keeps its input order inside a group.
public enum StationGrouping {
    /// How a group of communities without a 派出所 is named.
    public static let unassigned = "未填派出所"

    /// `items` grouped by `station`; the unassigned group only when it is not empty.
    public static func groups<T>(_ items: [T], station: (T) -> String?) -> [(station: String, members: [T])] {
        var byName: [String: [T]] = [:]
        var unassigned: [T] = []
        for item in items {
            if let name = station(item) { byName[name, default: []].append(item) } else { unassigned.append(item) }
        }
        var groups = byName.keys.sorted(by: Ranking.slugPrecedes).map { (station: $0, members: byName[$0]!) }
        if !unassigned.isEmpty { groups.append((station: Self.unassigned, members: unassigned)) }
        return groups
    }
}
