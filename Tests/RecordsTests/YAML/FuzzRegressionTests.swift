import Records
import Scoring
import Testing

/// Inputs found by scripts/fuzz.sh (and while bounding issue 4.3), fed to the loader exactly as
/// found: each once broke a promise of the loader (a location outside the file, a hang).
@Suite struct FuzzRegressionTests {
    /// crash-69d1abc9…: a community file cut off inside a flow mapping, with no final line
    /// break. libyaml's end-of-stream mark is line 25 of this 24-line file.
    static let unclosedFlowMappingAtEnd = """
        # 康乐社区 2017 年度群防群治记录（样例数据，人员信息均为虚构）
        社区: 康乐社区
        派出所: 星河派出所
        社区民警: 李某

        组织领导:
          一把手负责: 是
          专人负责: 是

        队伍:
          - 名称017 年度群防群治记录（样例数据，人员信息均为虚构）
        社区: 府南社区
        派出所: 湖塘派出所
        社区民警: 赵某

        组织领导:
          一把手负责: 是
          专人负责: 是

        队伍:
          - 名称: 府南社区专职巡防队
            类型: 专职
            队员:
              - {姓名: 王某, 年龄: 37, 电\u{20}
        """

    @Test func unclosedFlowMappingAtEndOfFileIsLocatedInsideTheFile() {
        #expect(Self.unclosedFlowMappingAtEnd.utf8.count == 558)  // the artifact minus its selector byte
        let result = Fixtures.load([Fixtures.community: Self.unclosedFlowMappingAtEnd])
        let errors = result.diagnostics.filter { $0.isError && $0.location.file == Fixtures.community }
        #expect(result.content == nil)
        // Lines 12 to 20 repeat the first lines' keys; then the cut-off, at the end of line 24.
        #expect(errors.allSatisfy { $0.location.line <= 24 })
        #expect(errors.filter { $0.message.contains("重复的键") }.count == 5)
        #expect(errors.last?.description == Fixtures.community
            + ":24:28: 错误: 语法错误：花括号映射 { } 中缺少逗号或右括号“}”。提示：各项用半角逗号分隔，并以“}”结束")
    }

    /// The same cut-off, smallest form, and with a final line break (libyaml's own position is
    /// then the start of a next line, which an editor does not show: a final break ends a line).
    @Test(arguments: [
        ("社区: {a: 1", 1, 10),
        ("社区: [1, 2", 1, 10),
        // An unclosed quote is reported at the opening quote (TypingMistake), inside the file.
        ("社区: \"未完", 1, 5),
        ("社区: {a: 1\n", 1, 10),
        ("社区: {a: 1\r\n", 1, 10),
    ])
    func endOfStreamErrorsStayInsideTheFile(text: String, line: Int, column: Int) {
        let result = Fixtures.load([Fixtures.community: text])
        let errors = result.diagnostics.filter { $0.isError && $0.location.file == Fixtures.community }
        #expect(errors.count == 1)
        #expect(errors.first.map { ($0.location.line, $0.location.column) } ?? (0, 0) == (line, column))
    }

    /// Many block scalars, then a reading stopped early (here by 21 duplicate keys; the node
    /// limit does the same), then tab-indented lines: every tab line was checked against every
    /// block scalar (quadratic: 100,000 block scalars and 1.5 million such lines hung the loader
    /// for minutes), and each made its own diagnostic. Found by review while bounding issue 4.3.
    @Test func tabLinesAfterManyBlockScalarsAreCheckedInLinearTime() {
        let blocks = (0..<5_000).map { "k\($0): |\n  x\n" }.joined()
        let duplicates = String(repeating: "k0: x\n", count: 21)
        let text = blocks + duplicates + String(repeating: "\tb\n", count: 50_000)
        // Under a second; 98 s before the fix (a regression shows as a slow suite, not a timed assertion).
        let result: LoadResult? = Fixtures.load([Fixtures.community: text])
        let errors = result?.diagnostics.filter { $0.isError && $0.location.file == Fixtures.community } ?? []
        let tabs = errors.filter { $0.message.contains("Tab") }
        #expect(tabs.count == 21)
        #expect(tabs.first?.description.hasPrefix(Fixtures.community + ":10022:1: 错误: 缩进中用了 Tab 字符") == true)
        #expect(tabs.last?.description.hasPrefix(Fixtures.community + ":10042:1: 错误: 另有 49980 行的缩进中用了 Tab 字符，未逐一列出") == true)
    }

    /// A file holding only a document marker is empty; it was reported at line 2 of a one-line
    /// file (found by fuzzing). Every such file is reported inside its lines.
    @Test(arguments: [
        ("---", "1:4"), ("---\n", "1:4"), ("--- \n", "1:5"), ("# 注释\n---\n", "2:4"), ("\n\n", "1:1"), ("", "1:1"),
    ])
    func aFileOfOnlyADocumentMarkerIsReportedInsideIt(text: String, location: String) {
        let result = Fixtures.load([Fixtures.site: text])
        let errors = result.diagnostics.filter { $0.isError && $0.location.file == Fixtures.site }
        #expect(errors.map { "\($0.location.line):\($0.location.column)" } == [location], "\(errors)")
        #expect(errors.first?.message.contains("文件是空的") == true)
    }
}
