import ArgumentParser
import Foundation
import Records

/// `qunfang new`: scaffold a commented community record.
struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "为新社区生成一份带注释的记录模板（content/年度/communities/代码.yaml）。"
    )

    @Option(help: ArgumentHelp("年度，例如 2017。", valueName: "年度"))
    var year: Int

    @Argument(help: ArgumentHelp("社区代码：小写字母、数字和连字符，例如 hutang；用作文件名和网址。", valueName: "代码"))
    var slug: String

    @Option(help: ArgumentHelp("社区名称，例如 湖塘社区。", valueName: "名称"))
    var name: String

    @OptionGroup var options: ContentOptions

    func validate() throws {
        guard CommunityTemplate.isValidSlug(slug) else {
            throw ValidationError("社区代码“\(slug)”不合规：只能用小写字母、数字和连字符，且以字母或数字开头，例如 hutang、xin-cheng。")
        }
        guard (1001...9998).contains(year) else {
            throw ValidationError("年度应为四位数，例如 2017，而不是 \(year)。")
        }
        guard !name.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw ValidationError("--name 不能为空。")
        }
        if let problem = RecordName.problem(of: name) {
            throw ValidationError("--name \(problem)。")
        }
    }

    func run() throws {
        let folder = "\(options.content)/\(year)/communities"
        let path = "\(folder)/\(slug).yaml"
        let files = FileManager.default
        guard !files.fileExists(atPath: path) else {
            DiagnosticPrinter.printError("错误: \(path) 已存在，未作改动。")
            throw ExitCode(1)
        }
        do {
            try files.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try Data(CommunityTemplate.text(name: name, year: year).utf8).write(to: URL(fileURLWithPath: path), options: .withoutOverwriting)
        } catch {
            DiagnosticPrinter.printError("错误: 无法写入 \(path)：\(error.localizedDescription)")
            throw ExitCode(1)
        }
        print("已生成 \(path)。")
        print("请逐项填写；并在 \(options.content)/\(year)/police.yaml 中为 \(slug) 添加派出所数据，然后运行 qunfang check。")
    }
}
