import ArgumentParser

/// The `qunfang` command: load → validate → score → render → write, one subcommand per use.
@main
struct Qunfang: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "qunfang",
        abstract: "群防群治考核：把各社区的台账记录算成得分、排名、补贴，并生成静态网站。",
        discussion: """
        记录放在 content/ 下（每个社区一个 YAML 文件），规则见 docs/记录格式.md。
        常用：qunfang check 检查记录；qunfang score --year 2017 查看得分；qunfang build 生成网站。
        """,
        version: "0.1.0",
        subcommands: [Build.self, Check.self, Score.self, New.self, Serve.self]
    )
}
