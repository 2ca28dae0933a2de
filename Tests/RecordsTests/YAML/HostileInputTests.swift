import Records
import Scoring
import Testing

/// Files built to exhaust the parser are refused quickly, with a located error.
@Suite struct HostileInputTests {
    static func billionLaughs(aliasesAsKeys: Bool) -> String {
        var lines = ["a: &a [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]"]
        let names = Array("bcdefghij").map(String.init)
        var previous = "a"
        for name in names {
            let refs = Array(repeating: "*\(previous)", count: 9)
            lines.append(aliasesAsKeys
                ? "\(name): &\(name) {" + refs.enumerated().map { "? \($1)\($0 == 0 ? "" : String($0))" }.joined(separator: ", ") + "}"
                : "\(name): &\(name) [" + refs.joined(separator: ", ") + "]")
            previous = name
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test(arguments: [false, true])
    func billionLaughsIsRefusedAtItsFirstAnchor(aliasesAsKeys: Bool) {
        // Refused from the event stream, before any alias is expanded: the first error is the
        // first anchor, and reading stops after a bounded number of problems.
        let result: LoadResult? = Fixtures.load([Fixtures.community: Self.billionLaughs(aliasesAsKeys: aliasesAsKeys)])
        #expect(result?.content == nil)
        let errors = result?.diagnostics.filter { $0.isError && $0.location.file == Fixtures.community } ?? []
        #expect(errors.first?.description == Fixtures.community + ":1:4: 错误: 不支持锚点“&a”。提示：请把内容直接写出来，不要用 & 和 * 引用")
        #expect(errors.contains { $0.message.contains("不支持别名“*a”") })
        #expect(errors.count <= 21)
    }

    @Test func tooManyNodesAreRefused() {
        let text = "社区: [" + String(repeating: "0, ", count: 200_001) + "0]\n"
        let result = Fixtures.load([Fixtures.community: text])
        #expect(result.diagnostics.contains { $0.isError && $0.message.contains("超过 200000 个") })
    }

    @Test func oversizedFileIsRefusedBeforeParsing() {
        var files = Fixtures.content()
        files[Fixtures.community] = Array(repeating: UInt8(ascii: "#"), count: 10 * 1024 * 1024 + 1)
        let result = Fixtures.load(files)
        #expect(result.diagnostics.map(\.description).contains {
            $0.hasPrefix(Fixtures.community + ":1:1: 错误: 文件过大")
        })
    }

    @Test func deepNestingIsRefused() {
        let text = "社区:\n" + (1...80).map { String(repeating: "  ", count: $0) + "k\($0):" }.joined(separator: "\n") + " x\n"
        let result = Fixtures.load([Fixtures.community: text])
        #expect(result.diagnostics.contains { $0.isError && $0.message.contains("嵌套超过 64 层") && $0.location.line == 65 })
    }
}
