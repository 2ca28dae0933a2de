import Foundation
import Records
import Scoring
import Testing

/// One broken input: a file replaced, and the error expected at an exact position.
struct BrokenInput: CustomTestStringConvertible, Sendable {
    let label: String
    let path: String
    let text: String
    /// `FILE:LINE:COLUMN`
    let location: String
    /// A key part of the message.
    let message: String

    var testDescription: String { label }

    init(_ label: String, _ path: String = Fixtures.community, _ text: String, at location: String, _ message: String) {
        self.label = label
        self.path = path
        self.text = text
        self.location = location
        self.message = message
    }

    /// A case that appends `lines` to the valid head of the community file (which has 6 lines).
    static func community(_ label: String, _ lines: String, at lineColumn: String, _ message: String) -> BrokenInput {
        BrokenInput(label, Fixtures.community, Fixtures.communityHead + lines,
                    at: Fixtures.community + ":" + lineColumn, message)
    }
}

@Suite struct BrokenInputTests {
    static let cases: [BrokenInput] = [
        .community("tab indentation", "组织领导:\n\t一把手负责: 是\n", at: "8:1", "Tab"),
        .community("anchor", "派出所: &p 湖塘派出所\n", at: "7:6", "不支持锚点“&p”"),
        .community("alias", "派出所: 湖塘派出所\n社区民警: *p\n", at: "8:7", "不支持别名“*p”"),
        .community("tag", "派出所: !!str 湖塘派出所\n", at: "7:6", "不支持 YAML 标签“!!str”"),
        .community("duplicate key, at the second", "派出所: 甲\n社区民警: 乙\n派出所: 丙\n", at: "9:1",
                   "重复的键“派出所”（第 7 行已有同名的键）"),
        .community("full-width colon, syntax error", "派出所：湖塘派出所\n社区民警: 王某\n", at: "7:4", "全角冒号"),
        .community("full-width colon on the last line", "派出所：湖塘派出所\n", at: "7:4", "全角冒号"),
        .community("full-width colon between good lines", "派出所: 甲\n社区民警：王某\n备注: 无\n", at: "8:5", "全角冒号"),
        .community("tab inside a flow list", "例会: [\n\t{日期: 2017-01-20}]\n", at: "8:1", "Tab"),
        .community("full-width colon, read as text", "组织领导:\n  一把手负责：是\n", at: "8:8", "全角冒号"),
        .community("full-width colon in a list item", "培训:\n  - 日期：2017-04-12\n", at: "8:7", "全角冒号"),
        .community("unknown key with did-you-mean", "评定:\n  一季度:\n    台帐健全: 是\n", at: "9:5",
                   "未知的键“台帐健全”。提示：是不是“台账健全”？"),
        .community("unknown top-level key", "对伍: []\n", at: "7:1", "是不是“队伍”？"),
        .community("yes as a boolean", "组织领导:\n  一把手负责: yes\n", at: "8:10", "应为“是”或“否”，实际为“yes”"),
        .community("wrong date format", "例会:\n  - {日期: 2017/01/20}\n", at: "8:10", "应为日期 YYYY-MM-DD"),
        .community("February 30", "例会:\n  - {日期: 2017-02-30}\n", at: "8:10", "日期“2017-02-30”不存在"),
        .community("date outside the year", "培训:\n  - {日期: 2016-12-30, 主题: 培训}\n", at: "8:10", "不在 2017 年内"),
        .community("negative count", "宣传:\n  - {月份: 2017-01, 录用照片: -1}\n", at: "8:25", "应为 0 到 100000 之间的整数"),
        .community("unknown inspection problem", "督查:\n  - {日期: 2017-03-05, 问题: [未带红袖标]}\n", at: "8:27",
                   "不在督查问题中"),
        .community("problem listed twice", "督查:\n  - {日期: 2017-03-05, 问题: [未开展巡逻, 未开展巡逻]}\n", at: "8:34",
                   "“督查[1].问题”中“未开展巡逻”重复出现"),
        .community("form listed twice", "宣传:\n  - {月份: 2017-01, 形式: [横幅, 微信, 横幅]}\n", at: "8:32", "“横幅”重复出现"),
        BrokenInput("unknown team type", Fixtures.community, "社区: 湖塘社区\n队伍:\n  - {名称: 二队, 类型: 专业}\n",
                    at: Fixtures.community + ":3:18", "是不是“专职”？"),
        .community("unknown media level", "媒体曝光:\n  - {日期: 2017-03-05, 媒体: 某报, 级别: 国家级}\n", at: "8:34",
                   "不在媒体级别中"),
        .community("self-assessment above the item's maximum", "自评:\n  1: {得分: 3.5}\n", at: "8:11",
                   "超过第 1 项的分值 3"),
        .community("self-assessment with two decimals", "自评:\n  6: {得分: 20.25}\n", at: "8:11", "最多只能有一位小数"),
        .community("self-assessment item 15", "自评:\n  15: {得分: 1}\n", at: "8:3", "未知的键“15”"),
        .community("schedule period in an even month", "排班报备:\n  - {周期: 2017-04, 报备日期: 2017-03-20}\n",
                   at: "8:10", "应为单月"),
        .community("schedule period out of range", "排班报备:\n  - {周期: 2018-03, 报备日期: 2017-03-20}\n",
                   at: "8:10", "应在 2017-01 至 2018-01 之间"),
        .community("schedule row outside its period",
                   "排班报备:\n  - 周期: 2017-03\n    报备日期: 2017-02-20\n    排班:\n      - {日期: 2017-05-01, 时段: 上午, 人员: [张某]}\n",
                   at: "11:14", "不在周期 2017-03"),
        .community("unknown judgment quarter", "评定:\n  五季度: {}\n", at: "8:3", "未知的键“五季度”"),
        .community("required key left empty", "培训:\n  - {日期: 2017-04-12, 主题: }\n", at: "8:26", "“培训[1].主题”不能为空"),
        .community("text where a list is expected", "例会: 每月一次\n", at: "7:5", "应为列表"),
        BrokenInput("member leaving before joining", Fixtures.community,
                    "社区: 湖塘社区\n队伍:\n  - 名称: 二队\n    类型: 楼道长\n    队员:\n      - {姓名: 甲, 加入: 2017-05-01, 退出: 2017-04-01}\n",
                    at: Fixtures.community + ":6:37", "不晚于加入日期"),
        BrokenInput("file of one full-width line", Fixtures.community, "社区：湖塘社区\n",
                    at: Fixtures.community + ":1:3", "全角冒号"),
        BrokenInput("empty community file", Fixtures.community, "", at: Fixtures.community + ":1:1", "文件是空的（或只有注释），至少要写“社区: …”"),
        BrokenInput("control character", Fixtures.community, "社区: 湖塘\u{7}社区\n", at: Fixtures.community + ":1:7",
                    "控制字符"),
        BrokenInput("missing 社区", Fixtures.community, "派出所: 湖塘派出所\n",
                    at: Fixtures.community + ":1:1", "缺少必填的键“社区”"),
        BrokenInput("GBK bytes", Fixtures.community, "社区: 湖塘社区\n备注: GBK",
                    at: Fixtures.community + ":2:5", "不是 UTF-8"),
        BrokenInput("deep nesting", Fixtures.community, "社区: " + String(repeating: "[", count: 100),
                    at: Fixtures.community + ":1:68", "嵌套超过 64 层"),
        BrokenInput("unterminated flow list", Fixtures.community, "社区: 湖塘社区\n例会: [{日期: 2017-01-20}\n",
                    at: Fixtures.community + ":2:22", "语法错误"),
        BrokenInput("bad SLUG file name", "content/2017/communities/HuTang.yaml", "社区: 湖塘社区\n",
                    at: "content/2017/communities/HuTang.yaml:1:1", "不能作社区代号"),
        BrokenInput(".yml extension", "content/2017/communities/xinan.yml", "社区: 新安社区\n",
                    at: "content/2017/communities/xinan.yml:1:1", "请使用 .yaml 扩展名"),
        BrokenInput("missing police entry", "content/2017/communities/xinan.yaml", "社区: 新安社区\n",
                    at: Fixtures.police + ":1:1", "police.yaml 缺少社区“xinan”"),
        BrokenInput("police entry for an unknown SLUG", Fixtures.police,
                    Fixtures.files[Fixtures.police]! + "\nhutan: {}\n",
                    at: Fixtures.police + ":9:1", "没有对应的社区文件"),
        BrokenInput("short police array", Fixtures.police, policeWith(thisYear: "[1, 0, 2]"),
                    at: Fixtures.police + ":3:9", "只有 3 个数，至少需要 6"),
        BrokenInput("negative police count", Fixtures.police, policeWith(thisYear: "[1, 0, 2, -1, 0, 0]"),
                    at: Fixtures.police + ":3:19", "应为 0 到 100000 之间的整数"),
        BrokenInput("2-decimal platform figure", Fixtures.police, policeWith(platform: "[92.55, 95]"),
                    at: Fixtures.police + ":8:11", "最多只能有一位小数"),
        BrokenInput("3-decimal 金额", Fixtures.year, "年度: 2017\n截止日期: 2017-06-30\n补贴:\n  方式: 按分值\n  满分金额: 20000.125\n",
                    at: Fixtures.year + ":5:9", "最多只能有两位小数"),
        BrokenInput("补贴 without 方式", Fixtures.year, "年度: 2017\n截止日期: 2017-06-30\n补贴:\n  满分金额: 20000\n",
                    at: Fixtures.year + ":4:3", "缺少必填的键“方式”"),
        BrokenInput("分档 without 档次", Fixtures.year, "年度: 2017\n截止日期: 2017-06-30\n补贴: {方式: 分档}\n",
                    at: Fixtures.year + ":3:5", "缺少“档次”"),
        BrokenInput("年度 differs from the folder", Fixtures.year, "年度: 2018\n截止日期: 2017-06-30\n",
                    at: Fixtures.year + ":1:5", "与所在文件夹 2017 不一致"),
        BrokenInput("截止日期 outside the year", Fixtures.year, "年度: 2017\n截止日期: 2018-01-01\n",
                    at: Fixtures.year + ":2:7", "不在 2017 年内"),
        BrokenInput("unknown 细则 key", Fixtures.year, "年度: 2017\n截止日期: 2017-06-30\n细则:\n  案件防范.媒体曝光扣份: 3\n",
                    at: Fixtures.year + ":4:3", "是不是“案件防范.媒体曝光扣分”？"),
        BrokenInput("missing site title", Fixtures.site, "单位: 综治办\n", at: Fixtures.site + ":1:1", "缺少必填的键“标题”"),
        // Typing mistakes reported at the line typed, naming the real cause (TypingMistake).
        .community("block under []", "例会: []\n  - {日期: 2017-01-20}\n", at: "8:3",
                   "“例会”（第 7 行）已经写了 []（空列表），下面的内容不能再接在它后面。提示：删除第 7 行的“[]”，写成“例会:”"),
        .community("block under {}", "评定: {}\n  一季度:\n    台账健全: 是\n", at: "8:3",
                   "“评定”（第 7 行）已经写了 {}（空映射），下面的内容不能再接在它后面"),
        .community("no space after a colon, before a key", "组织领导:\n  一把手负责: 是\n  专人负责:是\n派出所: 甲\n",
                   at: "9:7", "冒号后面要有一个空格"),
        .community("no space after a colon, top level", "社区民警:周某\n组织领导:\n  一把手负责: 是\n", at: "7:5",
                   "冒号后面要有一个空格"),
        .community("no space after a colon, last line", "组织领导:\n  专人负责:是\n", at: "8:7", "冒号后面要有一个空格"),
        .community("no space after a colon, inline", "组织领导: 专人负责:是\n", at: "7:11", "冒号后面要有一个空格"),
        .community("full-width space as indentation", "组织领导:\n\u{3000}\u{3000}一把手负责: 是\n", at: "8:1",
                   "缩进中用了全角空格（U+3000）"),
        .community("full-width space after spaces, syntax error", "组织领导:\n  一把手负责: 是\n\u{3000} 专人负责: 是\n例会: [\n",
                   at: "9:1", "缩进中用了全角空格（U+3000）"),
        .community("unclosed quote to the end", "派出所: \"湖塘派出所\n社区民警: 王某\n", at: "7:6", "引号没有配对"),
        BrokenInput("unclosed quote closed lines later", Fixtures.community,
                    "社区: 甲\n队伍:\n  - 名称: \"专职队\n    类型: 专职\n    队员:\n      - {姓名: 张某, 电话: \"13900000001\"}\n",
                    at: Fixtures.community + ":3:9", "引号没有配对"),
        .community("quarter key too shallow", "评定:\n  一季度:\n    台账健全: 是\n二季度:\n    台账健全: 是\n  三季度:\n    台账健全: 是\n",
                   at: "10:1", "缩进没有对齐：“二季度”与同一层的键不在同一列"),
        .community("judgment key too shallow",
                   "评定:\n  一季度:\n    台账健全: 是\n    工作站: 是\n  二季度:\n   台账健全: 是\n    工作站: 是\n",
                   at: "12:4", "缩进没有对齐：“台账健全”"),
        .community("judgment key too deep",
                   "评定:\n  一季度:\n    台账健全: 是\n  二季度:\n      台账健全: 是\n    工作站: 是\n  三季度:\n    台账健全: 是\n",
                   at: "11:7", "缩进没有对齐：“台账健全”"),
        .community("full-width comma in a flow list", "宣传:\n  - {月份: 2017-01, 形式: [宣传橱窗，微信]}\n", at: "8:28",
                   "“宣传[1].形式”的各项之间用了全角逗号“，”。提示：请改用半角逗号“,”"),
        BrokenInput("full-width commas in a police array", Fixtures.police, policeWith(thisYear: "[1，0，2，0，1，0]"),
                    at: Fixtures.police + ":3:11", "用了全角逗号“，”"),
        BrokenInput("UTF-16 bytes", Fixtures.community, "", at: Fixtures.community + ":1:1", "文件是 UTF-16 编码"),
        BrokenInput("UTF-16 bytes without a mark", Fixtures.community, "", at: Fixtures.community + ":1:1", "文件是 UTF-16 编码"),
        BrokenInput("several documents", Fixtures.site, "标题: 甲\n---\n标题: 乙\n", at: Fixtures.site + ":2:1",
                    "只能有一个 YAML 文档"),
    ]

    static func policeWith(thisYear: String = "[1, 0, 2, 0, 1, 0]", platform: String = "[92.5, 95]") -> String {
        """
        hutang:
          侵财:
            本年: \(thisYear)
            上年: [2, 1, 1, 0, 1, 1, 0]
          通讯网络诈骗:
            本年: [0, 0, 1, 0, 0, 0]
            上年: [1, 0, 0, 0, 1, 0]
          平台考核数: \(platform)
        """
    }

    @Test(arguments: cases)
    func brokenInputIsReportedAtItsPosition(_ input: BrokenInput) {
        var files = Fixtures.content()
        files[input.path] = Array(input.text.utf8)
        if input.label == "GBK bytes" {
            files[input.path] = Array("社区: 湖塘社区\n备注: ".utf8) + [0xC9, 0xE7, 0xC7, 0xF8] + Array("\n".utf8)
        }
        if input.label.hasPrefix("UTF-16 bytes") {
            let units = Array("社区: 湖塘社区\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
            files[input.path] = (input.label.hasSuffix("mark") ? [] : [0xFF, 0xFE]) + units
        }
        let result = Fixtures.load(files)
        #expect(result.content == nil)
        let errors = result.diagnostics.filter(\.isError)
        let match = errors.first { "\($0.location)" == input.location && $0.message.contains(input.message) }
        #expect(match != nil, "expected \(input.location): …\(input.message)…, got:\n\(errors.map(\.description).joined(separator: "\n"))")
    }

    /// These mistakes are reported once, as what they are: not also as an unknown word, a short
    /// array, or an indentation problem elsewhere.
    @Test(arguments: cases.filter { ["full-width comma in a flow list", "full-width commas in a police array",
                                     "quarter key too shallow", "block under []", "unclosed quote closed lines later",
                                     "no space after a colon, before a key"].contains($0.label) })
    func typingMistakeIsTheOnlyError(_ input: BrokenInput) {
        var files = Fixtures.content()
        files[input.path] = Array(input.text.utf8)
        let errors = Fixtures.load(files).diagnostics.filter(\.isError)
        #expect(errors.count == 1, "\(errors.map(\.description))")
    }

    @Test func missingFilesAreClearErrors() {
        let result = Fixtures.load([Fixtures.site: nil, Fixtures.year: nil, Fixtures.police: nil,
                                    Fixtures.community: Fixtures.communityHead])
        #expect(result.content == nil)
        let errors = result.diagnostics.filter(\.isError)
        #expect(errors.map { "\($0.location)" } == [
            "content/2017/police.yaml:1:1", "content/2017/year.yaml:1:1", "content/site.yaml:1:1",
        ])
        #expect(errors[0].message.hasPrefix("年度文件夹 2017 缺少公安数据文件 police.yaml"))
        #expect(errors[1].message.hasPrefix("年度文件夹 2017 缺少 year.yaml"))
        #expect(errors[2].message.hasPrefix("缺少网站设置文件 site.yaml"))
    }

    /// Every wrong value is reported in the same run, even next to other errors in the same
    /// file or the same entry (a value must not go unchecked because its neighbour failed).
    @Test func everyWrongValueOfOneFileIsReported() {
        let lines = """
            台帐健全: 是
            派出所: [甲]
            组织领导: {一把手负责: yes, 专人负责: 1}
            线索:
              - {日期: 2017-02-30, 案件: 某案, 见义勇为申报: true}
            媒体曝光:
              - {日期: 2017-13-01, 媒体: 某报, 级别: 市级, 严重影响: off}
            队伍:
              - 名称: 社会队
                类型: 楼道长
                队员:
                  - {年龄: 40, 住址: [某路]}

            """
        let result = Fixtures.load([Fixtures.community: Fixtures.communityHead.replacingOccurrences(of: "队伍:", with: "团队:") + lines])
        let errors = result.diagnostics.filter(\.isError).map { "\($0.location.line):\($0.location.column)" }
        for expected in ["2:1", "7:1", "8:6", "9:15", "9:26", "11:10", "11:38", "13:10", "13:44", "18:9", "18:22"] {
            #expect(errors.contains(expected), "missing \(expected) in \(errors)")
        }
    }
}
