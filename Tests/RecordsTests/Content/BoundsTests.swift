import Records
import Scoring
import Testing

/// Every number, text and name of the records has a bound, refused where it is typed with a
/// message that names the bound (docs/记录格式.md, “安全限制” and “数值范围”): a value past it
/// would overflow the scoring, drive a terminal, or repeat megabytes on every page.
@Suite struct BoundsTests {
    static let year = "年度: 2017\n截止日期: 2017-06-30\n"
    static let long = String(repeating: "长", count: 101)

    static let cases: [BrokenInput] = [
        // Numbers: too many digits is said as such, out of range names the range.
        BrokenInput("20-digit platform figure", Fixtures.police, BrokenInputTests.policeWith(platform: "[12345678901234567890, 95]"),
                    at: Fixtures.police + ":8:11", "位数太多（整数部分 20 位），应在 0 到 1000 之间"),
        BrokenInput("20-digit police count", Fixtures.police, BrokenInputTests.policeWith(thisYear: "[1, 0, 2, 12345678901234567890, 0, 0]"),
                    at: Fixtures.police + ":3:19", "位数太多（整数部分 20 位），应在 0 到 100000 之间"),
        BrokenInput("police count past the range", Fixtures.police, BrokenInputTests.policeWith(thisYear: "[1, 0, 2, 999999999999, 0, 0]"),
                    at: Fixtures.police + ":3:19", "位数太多"),
        BrokenInput("police count just past the range", Fixtures.police, BrokenInputTests.policeWith(thisYear: "[1, 0, 2, 100001, 0, 0]"),
                    at: Fixtures.police + ":3:19", "为 100001，超出范围：应在 0 到 100000 之间"),
        .community("photos past the range", "宣传:\n  - {月份: 2017-01, 录用照片: 999999999999}\n", at: "8:25",
                   "应在 0 到 100000 之间"),
        .community("a decimal count", "宣传:\n  - {月份: 2017-01, 录用照片: 2.5}\n", at: "8:25", "应为整数，不能有小数"),
        BrokenInput("细则 points past the range", Fixtures.year, year + "细则: {加强阵地建设.每张照片: 999999999999.9}\n",
                    at: Fixtures.year + ":3:19", "“细则.加强阵地建设.每张照片”的数位数太多（整数部分 12 位），应在 0 到 1000 之间"),
        BrokenInput("细则 count past the range", Fixtures.year, year + "细则:\n  加强教育培训.年培训次数: 999999999999\n",
                    at: Fixtures.year + ":4:17", "应在 0 到 100000 之间"),
        BrokenInput("细则 deduction past the range", Fixtures.year, year + "细则:\n  加强教育培训.每少一次扣分: 1000.1\n",
                    at: Fixtures.year + ":4:18", "为 1000.1，超出范围：应在 0 到 1000 之间"),
        BrokenInput("细则 step of 0 %", Fixtures.year, year + "细则:\n  案件防范.变动百分比: 0\n",
                    at: Fixtures.year + ":4:15", "应在 1 到 100 之间"),
        BrokenInput("细则 step past 100 %", Fixtures.year, year + "细则:\n  案件防范.变动百分比: 999999999999\n",
                    at: Fixtures.year + ":4:15", "应在 1 到 100 之间"),
        BrokenInput("细则 due day 32", Fixtures.year, year + "细则:\n  治安巡防全覆盖.报备截止日: 32\n",
                    at: Fixtures.year + ":4:18", "应在 1 到 31 之间"),
        BrokenInput("huge 分值", Fixtures.year, year + "细则:\n  案件防范.分值: 99999999999\n",
                    at: Fixtures.year + ":4:12", "应在 0 到 1000 之间"),
        BrokenInput("huge 折算.满分", Fixtures.year, year + "折算: {满分: 99999999999}\n",
                    at: Fixtures.year + ":3:10", "“折算.满分”的数位数太多"),
        BrokenInput("huge 金额", Fixtures.year, year + "补贴:\n  方式: 按分值\n  满分金额: 100000000.01\n",
                    at: Fixtures.year + ":5:9", "超出范围：应在 0 到 100000000 之间"),
        BrokenInput("huge 最低分", Fixtures.year, year + "补贴:\n  方式: 分档\n  档次:\n    - {名称: 一档, 最低分: 1001, 金额: 1}\n",
                    at: Fixtures.year + ":6:21", "应在 0 到 1000 之间"),
        // Control characters, from YAML escapes or typed raw, in values and in keys.
        .community("ESC and BEL in a name", "派出所: \"\\e]0;PWNED\\a\\e[2J\"\n", at: "7:6", "控制字符 U+001B"),
        .community("a C1 character", "派出所: \"甲\\x9b乙\"\n", at: "7:6", "控制字符 U+009B"),
        .community("a tab in a name", "派出所: \"\\t=1+1\"\n", at: "7:6", "制表符"),
        .community("a control character in a key", "\"派\\e出所\": 甲\n", at: "7:1", "控制字符 U+001B"),
        .community("a raw DEL", "派出所: 甲\u{7F}乙\n", at: "7:7", "控制字符"),
        BrokenInput("ESC in the site title", Fixtures.site, "标题: \"\\e[2J镇\"\n", at: Fixtures.site + ":1:5", "控制字符"),
        // Lengths.
        .community("a 101-character name", "派出所: \(long)\n", at: "7:6", "“派出所”太长（101 个字），最多 100 个字"),
        .community("a name over two lines", "派出所: \"甲\\n乙\"\n", at: "7:6", "“派出所”不能换行"),
        .community("a 2,001-character 说明", "督查:\n  - {日期: 2017-03-05, 说明: \(String(repeating: "长", count: 2_001))}\n",
                   at: "8:26", "太长（2001 个字），最多 2000 个字"),
        BrokenInput("a long member name", Fixtures.community,
                    "社区: 湖塘社区\n队伍:\n  - 名称: 专职队\n    类型: 专职\n    队员:\n      - {姓名: \(long)}\n",
                    at: Fixtures.community + ":6:14", "“队伍[1].队员[1].姓名”太长"),
        BrokenInput("a long band name", Fixtures.year, year + "补贴:\n  方式: 分档\n  档次:\n    - {名称: \(long), 最低分: 90, 金额: 1}\n",
                    at: Fixtures.year + ":6:12", "太长"),
    ]

    @Test(arguments: cases)
    func aValuePastItsBoundIsRefusedWhereTyped(_ input: BrokenInput) {
        var files = Fixtures.content()
        files[input.path] = Array(input.text.utf8)
        let result = Fixtures.load(files)
        #expect(result.content == nil)
        let errors = result.diagnostics.filter(\.isError)
        let match = errors.first { "\($0.location)" == input.location && $0.message.contains(input.message) }
        #expect(match != nil, "expected \(input.location): …\(input.message)…, got:\n\(errors.map(\.description).joined(separator: "\n"))")
    }

    /// The bounds themselves are accepted: a range is inclusive.
    @Test func theBoundsThemselvesAreAccepted() throws {
        let result = Fixtures.load([
            Fixtures.year: Self.year + "折算: {满分: 1000}\n细则:\n  案件防范.变动百分比: 100\n  治安巡防全覆盖.报备截止日: 31\n"
                + "  加强阵地建设.每张照片: 1000\n补贴:\n  方式: 按分值\n  满分金额: 100000000\n",
            Fixtures.community: Fixtures.communityHead + "派出所: \(String(repeating: "长", count: 100))\n"
                + "宣传:\n  - {月份: 2017-01, 录用照片: 100000}\n备注: |\n  第一行\n  \t缩进\n",
        ])
        #expect(result.diagnostics.filter(\.isError).map(\.description) == [])
        let records = try #require(result.content?.years.first?.records)
        #expect(records.settings.rulebook.photoPoints == 1000)
        #expect(records.communities.first?.publicity.first?.photosAccepted == 100_000)
    }

    /// A printed diagnostic never carries a control character, whatever the file is named.
    @Test func diagnosticsShowControlCharactersVisibly() {
        let diagnostic = Diagnostic.error(.start(of: "content/pages/\u{1B}[2J.md"), "“\u{7}”")
        #expect(diagnostic.description == "content/pages/\\u{1b}[2J.md:1:1: 错误: “\\u{7}”")
    }

    @Test(arguments: [
        (String(repeating: "页", count: 67), "太长（201 个字节），最多 200 个字节"),
        ("a#b", "不能含有“#”"),
        ("a?b", "不能含有“?”"),
        ("50%", "不能含有“%”"),
        ("a\u{1B}b", "含有控制字符"),
        ("about ", "不能以空格开头或结尾"),
    ])
    func aPageNameThatCannotBeAPathIsRefused(name: String, message: String) {
        var files = Fixtures.content()
        files["content/pages/\(name).md"] = Array("# 页\n".utf8)
        let result = Fixtures.load(files)
        #expect(result.content == nil)
        let error = result.diagnostics.first(where: \.isError)
        #expect(error?.location.file == "content/pages/\(name).md")
        #expect(error?.message.contains(message) == true, "\(String(describing: error))")
    }

    @Test func aPageNameOf200BytesIsAccepted() throws {
        var files = Fixtures.content()
        let before = try #require(Fixtures.load(files).content?.pages.count)
        files["content/pages/\(String(repeating: "a", count: 200)).md"] = Array("# 页\n".utf8)
        #expect(Fixtures.load(files).content?.pages.count == before + 1)
    }

    @Test func aSlugOver100CharactersIsRefused() {
        var files = Fixtures.content()
        let slug = String(repeating: "a", count: 101)
        files["content/2017/communities/\(slug).yaml"] = files[Fixtures.community]
        let result = Fixtures.load(files)
        #expect(result.diagnostics.contains { $0.isError && $0.location.file.hasSuffix("\(slug).yaml") && $0.message.contains("社区代号最多 100 个字符") })
    }

    @Test func aControlCharacterInMarkdownIsRefusedAtItsLine() {
        var files = Fixtures.content()
        files["content/pages/about.md"] = Array("# 关于\n\n正文\u{1B}[2J\n".utf8)
        let result = Fixtures.load(files)
        #expect(result.diagnostics.contains { $0.isError && "\($0.location)" == "content/pages/about.md:3:3" && $0.message.contains("U+001B") })
    }
}
