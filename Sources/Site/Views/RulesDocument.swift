/// docs/评分口径.md: the rules page (`RulesView`) as a Markdown document, so the repository's own
/// account of the rules and the site's 评分口径说明 come from one source and cannot drift. A test
/// (`RulesDocumentTests`) fails when the committed document differs from what this makes from
/// the sample year; `QUNFANG_UPDATE_DOCS=1 swift test --filter RulesDocumentTests` rewrites it.
extension RulesView {
    /// The document, with the numbers of the year the view was made for.
    var markdown: String {
        var lines = [
            "# 评分口径：qunfang 怎样执行考核细则",
            "",
            "*English summary: how qunfang applies the town's 2017 assessment rules, every reading of the",
            "original rulebook's ambiguities included, generated from the same source as each year's",
            "rules page (`年度/rules.html`). The figures are the 2017 defaults; a year's 细则 may change them.*",
            "",
            "本文件由程序生成（`Sources/Site/Views/RulesDocument.swift`），与网站每个年度的“评分口径说明”页出自同一处代码，",
            "所以两者不会不一致。下面的数字是 2017 年细则的默认值，日期和补贴以示例年度为例；某年度在 `year.yaml` 的",
            "`细则` 中改了参数，那一年的评分口径说明页就写那一年的数字。各项的计分代码在 `Sources/Scoring/Items/` 中，",
            "每项一个文件，文件开头的说明与这里的条文一一对应。",
            "",
            "## 1. 考核期与计分",
            "",
        ]
        lines += periods.flatMap { [$0.text, ""] }
        lines += ["## 2. 各项评分口径", ""]
        for item in items {
            lines += ["### 第\(item.number)项 \(item.title)（\(item.maximum)）", "", item.rule, ""]
        }
        lines += ["合计 \(totalMaximum) 分。", "", "## 3. 一票否决", "", "考核期内有下列情形之一的，一票否决：", ""]
        lines += vetoes.flatMap { [$0.text, ""] }
        lines += ["## 4. 排名、折算与补贴", ""]
        lines += outcomes.flatMap { [$0.text, ""] }
        lines += ["## 5. 细则参数", "", "`year.yaml` 的 `细则` 可以改写下列参数（词表参数为追加的词）：", "",
                  "| 参数名 | 含义 | 默认值 |", "| --- | --- | --- |"]
        lines += parameters.map { "| `\($0.name)` | \($0.summary) | \($0.defaultValue) |" }
        return lines.joined(separator: "\n") + "\n"
    }
}
