import Scoring

/// `Y/year.yaml` (docs/记录格式.md, year.yaml): 年度, 截止日期, 折算, 补贴, 用款审批, 细则.
enum YearSettingsDecoder {
    static let keys = ["年度", "截止日期", "折算", "补贴", "用款审批", "细则"]

    /// The settings as far as they could be read (problems are reported, and the loader yields
    /// no content then); the defaults stand in for what was wrong, so the year's communities can
    /// still be checked against the year's rulebook in the same run.
    static func decode(_ root: YAMLNode, folderYear: Int, schema: SchemaReader) -> YearSettings {
        let log = schema.log
        guard let fields = Fields(root, path: "", allowed: keys, schema: schema) else {
            return YearSettings(year: folderYear, location: .start(of: schema.file))
        }

        if let node = fields.required("年度"), let year = schema.count(node, "年度"), year != folderYear {
            log.error(node.location, "“年度”为 \(year)，与所在文件夹 \(folderYear) 不一致",
                      hint: "年度必须与文件夹名相同")
        }
        var cutoff = fields.day("截止日期")
        if let day = cutoff, day.year != folderYear, let node = fields.node("截止日期") {
            log.error(node.location, "“截止日期” \(day) 不在 \(folderYear) 年内")
            cutoff = nil
        }
        let conversion = fields.fields("折算", allowed: ["满分"])?.points("满分")
        let subsidy = fields.fields("补贴", allowed: ["方式", "档次", "满分金额"]).flatMap { decodeSubsidy($0) }
        let approval = fields.fields("用款审批", allowed: ["申请部门", "申请人", "用款事由", "备注"]).map {
            ApprovalFormFields(department: $0.text("申请部门", .name), applicant: $0.text("申请人", .name),
                               purpose: $0.text("用款事由", .line), remarks: $0.text("备注", .line))
        }
        let rulebook = fields.node("细则").map { RulebookOverrides.apply($0, schema: schema) } ?? Rulebook()
        if rulebook.totalMaximum != Rulebook().totalMaximum {
            log.warning(fields.location(of: "细则"),
                        "改写后 14 项分值合计 \(rulebook.totalMaximum) 分，不是 \(Rulebook().totalMaximum) 分；本年度各页面按满分 \(rulebook.totalMaximum) 分显示",
                        hint: "如非有意，请检查“细则”中各项的“分值”")
        }

        return YearSettings(year: folderYear, cutoff: cutoff, conversionFullMarks: conversion ?? 10,
                            subsidy: subsidy, approvalForm: approval ?? ApprovalFormFields(),
                            rulebook: rulebook, location: .start(of: schema.file))
    }

    private static func decodeSubsidy(_ fields: Fields) -> SubsidyRule? {
        let log = fields.schema.log
        guard let methodNode = fields.required("方式"), let method = fields.schema.text(methodNode, "补贴.方式", shape: .name) else {
            return nil
        }
        switch method {
        case "分档":
            if fields.node("满分金额") != nil {
                log.error(fields.location(of: "满分金额"), "“补贴.满分金额”只用于“按分值”方式", hint: "分档方式请删除此键")
            }
            guard fields.node("档次") != nil else {
                log.error(fields.location, "“补贴”方式为分档，缺少“档次”列表")
                return nil
            }
            let bands = fields.records("档次", allowed: ["名称", "最低分", "金额"]).map { band in
                (band.text("名称", .name, required: true), band.points("最低分", required: true), band.money("金额", required: true))
            }
            let valid = bands.compactMap { name, minimum, amount in
                name.flatMap { n in minimum.flatMap { m in amount.map { SubsidyBand(name: n, minimum: m, amount: $0) } } }
            }
            return valid.count == bands.count ? .bands(valid) : nil
        case "按分值":
            if fields.node("档次") != nil {
                log.error(fields.location(of: "档次"), "“补贴.档次”只用于“分档”方式", hint: "按分值方式请删除此键")
            }
            return fields.money("满分金额", required: true).map { .proRata(fullAmount: $0) }
        default:
            log.error(methodNode.location, "“补贴.方式”应为“分档”或“按分值”，实际为“\(method)”",
                      hint: Suggestion.hint(for: method, among: ["分档", "按分值"]))
            return nil
        }
    }
}
