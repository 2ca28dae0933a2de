import Scoring

/// What a year's community and police files are checked against: the year, its cut-off and
/// its rulebook (with 细则 applied, so extended vocabularies and changed 分值 count).
struct YearScope {
    let settings: YearSettings
    /// False when year.yaml had errors: the cut-off may be wrong, so coverage is not judged.
    var cutoffKnown = true

    var year: Int { settings.year }
    var rulebook: Rulebook { settings.rulebook }

    /// Months that police arrays must cover: up to the end of the last assessed quarter.
    var monthsRequired: Int { cutoffKnown ? (settings.assessedQuarters.last?.rawValue ?? 0) * 3 : 0 }

    /// Quarters that police.yaml's 平台考核数 must cover.
    var quartersRequired: Int { cutoffKnown ? settings.assessedQuarters.count : 0 }

    /// Reads a required date that must fall within the year.
    func dayInYear(_ fields: Fields, _ key: String) -> Day? {
        guard let day = fields.day(key, required: true) else { return nil }
        guard day.year == year else {
            fields.schema.log.error(fields.node(key)?.location ?? fields.location,
                                    "“\(fields.name(key))” \(day) 不在 \(year) 年内",
                                    hint: "每年的记录写在该年的文件夹中")
            return nil
        }
        return day
    }

    /// Warns about a dated record after the cut-off: it is kept but ignored by the scoring.
    func warnAfterCutoff(_ day: Day, _ fields: Fields, _ key: String) {
        guard day > settings.cutoff else { return }
        fields.schema.log.warning(fields.node(key)?.location ?? fields.location,
                                  "“\(fields.name(key))” \(day) 在截止日期 \(settings.cutoff) 之后，本年考核不计入")
    }
}
