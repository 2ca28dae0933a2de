import Records
import Scoring

/// A volume index page (`Y/scorecards.html` or `Y/forms.html` of a large year): what is in
/// each volume, with its link.
struct VolumeIndexView {
    struct Entry {
        let number: String
        let href: String
        let label: String
        let count: String
    }

    let entries: [Entry]
    /// The most entries of one volume ("300"), and what they are ("份"), for the template's note.
    let volumeSize: String
    let unit: String

    init(_ volumes: [Volumes.Volume], size: Int, path: (Int) -> SitePath, from page: SitePath, unit: String) {
        self.entries = volumes.map {
            Entry(number: String($0.number), href: page.link(to: path($0.number)), label: $0.label, count: "\($0.entries.count)\(unit)")
        }
        self.volumeSize = String(size)
        self.unit = unit
    }
}

// Field tables for the templates (see TemplateFields).

extension VolumeIndexView: TemplateFields {
    static let templateFields: [String: TemplateAccessor<VolumeIndexView>] = [
        "entries": { $0.entries },
        "volumeSize": { $0.volumeSize },
        "unit": { $0.unit },
    ]
}

extension VolumeIndexView.Entry: TemplateFields {
    static let templateFields: [String: TemplateAccessor<VolumeIndexView.Entry>] = [
        "number": { $0.number },
        "href": { $0.href },
        "label": { $0.label },
        "count": { $0.count },
    ]
}
