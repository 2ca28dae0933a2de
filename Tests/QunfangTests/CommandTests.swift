import Foundation
import TestSupport
import Testing

/// The commands end to end, run as a user runs them, on a copy of the sample content.
@Suite struct CheckCommandTests {
    @Test func passesTheSampleContent() async throws {
        let outcome = try await CommandRunner.run(["check"])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("检查通过：2 个年度（2017、2018），共 89 份社区记录"))
        // The sample's two-person schedule slots, and the two communities of 2017 that left in
        // 2018, are warned about, never errors.
        #expect(!outcome.stderr.contains("错误"))
        #expect(outcome.stderr.contains("content/2018/year.yaml:1:1: 警告: 2017 年度的社区“cuizhu”（翠竹社区）在 2018 年度没有记录文件"))
        #expect(outcome.stderr.contains("content/2018/year.yaml:1:1: 警告: 2017 年度的社区“renmin”（人民社区）在 2018 年度没有记录文件"))
    }

    @Test func reportsEveryProblemSortedWithItsLocationAndFails() async throws {
        let project = try ScratchProject()
        defer { project.remove() }
        let hutang = "content/2017/communities/hutang.yaml"
        var text = try project.read(hutang)
        text = text.replacingOccurrences(of: "  专人负责: 是", with: "  专人负责: yes")
        try project.write(hutang, text)
        try project.write("content/2017/communities/Bad_Name.yaml", "社区: 坏社区\n")
        let line = text.split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0.contains("专人负责: yes") }! + 1

        let outcome = try await project.run("check")
        #expect(outcome.status == 1)
        let errors = outcome.stderr.split(separator: "\n").filter { $0.contains(": 错误: ") }
        #expect(errors.contains { $0.hasPrefix("\(hutang):\(line):") })
        #expect(errors.contains { $0.hasPrefix("content/2017/communities/Bad_Name.yaml:1:1:") })
        #expect(errors.map { String($0) } == errors.map { String($0) }.sorted())
        #expect(outcome.stderr.contains("发现"))
    }
}

@Suite struct ScoreCommandTests {
    @Test func printsSpecJSONThatAddsUp() async throws {
        let outcome = try await CommandRunner.run(["score", "--year", "2017", "--format", "json"])
        #expect(outcome.status == 0)
        let object = try #require(JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        let quarters = try #require(object["quarters"] as? [[String: Any]])
        #expect(quarters.count == 4)
        for quarter in quarters {
            let communities = try #require(quarter["communities"] as? [[String: Any]])
            #expect(communities.count == 44)
            for community in communities {
                // Totals are the exact sum of the items, in tenths.
                let items = try #require(community["items"] as? [NSNumber]).map { Int(($0.doubleValue * 10).rounded()) }
                let total = Int(((community["total"] as? NSNumber)?.doubleValue ?? -1) * 10 + 0.5)
                #expect(items.reduce(0, +) == total)
                #expect((community["vetoed"] as? Bool) == (community["rank"] is NSNull))
            }
        }
        let annual = try #require((object["annual"] as? [String: Any])?["communities"] as? [[String: Any]])
        #expect(annual.count == 44)
    }

    @Test func quarterOptionListsOnlyThatQuarter() async throws {
        let outcome = try await CommandRunner.run(["score", "--year", "2017", "--quarter", "2", "--format", "json"])
        let object = try #require(JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        #expect((object["quarters"] as? [[String: Any]])?.map { $0["quarter"] as? Int } == [2])
    }

    @Test func unknownYearIsAClearError() async throws {
        let outcome = try await CommandRunner.run(["score", "--year", "2031"])
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("没有 2031 年度的记录"))
    }

    @Test func tableAndCSVFormats() async throws {
        let table = try await CommandRunner.run(["score", "--year", "2017", "--quarter", "4"])
        #expect(table.status == 0)
        #expect(table.stdout.contains("2017年四季度考核"))
        let csv = try await CommandRunner.run(["score", "--year", "2017", "--format", "csv"])
        // Every CSV qunfang writes starts with the BOM Excel and WPS need to read it as UTF-8.
        #expect(csv.stdout.hasPrefix("\u{FEFF}年度,季度,排名,代码,社区"))
        #expect(csv.stdout.split(separator: "\r\n").count == 1 + 4 * 44)
    }
}

@Suite struct NewCommandTests {
    /// Whether `line` is commented-out example text: a `#  …` entry line, or a `# 键: 值` line
    /// of an optional key (explanations use a full-width colon or none).
    static func isExample(_ line: String) -> Bool {
        line.hasPrefix("#  ") || isKeyExample(line)
    }

    static func isKeyExample(_ line: String) -> Bool {
        guard line.hasPrefix("# "), let colon = line.range(of: ": ") else { return false }
        return !line[line.index(line.startIndex, offsetBy: 2)..<colon.lowerBound].contains(" ")
    }

    /// The line as the clerk uncomments it: `#` dropped from an entry line (keeping its
    /// indentation), `# ` from a key line.
    static func uncommented(_ line: String) -> String {
        String(line.dropFirst(isKeyExample(line) ? 2 : 1))
    }

    /// The template's example blocks, as line indices: a `# 键:` line with the entry lines
    /// below it, or a run of entry lines.
    static func examples(_ template: String) -> [[Int]] {
        let lines = template.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var blocks: [[Int]] = []
        for index in lines.indices where isExample(lines[index]) {
            if isKeyExample(lines[index]) || index == 0 || !isExample(lines[index - 1]) {
                blocks.append([index])
            } else {
                blocks[blocks.count - 1].append(index)
            }
        }
        return blocks
    }

    /// The template with the example lines `indices` uncommented.
    static func uncommenting(_ template: String, _ indices: [Int]) -> String {
        var lines = template.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for index in indices { lines[index] = uncommented(lines[index]) }
        return lines.joined(separator: "\n")
    }

    /// Fills a template the way its comments say: every example uncommented.
    static func fill(_ template: String) -> String {
        uncommenting(template, examples(template).flatMap { $0 })
    }

    static let xinAnPolice = """

        xin-an:
          侵财: {本年: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], 上年: [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]}
          通讯网络诈骗: {本年: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], 上年: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]}
          平台考核数: [90, 90, 90, 90]
        """

    /// Uncommenting any one example block, and only it, gives a file that passes `check`
    /// (with `队伍: []` above them, an uncommented entry was a syntax error).
    @Test func everyExampleUncommentedAloneGivesAValidFile() async throws {
        let project = try ScratchProject()
        defer { project.remove() }
        _ = try await project.run("new", "--year", "2017", "xin-an", "--name", "新安社区")
        let path = "content/2017/communities/xin-an.yaml"
        let template = try project.read(path)
        try project.write("content/2017/police.yaml", try project.read("content/2017/police.yaml") + Self.xinAnPolice)
        let blocks = Self.examples(template)
        #expect(blocks.count == 14, "\(blocks)")
        for block in blocks {
            try project.write(path, Self.uncommenting(template, block))
            let outcome = try await project.run("check")
            #expect(outcome.status == 0, "example at line \(block[0] + 1):\n\(outcome.stderr)")
        }
    }

    @Test func writesATemplateThatPassesCheckAsWrittenAndOnceFilled() async throws {
        let project = try ScratchProject()
        defer { project.remove() }
        let created = try await project.run("new", "--year", "2017", "xin-an", "--name", "新安社区")
        #expect(created.status == 0)
        let path = "content/2017/communities/xin-an.yaml"
        let template = try project.read(path)
        #expect(template.contains("社区: \"新安社区\""))

        // Without police figures the community is incomplete: check says so.
        let missing = try await project.run("check")
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("xin-an"))

        try project.write("content/2017/police.yaml", try project.read("content/2017/police.yaml") + Self.xinAnPolice)
        let asWritten = try await project.run("check")
        #expect(asWritten.status == 0, "\(asWritten.stderr)")

        try project.write(path, Self.fill(template))
        let filled = try await project.run("check")
        #expect(filled.status == 0, "\(filled.stderr)")
        #expect(!filled.stderr.contains("xin-an.yaml") || !filled.stderr.contains("错误"))
        let score = try await project.run("score", "--year", "2017", "--format", "json")
        #expect(score.stdout.contains("\"slug\": \"xin-an\""))
    }

    @Test func refusesToOverwriteOrABadSlug() async throws {
        let project = try ScratchProject()
        defer { project.remove() }
        let existing = try await project.run("new", "--year", "2017", "hutang", "--name", "湖塘社区")
        #expect(existing.status == 1)
        #expect(existing.stderr.contains("已存在"))
        let badSlug = try await project.run("new", "--year", "2017", "Hu_Tang", "--name", "湖塘社区")
        #expect(badSlug.status != 0)
        #expect(badSlug.stderr.contains("社区代码"))
    }

    /// A name the loader would refuse is refused before anything is written, and no control
    /// character reaches the terminal in the message.
    @Test(arguments: [
        ("\u{1B}]0;PWNED\u{7}\u{1B}[2J", "控制字符 U+001B"),
        ("甲\n乙", "不能换行"),
        (String(repeating: "长", count: 101), "太长（101 个字），最多 100 个字"),
    ])
    func refusesANameTheLoaderWouldRefuse(name: String, message: String) async throws {
        let project = try ScratchProject()
        defer { project.remove() }
        let outcome = try await project.run("new", "--year", "2017", "xin-an", "--name", name)
        #expect(outcome.status != 0)
        #expect(outcome.stderr.contains(message), "\(outcome.stderr)")
        #expect(!outcome.stderr.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        #expect(!FileManager.default.fileExists(atPath: project.url("content/2017/communities/xin-an.yaml").path))
    }
}

@Suite struct BuildCommandTests {
    @Test func buildsTheSampleSiteAndLeavesItAloneOnErrors() async throws {
        let project = try ScratchProject()
        defer { project.remove() }
        let built = try await project.run("build")
        #expect(built.status == 0, "\(built.stderr)")
        #expect(built.stdout.contains("已生成 site/"))
        let index = try project.read("site/index.html")
        for page in ["2017/index.html", "2017/q4.html", "2017/c/hutang.html", "2017/results.csv", "2017/results.json"] {
            #expect(FileManager.default.fileExists(atPath: project.url("site/\(page)").path), "\(page)")
        }

        // The published results are the `score` results: JSON byte for byte, CSV with a BOM for Excel/WPS.
        let json = try await project.run("score", "--year", "2017", "--format", "json")
        #expect(try project.read("site/2017/results.json") == json.stdout)
        let csv = try Data(contentsOf: project.url("site/2017/results.csv"))
        #expect(Array(csv.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let csvScore = try await project.run("score", "--year", "2017", "--format", "csv")
        #expect(String(decoding: csv, as: UTF8.self) == csvScore.stdout)

        try project.write("content/2017/year.yaml", "年度: 2017\n截止日期: 2017-13-01\n")
        let broken = try await project.run("build")
        #expect(broken.status == 1)
        #expect(broken.stderr.contains("content/2017/year.yaml:2:"))
        #expect(try project.read("site/index.html") == index)
    }
}

@Suite struct CommandSurpriseTests {
    /// The themes are the project's, beside the content folder, wherever the command runs; the
    /// output folder is named once whatever slashes follow it.
    @Test func buildFromElsewhereFindsTheProjectsThemesAndNamesTheOutputOnce() async throws {
        let project = try ScratchProject()
        defer { project.remove() }
        let elsewhere = TemporaryFolder("elsewhere")
        defer { elsewhere.remove() }
        let built = try await CommandRunner.run(["build", "--content", project.url("content").path,
                                                 "--output", project.url("site").path + "//"], in: elsewhere.url)
        #expect(built.status == 0, "\(built.stderr)")
        #expect(built.stdout.contains("已生成 \(project.url("site").path)/：") && !built.stdout.contains("site//"))
        #expect(FileManager.default.fileExists(atPath: project.url("site/assets/site.css").path))
    }

    /// `score --year Y` prints the warnings of Y's records, not of every year's (the sample
    /// content has two years, each with warnings of its own).
    @Test func scoreWarnsOnlyAboutItsYear() async throws {
        let project = try ScratchProject()
        defer { project.remove() }
        let y2017 = try await project.run("score", "--year", "2017")
        #expect(y2017.status == 0)
        #expect(y2017.stderr.contains("content/2017/"))
        #expect(!y2017.stderr.contains("content/2018/"), "\(y2017.stderr)")
        let y2018 = try await project.run("score", "--year", "2018")
        #expect(y2018.status == 0, "\(y2018.stderr)")
        #expect(y2018.stderr.contains("content/2018/"))
        #expect(!y2018.stderr.contains("content/2017/"), "\(y2018.stderr)")
    }

    /// `qunfang-sample --years`: a range and a list are the same run; one year is `--year`'s
    /// output; the two-year sample as `make sample` writes it is the committed content/.
    @Test func sampleGeneratorWritesSeveralYears() async throws {
        let scratch = TemporaryFolder("sample-years")
        defer { scratch.remove() }
        func generate(_ arguments: [String], into name: String) throws -> [String: [UInt8]] {
            let run = try ChildProcess.run(Harness.binary("qunfang-sample"), arguments + [scratch.path(name)], in: scratch.path)
            #expect(run.status == 0, "\(run.stderr)")
            return FolderSnapshot.of(scratch.path(name))
        }
        let range = try generate(["--communities", "3", "--years", "2017-2018"], into: "range")
        let list = try generate(["--communities", "3", "--years", "2017,2018"], into: "list")
        #expect(range == list)
        #expect(range.keys.contains("2018/communities/c00004.yaml") && range.keys.contains("2017/communities/c00001.yaml"))
        let single = try generate(["--communities", "3", "--year", "2017"], into: "single")
        let oneOfList = try generate(["--communities", "3", "--years", "2017"], into: "one")
        #expect(single == oneOfList)
        let town = try generate(["--years", "2017-2018", "--cutoff", "2018-06-30"], into: "town")
        #expect(town == FolderSnapshot.of(CommandRunner.packageRoot.appendingPathComponent("content").path))
        for refused in [["--year", "2017", "--years", "2017-2018"], ["--years", "2017,2019"], ["--years", "2018-2017"],
                        ["--years", "2017-2018", "--cutoff", "2017-06-30"], ["--years", "2018", "--cutoff", "2018-02-28"],
                        ["--cutoff", "2017-06-31"]] {
            let run = try ChildProcess.run(Harness.binary("qunfang-sample"), refused + [scratch.path("refused")], in: scratch.path)
            #expect(run.status != 0 && !run.stderr.isEmpty, "\(refused): \(run.stderr)")
            #expect(!FileManager.default.fileExists(atPath: scratch.path("refused")), "\(refused)")
        }
    }

    /// An editor's backup beside the records is skipped with a warning, not an error.
    @Test(arguments: ["hutang.yaml~", "hutang.yaml.bak", ".hutang.yaml.swp", "#hutang.yaml#", ".DS_Store"])
    func editorLeftoversAreSkippedWithAWarning(name: String) async throws {
        let project = try ScratchProject()
        defer { project.remove() }
        try project.write("content/2017/communities/\(name)", "不是记录")
        let check = try await project.run("check")
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stderr.contains("content/2017/communities/\(name):1:1: 警告: 已跳过"))
        #expect(check.stdout.contains("共 89 份社区记录"), "the leftover is not a record: 44 in 2017 and 45 in 2018")
    }
}

@Suite struct DiagnosticPathTests {
    /// README, “检查记录”: paths relative to the current folder, even when --content is given absolute.
    @Test func absoluteContentIsReportedRelativeToTheCurrentFolder() async throws {
        let project = try ScratchProject()
        defer { project.remove() }
        try project.write("content/2017/communities/bad.yaml", "社区: 坏\n未知: 1\n")
        let inside = try await project.run("check", "--content", project.url("content").path + "/")
        #expect(inside.status == 1)
        #expect(inside.stderr.contains("\ncontent/2017/communities/bad.yaml:2:1: 错误: ")
                || inside.stderr.hasPrefix("content/2017/communities/bad.yaml:2:1: 错误: "))
        let fromBelow = try await CommandRunner.run(["check", "--content", project.url("content").path],
                                                    in: project.url("content/2017"))
        #expect(fromBelow.stderr.contains("../2017/communities/bad.yaml:2:1: 错误: "))
    }
}

/// A mistyped command line is answered in Chinese (`ArgumentErrorText`); `--help` still works.
@Suite struct ArgumentErrorTests {
    @Test(arguments: [
        (["score"], "错误: 缺少必需的参数 '--year <年度>'"),
        (["score", "--year", "2017", "--format", "xlsx"], "错误: '--format <格式>' 的值 'xlsx' 无效，可选的值：'table'、'json'、'csv'"),
        (["score", "--year"], "错误: '--year <年度>' 后面缺少值"),
        (["check", "--foo"], "错误: 未知的选项 '--foo'"),
        (["check", "extra"], "错误: 多余的参数 'extra'"),
    ])
    func commandLineMistakesAreToldInChinese(arguments: [String], message: String) async throws {
        let outcome = try await CommandRunner.run(arguments)
        #expect(outcome.status == 64)
        let lines = outcome.stderr.split(separator: "\n").map(String.init)
        #expect(lines.first == message, "\(outcome.stderr)")
        #expect(lines.contains { $0.hasPrefix("用法：qunfang \(arguments[0])") })
        #expect(lines.last == "  运行 'qunfang \(arguments[0]) --help' 查看说明。")
        for english in ["Error:", "Usage:", "Missing", "invalid", "Unknown", "Unexpected", "See '"] {
            #expect(!outcome.stderr.contains(english), "\(outcome.stderr)")
        }
    }

    @Test func helpIsStillPrinted() async throws {
        let outcome = try await CommandRunner.run(["score", "--help"])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("计算并输出某一年度的得分"))
    }
}
