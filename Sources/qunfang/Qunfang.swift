import ArgumentParser
import Foundation

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

    /// The library's `main`, except that a command-line mistake is told in Chinese
    /// (`ArgumentErrorText`); `--help`, `--version` and the commands' own exit codes go through
    /// the library unchanged.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            guard code != .success, !(error is ExitCode) else { exit(withError: error) }
            FileHandle.standardError.write(Data((ArgumentErrorText.chinese(fullMessage(for: error)) + "\n").utf8))
            Foundation.exit(code.rawValue)
        }
    }
}
