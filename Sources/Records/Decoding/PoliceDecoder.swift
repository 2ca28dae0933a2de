import Scoring

/// `Y/police.yaml` (docs/记录格式.md, police.yaml): SLUG → {侵财: {本年, 上年}, 通讯网络诈骗: {本年, 上年}, 平台考核数}.
/// Monthly arrays must cover every month up to the end of the last assessed quarter (at most
/// 12); 平台考核数 every assessed quarter (at most 4). A missing month is never read as zero.
enum PoliceDecoder {
    static let entryKeys = ["侵财", "通讯网络诈骗", "平台考核数"]

    /// Figures by SLUG, with each entry's key location (for unknown-SLUG checks). Entries for
    /// SLUGs not in `known` are only listed (the loader reports them), not checked further.
    static func decode(_ root: YAMLNode, known: Set<String>, scope: YearScope, schema: SchemaReader)
        -> (figures: [String: PoliceFigures], keys: [String: SourceLocation]) {
        var figures: [String: PoliceFigures] = [:]
        var keys: [String: SourceLocation] = [:]
        if root.isNull { return ([:], [:]) }
        guard let mapping = schema.mapping(root, "police.yaml 的内容") else { return ([:], [:]) }
        for entryNode in mapping.entries {
            let key = entryNode.key, value = entryNode.value
            keys[key.text] = key.location
            guard known.contains(key.text) else { continue }
            guard let entry = Fields(value, path: key.text, allowed: entryKeys, schema: schema) else { continue }
            let mark = schema.log.count
            let property = counts(entry, "侵财", scope: scope)
            let fraud = counts(entry, "通讯网络诈骗", scope: scope)
            let platform = platformScores(entry, scope: scope)
            guard schema.log.errors(since: mark) == 0 else { continue }
            figures[key.text] = PoliceFigures(propertyCrime: property, telecomFraud: fraud,
                                              platformScores: platform, location: key.location)
        }
        return (figures, keys)
    }

    private static func counts(_ entry: Fields, _ key: String, scope: YearScope) -> CaseCounts {
        let kind = entry.fields(key, allowed: ["本年", "上年"])
        let location = entry.location(of: key)
        func months(_ year: String) -> [Int] {
            let name = entry.name(key) + "." + year
            let items = kind?.list(year) ?? []
            let values = items.compactMap { entry.schema.count($0, name) }
            checkLength(items.count, name: name, at: kind?.node(year)?.location ?? kind?.location ?? location,
                        required: scope.monthsRequired, maximum: 12, unit: "个月",
                        hint: "没有发案的月份请写 0，不能省略", schema: entry.schema)
            return values
        }
        return CaseCounts(thisYear: months("本年"), lastYear: months("上年"))
    }

    private static func platformScores(_ entry: Fields, scope: YearScope) -> [Points] {
        let items = entry.list("平台考核数")
        let values = items.compactMap { entry.schema.points($0, entry.name("平台考核数")) }
        checkLength(items.count, name: entry.name("平台考核数"),
                    at: entry.node("平台考核数")?.location ?? entry.location,
                    required: scope.quartersRequired, maximum: 4, unit: "个季度",
                    hint: "每个已考核季度都要有平台考核数，一季度在前", schema: entry.schema)
        return values
    }

    private static func checkLength(_ count: Int, name: String, at location: SourceLocation,
                                    required: Int, maximum: Int, unit: String, hint: String, schema: SchemaReader) {
        if count < required {
            schema.log.error(location, "“\(name)”只有 \(count) 个数，至少需要 \(required) \(unit)的数据（到最后一个已考核季度末）",
                             hint: hint)
        } else if count > maximum {
            schema.log.error(location, "“\(name)”有 \(count) 个数，最多 \(maximum) 个")
        }
    }
}
