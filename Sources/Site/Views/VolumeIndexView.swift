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
    let note: String

    init(_ volumes: [Volumes.Volume], size: Int, path: (Int) -> SitePath, from page: SitePath, unit: String) {
        self.entries = volumes.map {
            Entry(number: String($0.number), href: page.link(to: path($0.number)), label: $0.label, count: "\($0.entries.count)\(unit)")
        }
        self.note = "本年度社区较多，按派出所分册，每册不超过\(size)\(unit)，可分别打开、打印。"
    }
}

// Field tables for the templates (see TemplateFields).

extension VolumeIndexView: TemplateFields {
    static let templateFields: [String: @Sendable (VolumeIndexView) -> Any] = [
        "entries": { $0.entries },
        "note": { $0.note },
    ]
}

extension VolumeIndexView.Entry: TemplateFields {
    static let templateFields: [String: @Sendable (VolumeIndexView.Entry) -> Any] = [
        "number": { $0.number },
        "href": { $0.href },
        "label": { $0.label },
        "count": { $0.count },
    ]
}
