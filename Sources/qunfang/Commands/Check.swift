import ArgumentParser
import Records

/// `qunfang check`: validate only.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "检查全部记录，列出所有错误和警告；有错误时退出状态为 1。"
    )

    @OptionGroup var options: ContentOptions

    func run() throws {
        let content = try options.loadOrExit()
        let communities = content.years.map(\.records.communities.count).reduce(0, +)
        let years = content.years.map { String($0.records.settings.year) }.joined(separator: "、")
        print("检查通过：\(content.years.count) 个年度（\(years)），共 \(communities) 份社区记录。")
    }
}
