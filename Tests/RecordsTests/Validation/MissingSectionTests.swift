import Records
import Scoring
import Testing

/// A section deleted from a community file, two communities of one year with one name, and a
/// community that disappears from one year to the next: each passes `check` with a warning
/// that names what it costs (docs/记录格式.md, “警告”).
@Suite struct MissingSectionTests {
    /// The valid community file with the top-level section `key` (its key line and the
    /// indented lines below it) removed.
    static func without(_ key: String) -> String {
        let lines = Fixtures.files[Fixtures.community]!.split(separator: "\n", omittingEmptySubsequences: false)
        var kept: [Substring] = []
        var skipping = false
        for line in lines {
            if !line.hasPrefix(" ") { skipping = line.hasPrefix(key + ":") }
            if !skipping { kept.append(line) }
        }
        return kept.joined(separator: "\n")
    }

    static let warned: [(key: String, message: String)] = [
        ("组织领导", "未登记组织领导：第1项（3分）的“一把手负责”2分、“专人负责”1分均不得"),
        ("队伍", "未登记队伍：第2项（13分）不得基本分7分；没有不少于3人的专职化队伍和2支不少于10人的社会化队伍，一票否决"),
        ("排班报备", "未登记排班报备：第5项每次扣2分，漏报3次及以上一票否决"),
        ("例会", "未登记例会：第3项“每月例会且民警通报”的1分不得"),
        ("培训", "未登记培训：第8项全年应培训2次，每少一次扣1分"),
        ("宣传", "未登记宣传：第12项每月不少于2种形式的3分不得，第14项内容更新每缺一个月扣0.5分"),
        ("防范宣传", "未登记防范宣传：第14项“开展防范宣传并配有日期照片”的1分不得"),
        ("线索", "未登记线索：第11项每协助破获一起案件得2分，没有记录得0分"),
    ]

    static func warnings(_ result: LoadResult) -> [String] {
        result.diagnostics.filter { !$0.isError }.map(\.description)
    }

    @Test(arguments: warned.map(\.key))
    func aDeletedSectionIsWarnedAboutAtTheFileStartWithItsCost(key: String) throws {
        let message = try #require(Self.warned.first { $0.key == key }).message
        let result = Fixtures.load([Fixtures.community: Self.without(key)])
        #expect(result.content != nil, "\(result.diagnostics.filter(\.isError).map(\.description))")
        let expected = "\(Fixtures.community):1:1: 警告: \(message)。提示：若是误删，请恢复“\(key):”一节；"
        #expect(Self.warnings(result).contains { $0.hasPrefix(expected) }, "got:\n\(Self.warnings(result).joined(separator: "\n"))")
        // Only the deleted section is named.
        #expect(Self.warnings(result).filter { $0.contains("未登记") }.count == 1)
    }

    /// Absent, these cost nothing: no 督查 or 媒体曝光 finds nothing; 自评 is only compared.
    @Test(arguments: ["督查", "媒体曝光", "自评", "派出所", "备注"])
    func aSectionThatCostsNothingIsNotWarnedAbout(key: String) {
        let result = Fixtures.load([Fixtures.community: Self.without(key)])
        #expect(result.content != nil)
        #expect(!Self.warnings(result).contains { $0.contains("未登记") }, "\(Self.warnings(result))")
    }

    /// A section written empty says there is nothing to record: no warning.
    @Test func anEmptySectionIsNotWarnedAbout() {
        let result = Fixtures.load([Fixtures.community: Self.without("培训") + "\n培训: []\n"])
        #expect(!Self.warnings(result).contains { $0.contains("未登记培训") })
    }

    /// The consequence is the year's rulebook, 细则 included.
    @Test func theConsequenceUsesTheYearsRulebook() {
        let year = Fixtures.files[Fixtures.year]!.replacingOccurrences(
            of: "细则:\n", with: "细则:\n  治安巡防全覆盖.漏报迟报扣分: 3\n  一票否决.漏报迟报次数: 2\n")
        let result = Fixtures.load([Fixtures.community: Self.without("排班报备"), Fixtures.year: year])
        #expect(result.content != nil, "\(result.diagnostics.filter(\.isError).map(\.description))")
        #expect(Self.warnings(result).contains { $0.contains("未登记排班报备：第5项每次扣3分，漏报2次及以上一票否决") },
                "\(Self.warnings(result))")
    }

    @Test func twoCommunitiesWithOneNameAreWarnedAboutAtTheSecond() {
        let second = "content/2017/communities/hutang2.yaml"
        var files = Fixtures.content([second: Fixtures.files[Fixtures.community]!])
        files[Fixtures.police] = Array((Fixtures.files[Fixtures.police]! + "\n" + Fixtures.files[Fixtures.police]!
            .replacingOccurrences(of: "hutang:", with: "hutang2:")).utf8)
        let result = Fixtures.load(files)
        #expect(result.content != nil, "\(result.diagnostics.filter(\.isError).map(\.description))")
        #expect(Self.warnings(result).contains {
            $0.hasPrefix("\(second):1:1: 警告: 社区“湖塘社区”与 communities/hutang.yaml 的社区同名，同一年度会被评分、补贴两次")
        }, "\(Self.warnings(result))")
        #expect(!Self.warnings(result).contains { $0.hasPrefix(Fixtures.community + ":") && $0.contains("同名") })
    }

    @Test func aCommunityOfThePreviousYearMissingThisYearIsNamedAtTheNewYearsSettings() {
        var files = Fixtures.content()
        for (path, bytes) in files where path.hasPrefix("content/2017/") {
            files["content/2018/" + path.dropFirst("content/2017/".count)] = Array(
                String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "2017", with: "2018").replacingOccurrences(of: "2016-", with: "2017-").utf8)
        }
        files["content/2017/communities/xinan.yaml"] = Array(Fixtures.files[Fixtures.community]!
            .replacingOccurrences(of: "湖塘社区", with: "新安社区").utf8)
        files[Fixtures.police] = Array((Fixtures.files[Fixtures.police]! + "\n" + Fixtures.files[Fixtures.police]!
            .replacingOccurrences(of: "hutang:", with: "xinan:")).utf8)
        let result = Fixtures.load(files)
        #expect(result.content?.years.count == 2, "\(result.diagnostics.filter(\.isError).map(\.description))")
        let dropped = Self.warnings(result).filter { $0.contains("没有记录文件") }
        #expect(dropped == [
            "content/2018/year.yaml:1:1: 警告: 2017 年度的社区“xinan”（新安社区）在 2018 年度没有记录文件 communities/xinan.yaml。"
                + "提示：如仍参加考核，请添加该文件（可用 qunfang new --year 2018 xinan --name 新安社区 生成）；已撤并的社区可不理会本警告",
        ])
    }
}
