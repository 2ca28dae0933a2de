/// Bounds on what one content file may hold, so a hostile or broken file is refused in bounded
/// time and memory instead of hanging the build.
///
/// - `maximumFileSize` 10 MiB: the largest real record (a community with a year of daily
///   schedules) is well under 1 MiB; the size is checked before any parsing.
/// - `maximumDepth` 64: records nest at most five levels (队伍 › 队员 › 成员 › 键); deeper
///   nesting is only ever an accident or an attack on the parser's stack.
/// - `maximumNodes` 200,000 scalars, mappings and sequences: about ten times a busy year of
///   records. `police.yaml` holds every community's figures (about 70 values each), so it has
///   its own bound, `maximumPoliceNodes` 2,000,000: room for some 28,000 communities, while a
///   10 MiB file could otherwise hold five million values. Aliases are refused outright, so a "billion laughs" file never expands: it is
///   refused at its first alias, in milliseconds.
/// - `maximumProblemsPerFile` 20 problems found while reading the YAML itself (anchors,
///   aliases, tags, duplicate keys); after that the file's reading stops.
enum YAMLLimits {
    static let maximumFileSize = 10 * 1024 * 1024
    static let maximumDepth = 64
    static let maximumNodes = 200_000
    static let maximumPoliceNodes = 2_000_000
    static let maximumProblemsPerFile = 20
}
