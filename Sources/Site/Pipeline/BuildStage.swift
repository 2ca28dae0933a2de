/// A stage of a build, as its progress line names it.
public enum BuildStage: Sendable, Equatable, CaseIterable {
    case loading, scoring, writing

    public var label: String {
        switch self {
        case .loading: "读取记录"
        case .scoring: "评分"
        case .writing: "生成网站"
        }
    }

    public var unit: String {
        switch self {
        case .loading: "份"
        case .scoring: "个社区"
        case .writing: "个文件"
        }
    }
}
