import Scoring

/// `Y/communities/SLUG.yaml` (docs/记录格式.md): the top-level keys and the simple dated records;
/// the roster, the schedules and the judgments have their own decoders.
enum CommunityDecoder {
    static let keys = ["社区", "派出所", "社区民警", "组织领导", "队伍", "排班报备", "例会", "督查", "培训",
                       "宣传", "防范宣传", "线索", "媒体曝光", "评定", "自评", "备注"]

    /// The community, or nil when its file had an error (reported).
    static func decode(_ root: YAMLNode, slug: String, scope: YearScope, schema: SchemaReader) -> Community? {
        let log = schema.log
        let mark = log.count
        guard let fields = Fields(root, path: "", allowed: keys, schema: schema) else { return nil }
        let rulebook = scope.rulebook

        let name = fields.text("社区", .name, required: true)
        let leadership = fields.fields("组织领导", allowed: ["一把手负责", "专人负责"])
        let teams = RosterDecoder.decode(fields, scope: scope)
        let schedules = ScheduleDecoder.decode(fields, scope: scope)

        let meetings = fields.records("例会", allowed: ["日期", "民警通报"]).compactMap { entry -> Meeting? in
            let briefing = entry.bool("民警通报")
            guard let date = dated(entry, scope) else { return nil }
            return Meeting(date: date, policeBriefing: briefing, location: entry.location)
        }
        let inspections = fields.records("督查", allowed: ["日期", "问题", "说明"]).compactMap { entry -> Inspection? in
            let problems = entry.words("问题", from: rulebook.inspectionProblems, vocabularyName: "督查问题")
            let note = entry.text("说明", .line)
            guard let date = dated(entry, scope) else { return nil }
            return Inspection(date: date, problems: problems, note: note, location: entry.location)
        }
        let trainings = fields.records("培训", allowed: ["日期", "主题"]).compactMap { entry -> Training? in
            let topic = entry.text("主题", .line, required: true)
            guard let date = dated(entry, scope), let topic else { return nil }
            return Training(date: date, topic: topic, location: entry.location)
        }
        let publicity = fields.records("宣传", allowed: ["月份", "形式", "内容更新", "录用照片"]).compactMap { entry -> Publicity? in
            let forms = entry.words("形式", from: rulebook.publicityForms, vocabularyName: "宣传形式")
            let photos = entry.count("录用照片") ?? 0
            let updated = entry.bool("内容更新")
            guard let month = entry.month("月份", required: true) else { return nil }
            guard month.year == scope.year else {
                log.error(entry.node("月份")?.location ?? entry.location, "“\(entry.name("月份"))” \(month) 不在 \(scope.year) 年内")
                return nil
            }
            if month.firstDay > scope.settings.cutoff {
                log.warning(entry.node("月份")?.location ?? entry.location,
                            "“\(entry.name("月份"))” \(month) 在截止日期 \(scope.settings.cutoff) 之后，本年考核不计入")
            }
            return Publicity(month: month, forms: forms, contentUpdated: updated,
                             photosAccepted: photos, location: entry.location)
        }
        let campaigns = fields.records("防范宣传", allowed: ["日期", "主题", "照片"]).compactMap { entry -> PreventionCampaign? in
            let topic = entry.text("主题", .line, required: true)
            let photo = entry.bool("照片")
            guard let date = dated(entry, scope), let topic else { return nil }
            return PreventionCampaign(date: date, topic: topic, hasPhoto: photo, location: entry.location)
        }
        let clues = fields.records("线索", allowed: ["日期", "案件", "见义勇为申报"]).compactMap { entry -> Clue? in
            let description = entry.text("案件", .name, required: true)
            let nominated = entry.bool("见义勇为申报")
            guard let date = dated(entry, scope), let description else { return nil }
            return Clue(date: date, caseDescription: description, braveryNomination: nominated,
                        location: entry.location)
        }
        let exposures = fields.records("媒体曝光", allowed: ["日期", "媒体", "级别", "严重影响"]).compactMap { entry -> MediaExposure? in
            let outlet = entry.text("媒体", .name, required: true)
            let level = entry.word("级别", from: rulebook.mediaLevels, vocabularyName: "媒体级别", required: true)
            let serious = entry.bool("严重影响")
            guard let date = dated(entry, scope), let outlet, let level else { return nil }
            return MediaExposure(date: date, outlet: outlet, level: level, seriousImpact: serious,
                                 location: entry.location)
        }
        let judgments = JudgmentDecoder.decodeJudgments(fields, scope: scope)
        let selfAssessment = JudgmentDecoder.decodeSelfAssessment(fields, scope: scope)
        let notes = fields.text("备注", .block)
        // Read every field before deciding, so each wrong value is reported in this run.
        let station = fields.text("派出所", .name)
        let officer = fields.text("社区民警", .name)
        let headInCharge = leadership?.bool("一把手负责") ?? false
        let dedicatedStaff = leadership?.bool("专人负责") ?? false

        guard log.errors(since: mark) == 0, let name else { return nil }
        let community = Community(
            slug: slug, name: name, policeStation: station, officer: officer,
            location: .start(of: schema.file),
            headInCharge: headInCharge, dedicatedStaff: dedicatedStaff,
            teams: teams, scheduleReports: schedules, meetings: meetings, inspections: inspections,
            trainings: trainings, publicity: publicity, preventionCampaigns: campaigns, clues: clues,
            mediaExposures: exposures, judgments: judgments, selfAssessment: selfAssessment, notes: notes)
        MissingSection.check(fields, rulebook: rulebook, log: log)
        CommunityWarnings.check(community, scope: scope, log: log, judgmentsKey: fields.location(of: "评定"))
        return community
    }

    /// The entry's 日期, within the year, warned about when after the cut-off.
    private static func dated(_ entry: Fields, _ scope: YearScope) -> Day? {
        guard let day = scope.dayInYear(entry, "日期") else { return nil }
        scope.warnAfterCutoff(day, entry, "日期")
        return day
    }
}
