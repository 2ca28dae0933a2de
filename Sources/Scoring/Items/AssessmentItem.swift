/// The fourteen items of the seed's table (考核内容), with the seed's own wording so the
/// scorecard can reproduce the table. Points come from the `Rulebook`, never from here.
public struct AssessmentItem: Hashable, Sendable {
    /// 序号, 1…14.
    public let number: Int
    /// 考核指标: the category heading the item sits under.
    public let category: String
    /// 考核要求 (short title).
    public let title: String
    /// 评分标准, as the seed words it.
    public let criteria: String

    /// The item titles in order; also the prefixes of the rulebook's parameter names.
    public static let titles = [
        "加强组织领导", "加强队伍建设", "加强机制建设", "加强后勤保障",
        "治安巡防全覆盖", "巡逻防范日常化", "规范巡防行为", "加强教育培训", "台账资料健全规范",
        "案件防范", "提供线索破案", "加强阵地建设", "加强事迹宣传", "加强防范宣教",
    ]
}
