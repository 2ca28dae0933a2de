/// Item 2 加强队伍建设: base for roster management and the required teams, plus 2 for each
/// further distinct type of qualifying social team, all read at the last day of P.
public enum Item02TeamBuilding: ItemRule {
    public static let number = 2

    /// How the rules page explains the item, with `r`'s own numbers.
    public static func explanation(_ r: Rulebook) -> String {
        "以考核期最后一天在册人数为准。评定“花名册动态管理”为是、有一支不少于\(r.professionalTeamMinimum)人的专职化队伍、且有不少于\(r.socialTeamsRequired)支每支不少于\(r.socialTeamMinimum)人的社会化队伍，得基本分\(r.teamBasePoints)分。符合人数要求的社会化队伍按类型计数（同类型只计一次），类型数超过\(r.socialTeamsRequired)的部分每种得\(r.teamExtensionPoints)分；扩建分即使未得基本分也计入。队员在加入日期当天起算在册，退出日期当天起不再在册；退出日期不晚于加入日期的记录报错。"
    }

    public static func score(in context: EvaluationContext) -> ItemScore {
        let rules = context.rulebook
        let strength = context.teamStrength
        let managed = context.judgment(.rosterManaged).value
        var reasons = strength.teamReasons(rules)
        reasons.append(context.judgmentReason(.rosterManaged, worth: .zero))

        let earnsBase = managed && strength.meetsStructure(rules)
        let base = rules.teamBasePoints.when(earnsBase)
        if earnsBase {
            reasons.append(Reason("基本分：花名册动态管理，专职化队伍达标，社会化队伍 "
                                  + "\(strength.qualifyingSocialTeams.count) 支达标", points: base))
        } else {
            reasons.append(Reason("未得基本分：" + missingForBase(strength, managed: managed, rules)
                                  + "（以 \(context.period.end) 在册人数为准）"))
        }

        let types = strength.qualifyingSocialTypes
        let extensions = max(0, types.count.subtracting(saturating: rules.socialTeamsRequired))
        let extensionPoints = rules.teamExtensionPoints * extensions
        if !types.isEmpty {
            reasons.append(Reason("达标社会化队伍类型 \(types.count) 类（\(types.joined(separator: "、"))），"
                                  + "扩建 \(extensions) 支（同类型不重复计分），每支\(rules.teamExtensionPoints)分",
                                  points: extensions > 0 ? extensionPoints : nil,
                                  explainsLoss: base + extensionPoints < rules.maximum(ofItem: number)))
        }
        return context.itemScore(number, raw: base + extensionPoints, reasons: reasons)
    }

    static func missingForBase(_ strength: TeamStrength, managed: Bool, _ rules: Rulebook) -> String {
        var missing: [String] = []
        if !managed { missing.append("花名册未实行动态管理") }
        if !strength.professionalTeamOK {
            missing.append("无在册不少于 \(rules.professionalTeamMinimum) 人的专职化队伍")
        }
        let social = strength.qualifyingSocialTeams.count
        if social < rules.socialTeamsRequired {
            missing.append("在册不少于 \(rules.socialTeamMinimum) 人的社会化队伍仅 \(social) 支"
                           + "（需 \(rules.socialTeamsRequired) 支）")
        }
        return missing.joined(separator: "；")
    }
}
