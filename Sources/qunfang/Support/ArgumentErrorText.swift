/// swift-argument-parser's messages about a mistyped command line (`Missing expected argument`,
/// `The value 'xlsx' is invalid`, `Unknown option`, `Unexpected argument`) and the lines around
/// them (`Error:`, `Help:`, `Usage:`, `See … --help`) in Chinese: every user-facing text is
/// Chinese, and a clerk who mistypes `--year` must understand the answer. The option names,
/// the values typed and the usage line itself are kept as they are. A message the table does not
/// know is left in English rather than guessed.
enum ArgumentErrorText {
    static func chinese(_ message: String) -> String {
        message.split(separator: "\n", omittingEmptySubsequences: false).map { chinese(line: String($0)) }
            .joined(separator: "\n")
    }

    private static func chinese(line: String) -> String {
        if let match = line.wholeMatch(of: /Error: (.*)/) { return "错误: " + chinese(problem: String(match.1)) }
        if let match = line.wholeMatch(of: /Help:  (.*)/) { return "说明：\(match.1)" }
        if let match = line.wholeMatch(of: /Usage: (.*)/) { return "用法：\(match.1)" }
        if let match = line.wholeMatch(of: /(\s*)See '(.+)' for more information\./) { return "\(match.1)运行 '\(match.2)' 查看说明。" }
        return line
    }

    /// One problem: the text after `Error: `.
    static func chinese(problem: String) -> String {
        if let match = problem.wholeMatch(of: /Missing expected argument '(.+)'/) { return "缺少必需的参数 '\(match.1)'" }
        if let match = problem.wholeMatch(of: /Missing value for '(.+)'/) { return "'\(match.1)' 后面缺少值" }
        if let match = problem.wholeMatch(of: /The value '(.*)' is invalid for '(.+?)'(?:\. Please provide one of (.+)\.)?/) {
            let choices = match.3.map { "，可选的值：" + $0.replacing(", ", with: "、").replacing(" or ", with: "、").replacing(" and ", with: "、") } ?? ""
            return "'\(match.2)' 的值 '\(match.1)' 无效\(choices)"
        }
        if let match = problem.wholeMatch(of: /Unknown option '(.+)'\. Did you mean '(.+)'\?/) {
            return "未知的选项 '\(match.1)'，是不是 '\(match.2)'？"
        }
        if let match = problem.wholeMatch(of: /Unknown option '(.+)'/) { return "未知的选项 '\(match.1)'" }
        if let match = problem.wholeMatch(of: /Unexpected argument '(.+)'/) { return "多余的参数 '\(match.1)'" }
        return problem
    }
}
