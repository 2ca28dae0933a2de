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
        #expect(errors.map(\.description) == [
            Fixtures.community + ":24:27: 错误: 语法错误：花括号映射 { } 中缺少逗号或右括号“}”。提示：各项用半角逗号分隔，并以“}”结束",
        ])
    }

    /// The same cut-off, smallest form, and with a final line break (where libyaml's own
    /// position, the start of the next line, is already inside the file).
    @Test(arguments: [
        ("社区: {a: 1", 1, 10),
        ("社区: [1, 2", 1, 10),
        ("社区: \"未完", 1, 7),
        ("社区: {a: 1\n", 2, 1),
    ])
    func endOfStreamErrorsStayInsideTheFile(text: String, line: Int, column: Int) {
        let result = Fixtures.load([Fixtures.community: text])
        let errors = result.diagnostics.filter { $0.isError && $0.location.file == Fixtures.community }
        #expect(errors.count == 1)
        #expect(errors.first.map { ($0.location.line, $0.location.column) } ?? (0, 0) == (line, column))
    }

    /// 100,000 block scalars, then a flow sequence whose continuation lines are indented with a
    /// tab: checking each tab line against each block scalar was quadratic and hung the loader,
    /// and every such line made its own diagnostic. Scaled down to stay fast in a debug build;
    /// the full-size file is refused in seconds (docs/fuzzing.md).
    @Test func tabLinesAfterManyBlockScalarsAreCheckedInLinearTime() {
        let blocks = (0..<5_000).map { "k\($0): |\n  x\n" }.joined()
        let text = blocks + "z: [a\n" + String(repeating: "\tb\n", count: 50_000) + "]\n"
        var result: LoadResult?
        let elapsed = ContinuousClock().measure { result = Fixtures.load([Fixtures.community: text]) }
        let errors = result?.diagnostics.filter { $0.isError && $0.location.file == Fixtures.community } ?? []
        #expect(elapsed < .seconds(5))
        #expect(errors.count == 21)
        #expect(errors.first?.description.hasPrefix(Fixtures.community + ":10002:1: 错误: 缩进中用了 Tab 字符") == true)
        #expect(errors.last?.message.hasPrefix("另有 49980 行的缩进中用了 Tab 字符，未逐一列出") == true)
    }
}
