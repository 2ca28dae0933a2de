import Foundation
import Testing
@testable import Site

/// docs/主题字段.md lists every field each template can use, generated from the views' field
/// tables (`TemplateFields`) as the fixture site fills them, with each field's doc comment from
/// the view's source. The committed document must be what this makes; `QUNFANG_UPDATE_DOCS=1`
/// rewrites it instead of failing.
@Suite struct ThemeFieldsDocumentTests {
    static let document = Fixture.repository.appendingPathComponent("docs/主题字段.md")

    /// What a field holds, as a theme author reads it.
    enum Kind: Hashable {
        case text, number, flag, view(String), list(String?)

        var label: String {
            switch self {
            case .text: "文字"
            case .number: "数字"
            case .flag: "真假（用 `{{#…}}…{{/…}}` 判断）"
            case .view(let name): "[\(name)](#\(anchor(name)))"
            case .list(let element): element.map { "[\($0)](#\(anchor($0))) 的列表" } ?? "列表"
            }
        }
    }

    static func anchor(_ name: String) -> String { name.lowercased().replacingOccurrences(of: ".", with: "") }

    /// "ScorecardView.ItemRow" for `Site.ScorecardView.ItemRow`.
    static func name(of value: Any) -> String {
        String(reflecting: type(of: value)).split(separator: ".").dropFirst().joined(separator: ".")
    }

    static func kind(of value: Any) -> Kind {
        if value is String { return .text }
        if value is Int { return .number }
        if value is Bool { return .flag }
        if let array = value as? [Any] { return .list(array.first.map(name)) }
        return .view(name(of: value))
    }

    /// Every view type reached from `value`, with the kind of each of its fields.
    static func collect(_ value: Any, into types: inout [String: [String: Kind]]) {
        guard let view = value as? any TemplateFields else {
            if let array = value as? [Any] { for element in array { collect(element, into: &types) } }
            return
        }
        let name = name(of: value)
        var fields = types[name] ?? [:]
        for (field, accessor) in Self.fields(of: view) {
            let child = accessor()
            let kind = kind(of: child)
            // A list seen empty somewhere and full elsewhere is documented with its element.
            if case .list(nil) = kind, fields[field] != nil { } else { fields[field] = kind }
            collect(child, into: &types)
        }
        types[name] = fields
    }

    static func fields<V: TemplateFields>(of view: V) -> [(String, () -> Any)] {
        V.templateFields.map { name, field in (name, { view.read(field) }) }
    }

    /// The `///` comment above `let NAME` / `var NAME` inside `struct TYPE` of the Site sources.
    static func comment(of field: String, in typeName: String, sources: [String]) -> String {
        let innermost = String(typeName.split(separator: ".").last ?? "")
        for source in sources {
            let lines = source.components(separatedBy: "\n")
            guard let start = lines.firstIndex(where: {
                $0.trimmingCharacters(in: .whitespaces).hasPrefix("struct \(innermost) ")
                    || $0.trimmingCharacters(in: .whitespaces).hasPrefix("struct \(innermost):")
            }) else { continue }
            for index in lines.indices.dropFirst(start + 1) {
                let line = lines[index].trimmingCharacters(in: .whitespaces)
                if line.hasPrefix("struct ") || line.hasPrefix("init(") { break }
                guard line.hasPrefix("let \(field):") || line.hasPrefix("var \(field):")
                    || line.hasPrefix("let \(field) ") || line.hasPrefix("var \(field) ") else { continue }
                var comment: [String] = []
                var above = index - 1
                while above > start, lines[above].trimmingCharacters(in: .whitespaces).hasPrefix("///") {
                    comment.insert(String(lines[above].trimmingCharacters(in: .whitespaces).dropFirst(3))
                        .trimmingCharacters(in: .whitespaces), at: 0)
                    above -= 1
                }
                return comment.joined(separator: " ").replacingOccurrences(of: "|", with: "\\|")
            }
        }
        return ""
    }

    static func made() throws -> String {
        let (content, results) = Fixture.content(hostile: false)
        var builder = Fixture.builder
        builder.volumes = Volumes(threshold: 2, volumeSize: 2)
        let renderers = [try builder.renderer(content: content, results: results),
                         try Fixture.builder.renderer(content: content, results: results)]
        var pages: [String: Set<String>] = [:]
        var types: [String: [String: Kind]] = [:]
        for renderer in renderers {
            for file in renderer.files {
                guard case .page(let template, let context) = renderer.rendering(of: file) else { continue }
                pages[template, default: []].insert(name(of: context.page))
                collect(context.layout, into: &types)
                collect(context.page, into: &types)
            }
        }
        let folder = Fixture.repository.appendingPathComponent("Sources/Site")
        let sources = try (FileManager.default.subpathsOfDirectory(atPath: folder.path)).filter { $0.hasSuffix(".swift") }
            .sorted().map { try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8) }
        var lines = [
            "# 主题字段：模板中可以用的每个字段",
            "",
            "*English summary: every field each template of a theme can use, generated from the views' field",
            "tables (`TemplateFields`) and their doc comments; a test fails when this file is stale.*",
            "",
            "本文件由测试生成（`Tests/SiteTests/ThemeFieldsDocumentTests.swift`），给修改主题的信息科同事查阅。",
            "每个页面模板拿到两样东西：`{{#layout}}…{{/layout}}` 或 `{{layout.字段}}` 是公共框架（`LayoutView`），",
            "`{{#page}}…{{/page}}` 中是该页的视图。所有数字、文字都已在程序中算好、排好序、格式化；`{{字段}}` 会转义，",
            "只有名字以 `HTML` 结尾的字段（已渲染好的 Markdown 或图表）要用 `{{{字段}}}`。模板里写了不存在的字段，",
            "输出为空。更新本文件：`QUNFANG_UPDATE_DOCS=1 swift test --filter ThemeFieldsDocumentTests`。",
            "",
            "## 各模板的页面视图",
            "",
            "| 模板 | `{{#page}}` 中的视图 |",
            "| --- | --- |",
        ]
        for template in pages.keys.sorted() {
            let views = pages[template]!.sorted().map { "[\($0)](#\(anchor($0)))" }.joined(separator: "、")
            lines.append("| `templates/\(template).mustache` | \(views) |")
        }
        lines += ["", "## 视图", ""]
        for type in types.keys.sorted() {
            lines += ["### \(type)", "", "| 字段 | 类型 | 说明 |", "| --- | --- | --- |"]
            for (field, kind) in types[type]!.sorted(by: { $0.key < $1.key }) {
                lines.append("| `\(field)` | \(kind.label) | \(comment(of: field, in: type, sources: sources)) |")
            }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    @Test func theCommittedDocumentListsEveryFieldOfEveryTemplate() throws {
        let made = try Self.made()
        if ProcessInfo.processInfo.environment["QUNFANG_UPDATE_DOCS"] == "1" {
            try made.write(to: Self.document, atomically: true, encoding: .utf8)
        }
        let committed = try String(contentsOf: Self.document, encoding: .utf8)
        #expect(committed == made, "docs/主题字段.md is stale: run QUNFANG_UPDATE_DOCS=1 swift test --filter ThemeFieldsDocumentTests")
        for template in PageKinds.templates { #expect(made.contains("`templates/\(template).mustache`")) }
    }
}
