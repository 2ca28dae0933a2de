/// `Y/scorecards.html`: every scorecard of the year in one document, one per printed page (the
/// meeting booklet). In a large year (see `Volumes`) that page is an index of volumes,
/// `Y/scorecards/N.html`, each one 派出所's scorecards.
struct ScorecardBooklet {
    let year: Int
    let heading: String
    let scorecards: [ScorecardView]
    let hasVolumes: Bool
    let volumes: VolumeIndexView

    static func title(_ year: Int) -> String { "\(year)年度考核表汇编" }

    /// The booklet (or one volume of it) with these scorecards.
    init(year: Int, heading: String? = nil, scorecards: [ScorecardView]) {
        self.year = year
        self.heading = heading ?? Self.title(year)
        self.scorecards = scorecards
        self.hasVolumes = false
        self.volumes = VolumeIndexView([], size: 0, path: { _ in .home }, from: .home, unit: "份")
    }

    /// The index of a large year's volumes.
    init(year: Int, volumes: VolumeIndexView) {
        self.year = year
        self.heading = Self.title(year)
        self.scorecards = []
        self.hasVolumes = true
        self.volumes = volumes
    }
}

extension ScorecardBooklet: TemplateFields {
    static let templateFields: [String: TemplateAccessor<ScorecardBooklet>] = [
        "year": { $0.year },
        "heading": { $0.heading },
        "scorecards": { $0.scorecards },
        "hasVolumes": { $0.hasVolumes },
        "volumes": { $0.volumes },
    ]
}

/// A booklet (or one volume of it) whose scorecards are spliced (`IncrementalWriter`): the
/// fields of `ScorecardBooklet`, with `scorecards` as `SplicedCards`, which only qunfang's
/// renderer prints.
struct SplicedBooklet {
    let booklet: ScorecardBooklet
    let scorecards: SplicedCards
}

extension SplicedBooklet: TemplateFields {
    static let templateFields: [String: TemplateAccessor<SplicedBooklet>] = {
        var fields = ScorecardBooklet.templateFields.mapValues { field in { @Sendable (spliced: inout SplicedBooklet) in spliced.booklet.read(field) } }
        fields["scorecards"] = { $0.scorecards }
        return fields
    }()
}
