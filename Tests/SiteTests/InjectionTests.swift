import Foundation
import Records
import SampleContent
import Scoring
import Testing
@testable import Site

/// Every user-written field of every file kind carries hostile HTML and Markdown; the whole
/// site is built in memory (loader → scoring → site) and no page may contain live markup,
/// while the field's text must still be on the site, escaped (README, “网站”).
@Suite struct InjectionTests {
    /// How a field's text may reach the site.
    enum Reach: Sendable {
        /// Printed as text: its exact escaped form must appear.
        case escaped
        /// Markdown through cmark: its label must appear, its raw HTML must not.
        case markdown
        /// Shown masked (phones): neither the text nor its label may appear.
        case masked
        /// Never published (住址): neither the text nor its label may appear anywhere.
        case absent
        /// A closed vocabulary: the loader refuses the text.
        case refused
    }

    /// A user-written field: the file it lives in and its placeholder in `InjectedContent`.
    struct Field: Sendable, CustomTestStringConvertible {
        let name: String
        let reach: Reach
        var testDescription: String { name }
    }

    static let fields: [Field] = [
        Field(name: "site.标题", reach: .escaped), Field(name: "site.单位", reach: .escaped),
        Field(name: "year.申请部门", reach: .escaped), Field(name: "year.申请人", reach: .escaped),
        Field(name: "year.用款事由", reach: .escaped), Field(name: "year.用款备注", reach: .escaped),
        Field(name: "year.档次名称", reach: .escaped),
        Field(name: "社区", reach: .escaped), Field(name: "派出所", reach: .escaped), Field(name: "社区民警", reach: .escaped),
        Field(name: "队伍名称", reach: .escaped), Field(name: "姓名", reach: .escaped),
        Field(name: "电话", reach: .masked), Field(name: "职务", reach: .refused), Field(name: "住址", reach: .absent),
        Field(name: "时段", reach: .escaped), Field(name: "人员", reach: .escaped), Field(name: "区域", reach: .escaped),
        Field(name: "督查说明", reach: .escaped), Field(name: "培训主题", reach: .escaped),
        Field(name: "防范宣传主题", reach: .escaped), Field(name: "线索案件", reach: .escaped),
        Field(name: "媒体", reach: .escaped), Field(name: "自评情况", reach: .escaped),
        Field(name: "备注", reach: .markdown), Field(name: "页面标题", reach: .escaped),
        Field(name: "页面正文", reach: .markdown), Field(name: "年度说明", reach: .markdown),
    ]

    static let payloads = [
        "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(1)>",
        "[x](javascript:alert(1))",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        // A combining mark makes `"` part of a larger Character: swift-mustache's own escaping
        // would leave it as it is and let the text leave an attribute value (HTMLEscaping).
        "\"\u{301} onmouseover=alert(1) x=\"",
    ]

    /// The text a field carries: a label unique to the field (so each field is found on its
    /// own) followed by the payload.
    static func text(of field: Field, _ payload: String) -> String {
        "注入标记" + field.name.unicodeScalars.map { String($0.value % 97) }.joined() + "〔" + payload
    }

    /// One whole site per payload, with every field hostile at once; each field is then checked
    /// on its own.
    @Test(arguments: payloads)
    func everyFieldCarriesPayload(payload: String) throws {
        let published = Self.fields.filter { $0.reach != .refused }
        let hostile = Dictionary(uniqueKeysWithValues: published.map { ($0.name, Self.text(of: $0, payload)) })
        let loaded = ContentLoader(fileSystem: .memory(try InjectedContent.files(hostile))).load(root: "content")
        let content = try #require(loaded.content, "\(loaded.diagnostics.filter(\.isError))")
        let results = content.years.map { YearAssessment.score($0.records) }
        let files = try SiteBuilder(themesRoot: Fixture.themesRoot).render(content: content, results: results)
        var problems: [String] = []
        for file in files where file.path.value.hasSuffix(".html") || file.path.value.hasSuffix(".svg") {
            problems += LiveMarkup.problems(in: file.text).map { "\(file.path): \($0)" }
        }
        #expect(problems.isEmpty, "\(problems.prefix(5))")
        let pages = files.filter { $0.path.value.hasSuffix(".html") }.map(\.text)
        if payload.hasPrefix("<script>") { #expect(pages.contains { $0.contains("&lt;script&gt;") }) }
        for field in published {
            let text = Self.text(of: field, payload)
            let label = String(text.prefix { $0 != "〔" })
            switch field.reach {
            case .escaped:
                let escaped = Fixture.escaped(text)
                #expect(pages.contains { $0.contains(escaped) }, "\(field.name): \(escaped) is on no page")
            case .markdown:
                #expect(pages.contains { $0.contains(label + "〔") }, "\(field.name) is on no page")
            case .masked, .absent:
                #expect(!files.contains { $0.text.contains(label) }, "\(field.name) was published")
            case .refused:
                break
            }
        }
    }

    /// Closed vocabularies take no free text at all.
    @Test(arguments: fields.filter { $0.reach == .refused }, payloads)
    func vocabularyFieldsRefusePayload(field: Field, payload: String) throws {
        let loaded = ContentLoader(fileSystem: .memory(try InjectedContent.files([field.name: Self.text(of: field, payload)])))
            .load(root: "content")
        #expect(loaded.hasErrors, "the loader accepted a payload as \(field.name)")
    }

    /// Sanity check of the checker: live markup is found, escaped markup is not.
    @Test(arguments: [
        ("<script>alert(1)</script>", 1), ("<p><img src=x onerror=alert(1)></p>", 1),
        ("<a href=\" javascript:alert(1)\">x</a>", 1), ("<iframe src=x></iframe>", 1),
        ("<a title=\"&quot;&gt;&lt;img src=x onerror=alert(1)&gt;\" href=\"a.html\">x</a>", 0),
        ("&lt;script&gt;alert(1)&lt;/script&gt; javascript:alert(1)", 0),
    ])
    func theCheckerFindsLiveMarkup(html: String, count: Int) {
        #expect((LiveMarkup.problems(in: html).count > 0) == (count > 0), "\(LiveMarkup.problems(in: html))")
    }
}

/// A small generated content (2 communities, which earn subsidies, so forms are printed) plus
/// one community `zz-inject` whose every free-text field is a placeholder; the fields named in
/// `hostile` get the hostile text, the others harmless defaults.
enum InjectedContent {
    static func files(_ hostile: [String: String]) throws -> [String: [UInt8]] {
        func value(_ name: String, _ plain: String) -> String {
            guard let text = hostile[name] else { return plain }
            // Scalar by scalar, so a quote before a combining mark is escaped for YAML too.
            var quoted = String.UnicodeScalarView()
            for scalar in text.unicodeScalars {
                if scalar == "\\" || scalar == "\"" { quoted.append("\\") }
                quoted.append(scalar)
            }
            return String(quoted)
        }
        func markdown(_ name: String, _ plain: String) -> String { hostile[name] ?? plain }
        var files: [String: String] = [:]
        for file in try SampleGenerator(communities: 2).files() { files["content/" + file.relativePath] = file.text }
        files["content/site.yaml"] = """
            标题: "\(value("site.标题", "湖塘镇群防群治工作考核"))"
            单位: "\(value("site.单位", "湖塘镇综治办"))"

            """
        files["content/2017/year.yaml"] = """
            年度: 2017
            补贴:
              方式: 分档
              档次:
                - {名称: "\(value("year.档次名称", "一档"))", 最低分: 10, 金额: 20000}
            用款审批:
              申请部门: "\(value("year.申请部门", "湖塘镇综合执法队"))"
              申请人: "\(value("year.申请人", "某某"))"
              用款事由: "\(value("year.用款事由", "补贴"))"
              备注: "\(value("year.用款备注", "无"))"

            """
        files["content/pages/about.md"] = "# \(markdown("页面标题", "关于"))\n\n\(markdown("页面正文", "正文"))\n"
        files["content/2017/index.md"] = "# 概况\n\n\(markdown("年度说明", "说明"))\n"
        files["content/2017/police.yaml", default: ""] += """
            zz-inject:
              侵财:
                本年: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]
                上年: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2]
              通讯网络诈骗:
                本年: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
                上年: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
              平台考核数: [90, 90, 90, 90]

            """
        files["content/2017/communities/zz-inject.yaml"] = """
            社区: "\(value("社区", "注入社区"))"
            派出所: "\(value("派出所", "湖塘派出所"))"
            社区民警: "\(value("社区民警", "王某"))"
            组织领导: {一把手负责: 是, 专人负责: 是}
            队伍:
              - 名称: "\(value("队伍名称", "专职巡防队"))"
                类型: 专职
                队员:
                  - {姓名: "\(value("姓名", "张某"))", 年龄: 45, 电话: "\(value("电话", "13900000001"))", 职务: "\(value("职务", "队长"))", 住址: "\(value("住址", "某路1号"))"}
                  - {姓名: 李某, 电话: "13900000002"}
                  - {姓名: 赵某}
            排班报备:
              - 周期: 2017-03
                报备日期: 2017-02-23
                排班:
                  - {日期: 2017-03-05, 时段: "\(value("时段", "13:00-18:00"))", 人员: ["\(value("人员", "李某"))", 张某, 赵某], 区域: "\(value("区域", "花园新村"))"}
            督查:
              - {日期: 2017-03-05, 问题: [未开展巡逻], 说明: "\(value("督查说明", "无人巡逻"))"}
            培训:
              - {日期: 2017-04-12, 主题: "\(value("培训主题", "防盗抢"))"}
            防范宣传:
              - {日期: 2017-03-15, 主题: "\(value("防范宣传主题", "防诈骗"))", 照片: 是}
            线索:
              - {日期: 2017-05-02, 案件: "\(value("线索案件", "盗窃案"))", 见义勇为申报: 是}
            媒体曝光:
              - {日期: 2017-07-01, 媒体: "\(value("媒体", "常州日报"))", 级别: 市级, 严重影响: 否}
            自评:
              1: {情况: "\(value("自评情况", "专人负责"))", 得分: 3}
            备注: |
              \(markdown("备注", "备注文字"))

            """
        return files.mapValues { Array($0.utf8) }
    }
}
