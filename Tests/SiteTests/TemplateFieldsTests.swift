import Foundation
import Testing
@testable import Scoring
@testable import Site

/// Every view hands the templates all of its fields (TemplateFields), and the fingerprint that
/// keys rebuilds sees every one of them.
@Suite struct TemplateFieldsTests {
    /// Every page's context of the fixture site (both years, every kind of page), split into volumes
    /// too so the volume index views are reached.
    static func contexts() throws -> [PageContext] {
        let (content, results) = Fixture.content(hostile: true)
        var builder = Fixture.builder
        builder.volumes = Volumes(threshold: 2, volumeSize: 2)
        let renderer = try builder.renderer(content: content, results: results)
        let whole = try Fixture.builder.renderer(content: content, results: results)
        return (renderer.files.map(renderer.rendering) + whole.files.map(whole.rendering)).compactMap {
            if case .page(_, let context) = $0 { return context }
            return nil
        }
    }

    /// Walks a view and its children; reports each view type whose table differs from its properties.
    static func check(_ value: Any, path: String, problems: inout [String], seen: inout Set<String>) {
        if let fields = value as? any TemplateFields {
            let properties = Mirror(reflecting: value).children.compactMap(\.label)
            let table = Set(type(of: fields).tableNames)
            let name = String(reflecting: type(of: value))
            if Set(properties) != table, seen.insert(name).inserted {
                problems.append("\(name)（\(path)）：属性 \(properties.sorted()) 与字段表 \(table.sorted()) 不一致")
            }
            for child in Mirror(reflecting: value).children {
                check(child.value, path: path + "." + (child.label ?? "?"), problems: &problems, seen: &seen)
            }
        } else if let array = value as? [Any] {
            for element in array { check(element, path: path + "[]", problems: &problems, seen: &seen) }
        } else if !(value is String || value is Int || value is Bool) {
            problems.append("\(path)：模板拿到的值类型 \(type(of: value)) 既不是视图也不是文字、数字或真假值")
        }
    }

    @Test func everyViewListsEveryPropertyForTheTemplates() throws {
        var problems: [String] = []
        var seen: Set<String> = []
        for context in try Self.contexts() {
            Self.check(context, path: context.layout.pageTitle, problems: &problems, seen: &seen)
        }
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }

    @Test func theFingerprintSeesEveryField() throws {
        let row = StandingRow.Cell(value: "1")
        var a = Fingerprint(), b = Fingerprint()
        row.fingerprint(into: &a)
        StandingRow.Cell(value: "2").fingerprint(into: &b)
        #expect(a != b)
        // Field boundaries count: ("ab", "c") is not ("a", "bc").
        var c = Fingerprint(), d = Fingerprint()
        ["ab", "c"].fingerprint(into: &c)
        ["a", "bc"].fingerprint(into: &d)
        #expect(c != d)
        #expect(c.hex.count == 32)
    }

    @Test func renderingIsTheSameInEveryRun() throws {
        let (content, results) = Fixture.content(hostile: true)
        let first = try Fixture.builder.render(content: content, results: results)
        let second = try Fixture.builder.render(content: content, results: results)
        #expect(first == second)
    }
}

extension TemplateFields {
    static var tableNames: [String] { Array(templateFields.keys) }
}
