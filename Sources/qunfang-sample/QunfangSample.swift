import ArgumentParser
import Foundation
import SampleContent

/// `qunfang-sample`: writes a complete sample content folder (the town's 44 communities, or
/// any number of them for benchmarks), the same bytes on every run.
@main
struct QunfangSample: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "qunfang-sample",
        abstract: "生成样例考核记录（content 文件夹），每次生成的内容完全相同。",
        discussion: """
        生成 site.yaml、pages/about.md 以及年度文件夹（year.yaml、police.yaml、index.md、\
        communities/社区.yaml）。默认生成湖塘镇 44 个社区 2017 年度的样例记录；\
        指定其他社区数量时（用于性能测试），社区名称和编号按序生成。人员信息均为虚构。
        """
    )

    @Option(name: .long, help: "社区数量（1–99999）。")
    var communities: Int = 44

    @Option(name: .long, help: "考核年度。")
    var year: Int = 2017

    @Option(name: .long, help: "随机种子：相同的种子生成相同的内容。")
    var seed: UInt64 = 2017

    @Flag(name: .long, help: "即使会改掉与生成内容不同的文件、删除该年度 communities 文件夹中本次未生成的 .yaml 文件也照样写入（其他文件保留不动）。不加时遇到这些文件就拒绝，并列出它们。")
    var force = false

    @Argument(help: "输出文件夹，例如 content。")
    var output: String

    func validate() throws {
        guard (1...99_999).contains(communities) else {
            throw ValidationError("社区数量须在 1 到 99999 之间，收到 \(communities)。")
        }
        guard (1000...9998).contains(year) else {
            throw ValidationError("年度须为四位数字，收到 \(year)。")
        }
    }

    func run() throws {
        let folder = URL(fileURLWithPath: output, isDirectory: true)
        let generator = SampleGenerator(communities: communities, year: year, seed: seed)
        let count: (written: Int, removed: Int)
        do {
            count = try generator.write(to: folder, force: force)
        } catch let error as SampleContentError {
            FileHandle.standardError.write(Data("\(error)\n".utf8))
            throw ExitCode.failure
        } catch let error as SampleGenerator.WouldReplace {
            FileHandle.standardError.write(Data("\(error)\n".utf8))
            throw ExitCode.failure
        }
        let removed = count.removed > 0 ? "，删除 \(count.removed) 个旧的社区文件" : ""
        print("已生成 \(count.written) 个文件（\(communities) 个社区，\(year) 年度）到 \(output)\(removed)。")
    }
}
