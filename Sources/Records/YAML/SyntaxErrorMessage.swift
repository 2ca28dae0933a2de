/// libyaml's syntax errors in Chinese. libyaml's own text is short and never embeds the
/// document (unlike Yams's error descriptions), so an unknown one is quoted as a last resort.
enum SyntaxErrorMessage {
    static func message(problem: String, context: String?) -> (message: String, hint: String?) {
        switch problem {
        case "found character that cannot start any token":
            return ("语法错误：此处的字符不能作为值的开头",
                    "检查是否用了 Tab 缩进、全角符号，或以 @、` 等符号开头的文字（可给文字加引号）")
        case "could not find expected ':'":
            return ("语法错误：找不到键后面的冒号“:”", "每一行应写成“键: 值”，冒号为半角并在其后加空格")
        case "mapping values are not allowed in this context":
            return ("语法错误：此处不能出现“键: 值”", "检查缩进是否对齐；文字中含有“: ”时请给整段文字加引号")
        case "did not find expected key":
            return ("语法错误：缩进没有对齐，找不到应有的键", "同一层的键必须左对齐，且只用空格缩进")
        case "did not find expected '-' indicator":
            return ("语法错误：列表项缩进没有对齐", "同一列表的各项“- ”必须左对齐")
        case "did not find expected node content":
            return ("语法错误：此处缺少值", "检查是否多了逗号、冒号或“- ”")
        case "found unexpected end of stream":
            return ("语法错误：文件意外结束", "检查引号、方括号 [ ] 或花括号 { } 是否成对")
        case "did not find expected ',' or ']'":
            return ("语法错误：方括号列表 [ ] 中缺少逗号或右括号“]”", "列表各项用半角逗号分隔，并以“]”结束")
        case "did not find expected ',' or '}'":
            return ("语法错误：花括号映射 { } 中缺少逗号或右括号“}”", "各项用半角逗号分隔，并以“}”结束")
        case "found a tab character that violates indentation":
            return ("语法错误：用了 Tab 缩进", "请只用空格缩进")
        case "found unknown escape character":
            return ("语法错误：双引号文字中有无法识别的转义符“\\”", "改用单引号，或把“\\”写成“\\\\”")
        case "block sequence entries are not allowed in this context":
            return ("语法错误：此处不能开始“- ”列表", "列表应另起一行并缩进，写在键的下面")
        case "found unexpected ':'":
            return ("语法错误：此处不能出现冒号“:”", "含冒号的文字请加引号，例如 \"13:00-18:00\"")
        case "control characters are not allowed":
            return ("语法错误：文件含有不可见的控制字符", "删除该字符，或用文本编辑器重新保存文件")
        case let problem where problem.hasPrefix("Maximum nesting level reached"):
            // libyaml's own bound (1000 levels): a run of `[` or `{` reaches it while scanning
            // ahead, before the tree builder sees 64 levels.
            return ("嵌套层数过多（方括号或花括号层层相套），已停止读取", "记录最多只需嵌套几层，请检查缩进或括号")
        default:
            let where_ = context.map { "，\($0)" } ?? ""
            return ("语法错误：无法解析（libyaml：\(problem)\(where_)）", nil)
        }
    }
}
