import Foundation
import Mustache
import Records
import SampleContent
import Scoring
import Testing
@testable import Site

/// qunfang's own renderer (`TemplateRenderer`) against swift-mustache, its reference: every page
/// of the sample site and of hostile generated content, every Mustache construct on small
/// templates, random templates, and the fallback of what the renderer leaves to swift-mustache.
/// The output must be byte for byte the same.
@Suite struct RendererEquivalenceTests {
    // MARK: Whole sites

    /// Renders every page of the site of `content` through both renderers; returns the number of
    /// pages compared. Also requires that the default theme is rendered by qunfang's renderer.
    @discardableResult
    static func compareEveryPage(_ content: Content, _ results: [YearResult], builder: SiteBuilder = Fixture.builder,
                                 sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Int {
        let renderer = try builder.renderer(content: content, results: results)
        #expect(renderer.theme.library.fallbacks.isEmpty, "\(renderer.theme.library.fallbacks)", sourceLocation: sourceLocation)
        var compared = 0
        var differing: [String] = []
        for file in renderer.files {
            guard case .page(let template, let context) = renderer.rendering(of: file) else { continue }
            #expect(renderer.theme.library.compiled[template] != nil, "\(template)", sourceLocation: sourceLocation)
            let ours = renderer.theme.render(context, template: template)
            let reference = renderer.theme.referenceRender(context, template: template)
            if ours != reference { differing.append("\(renderer.path(of: file)): \(firstDifference(ours, reference))") }
            compared += 1
        }
        #expect(differing.isEmpty, "\(differing.count) pages differ: \(differing.prefix(3))", sourceLocation: sourceLocation)
        return compared
    }

    /// Where two outputs part, with some context, for the failure message.
    static func firstDifference(_ ours: [UInt8], _ reference: [UInt8]) -> String {
        let index = zip(ours, reference).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            ?? min(ours.count, reference.count)
        func around(_ bytes: [UInt8]) -> String {
            String(decoding: bytes[max(0, index - 60)..<min(bytes.count, index + 60)], as: UTF8.self).debugDescription
        }
        return "byte \(index) of \(ours.count)/\(reference.count): ours \(around(ours)) reference \(around(reference))"
    }

    static func load(_ files: [String: [UInt8]]) throws -> (Content, [YearResult]) {
        let loaded = ContentLoader(fileSystem: .memory(files)).load(root: "content")
        let content = try #require(loaded.content, "\(loaded.diagnostics.filter(\.isError))")
        return (content, content.years.map { YearAssessment.score($0.records) })
    }

    /// The repository's sample site, content/ (every page kind, both years).
    @Test func theSampleSiteRendersTheSame() throws {
        let loaded = ContentLoader(fileSystem: .local).load(root: Fixture.repository.appendingPathComponent("content").path)
        let content = try #require(loaded.content, "\(loaded.diagnostics.filter(\.isError))")
        let count = try Self.compareEveryPage(content, content.years.map { YearAssessment.score($0.records) })
        #expect(count > 100)
    }

    /// The site tests' hand-built content, plain and with every user-written field hostile.
    @Test(arguments: [false, true])
    func theFixtureSiteRendersTheSame(hostile: Bool) throws {
        let (content, results) = Fixture.content(hostile: hostile)
        try Self.compareEveryPage(content, results)
    }

    /// Hostile text in every user-written field of generated content (InjectionTests' content):
    /// markup, quotes before combining marks, Mustache tags, entities, line breaks in Markdown.
    static let hostilePayloads = InjectionTests.payloads + [
        "{{name}} {{{html}}} {{#page}}x{{/page}} }} {{",
        "'\u{308}\"\u{301}&\u{301}<\u{338}>\u{20DD}",
        "&amp;&lt;&#39; nil true 0",
        "\u{202E}翻转\u{202C} 😀👨‍👩‍👧 é e\u{301}",
    ]

    @Test(arguments: hostilePayloads)
    func hostileGeneratedContentRendersTheSame(payload: String) throws {
        let fields = InjectionTests.fields.filter { $0.reach != .refused }
        var hostile = Dictionary(uniqueKeysWithValues: fields.map { ($0.name, InjectionTests.text(of: $0, payload)) })
        // Line breaks where the records allow them: Markdown pages and notes.
        for markdown in ["页面正文", "年度说明"] { hostile[markdown]! += "\n\n{{#x}}\r\n  > \(payload)\n" }
        hostile["备注"]! += "\n  第二行 {{.}} \(payload)\n\n  - 列表"
        let (content, results) = try Self.load(try InjectedContent.files(hostile))
        try Self.compareEveryPage(content, results)
    }

    /// A year large enough for the booklet and the forms to be split into volumes.
    @Test func generatedContentInVolumesRendersTheSame() throws {
        var files: [String: [UInt8]] = [:]
        for file in try SampleGenerator(communities: 12).files() { files["content/" + file.relativePath] = Array(file.text.utf8) }
        let (content, results) = try Self.load(files)
        var builder = Fixture.builder
        builder.volumes = Volumes(threshold: 4, volumeSize: 3)
        try Self.compareEveryPage(content, results, builder: builder)
    }

    // MARK: Constructs, on small templates

    /// A view with a field of every kind a view's table may hold.
    struct Row: TemplateFields {
        var name = "甲"
        var count = 0
        var flag = true
        var note: String? = nil
        var amount: Int? = 12
        var tags: [String] = []
        var children: [Row] = []
        var child: [Row] = []
        var text = TemplateText(renderText: "文字")
        /// Anything else: the conformances below let it hold what no view does.
        var loose: any TemplateValue = 3.5

        static let templateFields: [String: TemplateAccessor<Row>] = [
            "name": { $0.name }, "count": { $0.count }, "flag": { $0.flag }, "note": { $0.note },
            "amount": { $0.amount }, "tags": { $0.tags }, "children": { $0.children }, "child": { $0.child.first },
            "text": { $0.text }, "loose": { $0.loose },
            // A list made afresh at each read, held by nothing but the section that prints it:
            // qunfang's renderer reads its views where that array stores them.
            "made": { row in row.children.map { child in
                var made = child
                made.name += "′"
                made.children = [Row(name: "孙")]
                return made
            } },
        ]
    }

    /// A value that is no view: swift-mustache reads it by reflection.
    struct Plain: Sendable, TemplateValue {
        let label: String
        let inner: String?
    }

    static var sample: Row {
        var leaf = Row(name: "叶\"\u{301}<b>", count: 7, flag: false, note: "注", amount: nil, tags: ["x", "<y>", ""])
        leaf.loose = Plain(label: "反射", inner: nil)
        var root = Row(name: "根 & 'q'", count: 2, flag: true, note: nil, tags: ["a", "b\nc"], children: [leaf, Row(name: "")])
        root.child = [leaf]
        root.loose = ["k": "字典<", "n": 5, "list": [1, 2], "empty": [Int]()] as [String: Any]
        return root
    }

    /// `main` (with the other `templates` as partials) rendered with `object` by both; requires
    /// that qunfang's renderer renders it (when `compiled`) and that the bytes are the same.
    static func expectSame(_ templates: [String: String], _ object: Any = sample, compiled: Bool = true,
                           sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        _ = HTMLEscaping.registered
        let library = try TemplateLibrary(texts: templates)
        #expect((library.compiled["main"] != nil) == compiled, "\(library.fallbacks)", sourceLocation: sourceLocation)
        let ours = library.render(object, template: "main")
        let reference = library.referenceRender(object, template: "main")
        let same = ours == reference
        #expect(same, "\(templates["main"]!.debugDescription): \(firstDifference(ours, reference))", sourceLocation: sourceLocation)
    }

    static let constructs: [String] = [
        // Variables, escaped and not, every kind of value, missing names.
        "{{name}}|{{{name}}}|{{&name}}|{{count}}|{{flag}}|{{note}}|{{amount}}|{{tags}}|{{text}}|{{loose}}|{{missing}}",
        "{{ name }}{{  count}}{{{ name }}}{{& name }}",
        "{{.}}|{{}}|{{ }}|{{..}}|{{.name}}|{{.missing}}",
        // Sections over text, numbers, flags, nil, empty and non-empty lists, views, dictionaries.
        "{{#name}}[{{.}}|{{renderText}}]{{/name}}{{^name}}none{{/name}}",
        "{{#count}}c{{.}}{{/count}}{{^count}}no{{/count}}{{#amount}}a{{.}}{{/amount}}",
        "{{#flag}}yes{{/flag}}{{^flag}}no{{/flag}}{{#children}}{{#flag}}Y{{/flag}}{{^flag}}N{{/flag}}{{/children}}",
        "{{#note}}[{{.}}]{{/note}}{{^note}}(no note){{/note}}{{#children}}{{#note}}<{{.}}>{{/note}}{{/children}}",
        "{{#tags}}<{{.}}>{{/tags}}{{^tags}}empty{{/tags}}{{#children}}{{#tags}}({{.}}){{/tags}}{{^tags}}[{{.}}]{{/tags}}{{/children}}",
        "{{#children}}{{name}}:{{count}}:{{#child}}{{name}}{{/child}}{{^child}}-{{/child}};{{/children}}",
        "{{#made}}{{name}}({{count}},{{note}},{{#made}}[{{name}}/{{#made}}{{name}}{{/made}}]{{/made}}){{/made}}{{^made}}none{{/made}}",
        "{{#loose}}{{k}}{{n}}{{#list}}{{.}},{{/list}}{{^empty}}E{{.}}{{/empty}}{{/loose}}{{loose.k}}{{loose.list}}",
        "{{#children}}{{#loose}}{{label}}|{{inner}}|{{name}}{{/loose}}{{/children}}",
        "{{#text}}{{.}}{{renderText}}{{name}}{{/text}}{{#missing}}x{{/missing}}{{^missing}}m{{/missing}}",
        // Dotted names and the climb up the stack.
        "{{child.name}}|{{child.tags}}|{{child.missing}}|{{children.name}}|{{loose.k}}|{{name.renderText}}",
        "{{#children}}{{name}}<{{count}}>{{.name}}{{.count}}{{child.name}}{{#tags}}{{name}}{{.}}{{/tags}}{{/children}}",
        "{{#child}}{{#child}}{{name}}{{/child}}{{note}}{{amount}}{{/child}}",
        // Standalone lines, whitespace, line endings.
        "a\n  {{#flag}}\n  in\n  {{/flag}}\n\t{{^flag}}\t\nout\n{{/flag}}  \nend",
        "  {{#children}}\r\n  {{name}}\r\n  {{/children}}\r\n{{! comment }}\r\n  {{! standalone }}  \nz",
        "x {{#flag}}\ninline {{/flag}} y\n {{#flag}} {{name}} {{/flag}} \n",
        "{{!\nmultiline\ncomment\n}}\nafter\n  {{!a}}{{!b}}\n",
        "line\r{{#flag}}\rcr\r{{/flag}}\r\u{0B}{{#flag}}\u{0B}v{{/flag}}",
        "{{#flag}}\n{{#children}}\n{{name}}\n{{/children}}\n{{/flag}}",
        "   {{name}}   \n   {{#flag}}   {{/flag}}   \n{{#flag}}\n{{/flag}}",
        "{{#flag}}no newline at the end{{/flag}}  {{^flag}}{{/flag}}",
        // Set delimiters.
        "{{=<% %>=}}\n<% name %>|<%{name%>}|<%& name %>|{{name}}\n<%#flag%>f<%/flag%>\n<%={{ }}=%>\n{{name}}",
        "{{= | | =}}|name| |#children||name|,|/children| |={{ }}=|{{count}}",
        // Partials: missing, indented, inside sections, nested indentation.
        "[{{>missing}}]\n  {{>p}}\n{{#children}}\n    {{>p}}\n{{/children}}\n{{>p}}{{>p}}",
        "\t{{>q}}\n  x {{>p}}\n",
        // Content types.
        "{{name}}{{%CONTENT_TYPE:TEXT}}{{name}}{{#children}}{{name}}{{/children}}\n{{%CONTENT_TYPE:HTML}}\n{{name}}{{>p}}",
        "{{%CONTENT_TYPE:QUNFANG_HTML}}\n{{name}}{{#children}}{{name}}{{%CONTENT_TYPE:TEXT}}{{name}}{{/children}}{{name}}",
        // Inheritance.
        "{{<parent}}{{$title}}新标题 {{name}}{{/title}}{{/parent}}",
        "{{<parent}}\n  {{$body}}\n  line one\n    line two {{name}}\n  {{/body}}\n{{/parent}}\nafter",
        "{{<parent}}{{/parent}}|{{$title}}outside {{name}}{{/title}}",
        "  {{<parent}}\n{{$title}}T{{/title}}\n  {{/parent}}\n",
        "{{<child}}{{$title}}override wins{{/title}}{{/child}}",
        "{{<parent}}text is ignored {{! comment }}{{$body}}B{{>p}}{{/body}}{{/parent}}",
        "{{#children}}{{<parent}}{{$title}}{{name}}{{/title}}{{/parent}}{{/children}}",
    ]

    static let partials: [String: String] = [
        "p": "P:{{name}}\nsecond {{count}}\n{{#tags}}\n- {{.}}\n{{/tags}}\n",
        "q": "{{#children}}\n  {{>p}}\n{{/children}}\nend {{tags}}",
        "parent": "<h1>{{$title}}默认 {{name}}{{/title}}</h1>\n  {{$body}}\n  default body\n  {{/body}}\n{{$title}}{{/title}}\n",
        "child": "{{<parent}}{{$title}}child's{{/title}}{{$body}}child body{{/body}}{{/parent}}",
    ]

    @Test(arguments: constructs)
    func aConstructRendersTheSame(template: String) throws {
        var templates = Self.partials
        templates["main"] = template
        try Self.expectSame(templates)
        // The same inside a theme template: after qunfang's pragma line, as Theme.load loads them.
        try Self.expectSame(templates.mapValues { HTMLEscaping.pragma + $0 })
    }

    /// The contexts swift-mustache accepts besides views: dictionaries, arrays, plain values.
    @Test func contextsThatAreNotViewsRenderTheSame() throws {
        let template = "{{name}}{{#list}}[{{.}}{{name}}]{{/list}}{{#nested}}{{inner.name}}{{/nested}}{{^none}}-{{/none}}{{.}}"
        let contexts: [Any] = [
            ["name": "字典&", "list": [1, 2], "nested": ["inner": ["name": "内"]], "none": [String]()] as [String: Any],
            Plain(label: "x", inner: "y"), "text", 42, [Row(), Row(name: "乙")], Optional<Row>.none as Any, NSNull(),
        ]
        for context in contexts { try Self.expectSame(["main": template, "p": "{{.}}"], context) }
    }

    // MARK: Random templates

    /// Random templates over every construct (and broken ones, which swift-mustache refuses and
    /// which are then not compared): whatever swift-mustache parses, the port must parse the same.
    @Test func randomTemplatesRenderTheSame() throws {
        _ = HTMLEscaping.registered
        var state: UInt64 = 0x5DEE_CE66_D1CE_4E5B
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let names = ["name", "count", "flag", "note", "tags", "children", "child", "child.name", ".", "text", "x", "amount"]
        let pieces = ["\n", "\r\n", " ", "  ", "\t", "a", "湖", "{", "}", "\"\u{301}", "<", "&", "{{!c}}", "{{! c\n}}",
                      "{{>p}}", "{{>q}}", "{{>parent}}", "\n  {{>p}}\n", "\n\t{{#flag}}\n", "\n {{/flag}} \n", "{{$title}}t{{/title}}", "{{=<% %>=}}", "<%name%>", "<%={{ }}=%>"]
        var compared = 0
        for _ in 0..<3000 {
            var text = ""
            var open: [String] = []
            for _ in 0..<(4 + next(24)) {
                switch next(10) {
                case 0...3: text += pieces[next(pieces.count)]
                case 4: text += ["{{", "{{{", "{{&"][next(3)] + names[next(names.count)] + ["}}", "}}}", "}}"][next(3)]
                case 5, 6:
                    let name = names[next(names.count)]
                    text += (next(2) == 0 ? "{{#" : "{{^") + name + "}}"
                    open.append(name)
                case 7: if let name = open.popLast() { text += "{{/" + name + "}}" }
                case 8: text += "{{<parent}}" + ["", "\n", "{{$title}}o{{name}}{{/title}}", "{{$body}}\n  b\n{{/body}}\n"][next(4)] + "{{/parent}}"
                default: text += "{{%CONTENT_TYPE:" + ["TEXT", "HTML", "QUNFANG_HTML"][next(3)] + "}}"
                }
            }
            while let name = open.popLast(), next(4) != 0 { text += "{{/" + name + "}}" }
            guard (try? MustacheTemplate(string: text)) != nil else { continue }
            var templates = Self.partials
            templates["main"] = text
            try Self.expectSame(templates)
            compared += 1
        }
        #expect(compared > 700)
    }

    // MARK: Fallback

    /// What qunfang's renderer does not do is left to swift-mustache, which renders it as before.
    @Test(arguments: [
        ("{{#tags}}{{uppercased(.)}}{{/tags}}{{lowercased(name)}}", "{{…(…)}}"),
        ("{{#children}}{{#first()}}first {{/first()}}{{name}}{{/children}}", "{{…(…)}}"),
        ("{{>*dynamic}}", "{{>*…}}"),
        ("{{<*dynamic}}{{/*dynamic}}", "{{<*…}}"),
        ("a {{>uses}} b", "{{>uses}}"),
    ])
    func anUnsupportedConstructFallsBack(template: String, construct: String) throws {
        var templates = Self.partials
        templates["main"] = template
        templates["uses"] = "{{#children}}{{>transforms}}{{/children}}"
        templates["transforms"] = "{{reversed(name)}}"
        try Self.expectSame(templates, compiled: false)
        let library = try TemplateLibrary(texts: templates)
        #expect(library.fallbacks["main"] == construct)
        #expect(library.compiled["p"] != nil)
    }

    /// A content type registered by someone else is left to swift-mustache too.
    @Test func anotherContentTypeFallsBack() throws {
        struct Shouting: MustacheContentType {
            func escapeText(_ text: String) -> String { text.uppercased() }
        }
        MustacheContentTypes.register(Shouting(), named: "QUNFANG_TEST_SHOUTING")
        try Self.expectSame(["main": "{{%CONTENT_TYPE:QUNFANG_TEST_SHOUTING}}\n{{name}}"], Row(name: "abc"), compiled: false)
    }

    /// A lambda among a view's values (no view has one) makes swift-mustache render the page.
    @Test func aLambdaValueFallsBackForThePage() throws {
        var row = Self.sample
        row.loose = MustacheLambda { (text: String) in "<" + text + ">" }
        try Self.expectSame(["main": "{{name}} {{#loose}}inside {{name}}{{/loose}} {{loose}}"], row)
        try Self.expectSame(["main": "{{#children}}{{name}}{{/children}}"], row)
    }

    /// The port refuses what swift-mustache refuses; Theme.load reports the library's own errors.
    @Test func thePortAgreesOnBrokenTemplates() {
        for text in ["{{#a}}", "{{/a}}", "{{name", "{{#a}}{{/b}}", "{{=<%=}}", "{{%CONTENT_TYPE:NOSUCH}}", "{{<p}}{{#a}}{{/a}}{{/p}}", "{"] {
            #expect(throws: (any Error).self) { try MustacheTemplate(string: text) }
            #expect(throws: (any Error).self) { try MustacheParser.parse(text) }
        }
    }
}

// Values no view holds, for `Row.loose`: each is looked at by its type, as swift-mustache does.
extension Double: TemplateValue {}
extension Dictionary: TemplateValue {}
extension MustacheLambda: TemplateValue {}
