import ArgumentParser
import Foundation
import SampleContent

/// `qunfang-sample`: writes a complete sample content folder (the town's 44 communities, or
/// any number of them for benchmarks), over one year or several, the same bytes on every run.
@main
struct QunfangSample: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "qunfang-sample",
        abstract: "生成样例考核记录（content 文件夹），每次生成的内容完全相同。",
        discussion: """
        生成 site.yaml、pages/about.md 以及每个年度的文件夹（year.yaml、police.yaml、index.md、\
        communities/社区.yaml）。默认生成湖塘镇 44 个社区 2017 年度的样例记录；\
        指定其他社区数量时（用于性能测试），社区名称和编号按序生成。人员信息均为虚构。

        多个年度（--years）：第一个年度与只生成该年度时逐字节相同。
        以后每个年度大部分社区沿用原代码（同样的队员，上年的“本年”案件数成为本年的“上年”），
        几个社区撤并（不再出现），几个新社区加入（新的代码）；各项得分按当年新生成的记录计算。
        以后的年度在“细则”中调整一个参数（漏报迟报排班表每次扣分由 2 分改为 3 分），
        加 --same-rules 则不调整。--cutoff 给最后一个年度设截止日期：
        只考核截止日期前结束的季度，不生成截止日期之后的记录。

        例：
          qunfang-sample content
              2017 年度（默认）
          qunfang-sample --years 2017-2018 --cutoff 2018-06-30 content
              仓库中的示例数据（make sample）
          qunfang-sample --communities 1000 --years 2017,2018 /tmp/c1k
              性能测试：1000 个社区的两个完整年度
        """
    )

    @Option(name: .long, help: "社区数量（1–99999），指第一个年度的社区数。")
    var communities: Int = 44

    @Option(name: .long, help: "考核年度（只生成一个年度）；与 --years 二选一。")
    var year: Int?

    @Option(name: .long, help: ArgumentHelp("生成的年度：连续的年份，写成范围 2017-2018 或列表 2017,2018；与 --year 二选一。", valueName: "years"))
    var years: String?

    @Option(name: .long, help: ArgumentHelp("最后一个年度的截止日期（YYYY-MM-DD，不早于该年 3 月 31 日），如 2018-06-30；默认 12 月 31 日。", valueName: "date"))
    var cutoff: String?

    @Flag(name: .long, help: "以后的年度也沿用 2017 年细则，不调整参数（写 细则: {}）。")
    var sameRules = false

    @Option(name: .long, help: "随机种子：相同的种子生成相同的内容。")
    var seed: UInt64 = 2017

    @Flag(name: .long, help: "即使会改掉与生成内容不同的文件、删除所生成年度 communities 文件夹中本次未生成的 .yaml 文件也照样写入（其他文件保留不动）。不加时遇到这些文件就拒绝，并列出它们。")
    var force = false

    @Argument(help: "输出文件夹，例如 content。")
    var output: String

    func validate() throws {
        guard (1...99_999).contains(communities) else {
            throw ValidationError("社区数量须在 1 到 99999 之间，收到 \(communities)。")
        }
        let years = try chosenYears()
        if let cutoff {
            guard let day = SampleCutoff(cutoff) else {
                throw ValidationError("截止日期须写成 YYYY-MM-DD 的有效日期，收到“\(cutoff)”。")
            }
            guard day.year == years.last else {
                throw ValidationError("截止日期 \(cutoff) 须在最后一个年度（\(years.last!) 年）之内。")
            }
            guard day.assessesAQuarter else {
                throw ValidationError("截止日期 \(cutoff) 早于 \(day.year)-03-31，没有可考核的季度。")
            }
        }
    }

    /// The years asked for: `--years`, else `--year`, else 2017.
    func chosenYears() throws -> [Int] {
        if year != nil && years != nil {
            throw ValidationError("--year 和 --years 只能用一个。")
        }
        guard let years else {
            let single = year ?? 2017
            guard (1000...9998).contains(single) else { throw ValidationError("年度须为四位数字，收到 \(single)。") }
            return [single]
        }
        let list: [Int]
        let range = years.split(separator: "-", omittingEmptySubsequences: false)
        func number(_ text: Substring) throws -> Int {
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            guard trimmed.count == 4, let value = Int(trimmed), (1000...9998).contains(value) else {
                throw ValidationError("年度须为四位数字，收到“\(trimmed)”。")
            }
            return value
        }
        if range.count == 2 {
            let (first, last) = (try number(range[0]), try number(range[1]))
            guard first <= last else { throw ValidationError("年度范围须从早到晚，收到 \(years)。") }
            list = Array(first...last)
        } else if range.count == 1 {
            list = try years.split(separator: ",", omittingEmptySubsequences: false).map(number)
        } else {
            throw ValidationError("年度写成范围 2017-2018 或列表 2017,2018，收到 \(years)。")
        }
        guard zip(list, list.dropFirst()).allSatisfy({ $0 + 1 == $1 }) else {
            throw ValidationError("年度须是从早到晚连续的年份（每年沿用上一年的社区和案件数），收到 \(years)。")
        }
        guard list.count <= 50 else { throw ValidationError("最多生成 50 个年度，收到 \(list.count) 个。") }
        return list
    }

    func run() throws {
        let folder = URL(fileURLWithPath: output, isDirectory: true)
        let years = try chosenYears()
        let generator = SampleGenerator(communities: communities, years: years, seed: seed,
                                        cutoff: cutoff.flatMap(SampleCutoff.init), changesRules: !sameRules)
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
        let span = years.count == 1 ? "\(years[0]) 年度" : "\(years[0])–\(years.last!) 年度"
        print("已生成 \(count.written) 个文件（\(communities) 个社区，\(span)）到 \(output)\(removed)。")
    }
}
