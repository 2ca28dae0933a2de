import Foundation
import Mustache
import Scoring

/// A theme folder, `themes/NAME/`: Mustache templates under `templates/` (one per page kind,
/// `layout` and `partials/…`), and static files under `assets/` copied to `site/assets/`.
/// Templates only lay out: every value arrives formatted, sorted and escaped from the views.
public struct Theme: Sendable {
    /// The folder name under the themes root.
    public let name: String
    /// The theme's folder as given (`themes/default`), used in diagnostics.
    public let folder: String
    /// The files under `assets/`, by path inside it, sorted.
    public let assets: [(path: String, bytes: [UInt8])]
    let library: MustacheLibrary
    /// Digest of every template's name and text: part of every page's fingerprint, so editing
    /// the theme renders every page again on the next build.
    let templatesFingerprint: Fingerprint

    /// The templates every theme must provide (file `templates/NAME.mustache`): the layout, every
    /// page kind's template (`PageKinds`) and the partials they include.
    public static var requiredTemplates: [String] {
        ["layout"] + PageKinds.templates + [
            "partials/scorecard", "partials/bar-chart", "partials/trend-chart", "partials/standings", "partials/form",
            "partials/volumes",
        ]
    }

    /// Loads and parses `root/name`. Throws `SiteError` naming every missing folder or template
    /// and every syntax error with its line and column; `requestedAt` is where the theme was
    /// chosen (site.yaml's 主题), pointed at when the folder does not exist.
    public static func load(root: String, name: String, requestedAt: SourceLocation? = nil) throws -> Theme {
        let folder = root.hasSuffix("/") ? root + name : root + "/" + name
        let templatesFolder = folder + "/templates"
        guard !name.isEmpty, !name.contains("/"), !name.hasPrefix("."), isDirectory(folder) else {
            throw SiteError.at(requestedAt ?? .start(of: folder),
                               "找不到主题“\(name)”：文件夹 \(folder) 不存在；请检查 site.yaml 的“主题”，或在 \(root) 下建立该主题")
        }
        guard isDirectory(templatesFolder) else {
            throw SiteError.at(.start(of: templatesFolder), "主题“\(name)”缺少模板文件夹 templates")
        }
        HTMLEscaping.registered
        var problems: [Diagnostic] = []
        var templates: [String: MustacheTemplate] = [:]
        var digest = Fingerprint()
        for relative in files(under: templatesFolder) where relative.hasSuffix(".mustache") {
            let path = templatesFolder + "/" + relative
            let templateName = String(relative.dropLast(".mustache".count))
            guard let data = FileManager.default.contents(atPath: path),
                  let text = String(bytes: data, encoding: .utf8) else {
                problems.append(.error(.start(of: path), "模板无法读取，或不是 UTF-8 文本"))
                continue
            }
            digest.add(templateName)
            digest.add(text)
            do {
                // The pragma's line is standalone: it renders nothing and moves no column.
                templates[templateName] = try MustacheTemplate(string: HTMLEscaping.pragma + text)
            } catch let error as MustacheTemplate.ParserError {
                let location = SourceLocation(file: path, line: max(1, error.context.lineNumber - 1),
                                              column: error.context.columnNumber)
                problems.append(.error(location, "模板语法错误：\(describe(error.error))"))
            } catch {
                problems.append(.error(.start(of: path), "模板语法错误：\(error)"))
            }
        }
        for required in requiredTemplates where templates[required] == nil
            && !problems.contains(where: { $0.location.file == "\(templatesFolder)/\(required).mustache" }) {
            problems.append(.error(.start(of: "\(templatesFolder)/\(required).mustache"),
                                   "主题“\(name)”缺少模板 \(required).mustache（每个主题都必须提供它）"))
        }
        let assetsFolder = folder + "/assets"
        var assets: [(path: String, bytes: [UInt8])] = []
        for relative in files(under: assetsFolder) {
            // An asset that cannot be read is an error, never an empty file in the site.
            guard let data = FileManager.default.contents(atPath: assetsFolder + "/" + relative) else {
                problems.append(.error(.start(of: assetsFolder + "/" + relative), "无法读取主题文件（没有权限？）"))
                continue
            }
            assets.append((path: relative, bytes: [UInt8](data)))
        }
        guard problems.isEmpty else { throw SiteError(problems) }
        return Theme(name: name, folder: folder, assets: assets, library: MustacheLibrary(templates: templates),
                     templatesFingerprint: digest)
    }

    /// Renders `view` with the template `name` (which `load` made sure exists).
    func render(_ view: Any, template name: String) -> String {
        library.render(view, withTemplate: name) ?? ""
    }

    /// The parser's error in Chinese (swift-mustache only gives a raw case name).
    static func describe(_ error: Error) -> String {
        guard let error = error as? MustacheTemplate.Error else { return "\(error)" }
        switch error {
        case .sectionCloseNameIncorrect: return "区块的结束标签 {{/…}} 与开始标签的名称不一致"
        case .unfinishedName: return "标签没有写完（缺少 }}）"
        case .expectedSectionEnd: return "区块缺少结束标签 {{/…}}"
        case .invalidSetDelimiter: return "分隔符设置 {{=… …=}} 写法不对"
        case .transformAppliedToInheritanceSection: return "继承区块不能使用变换"
        case .illegalTokenInsideInheritSection, .textInsideInheritSection:
            return "继承区块 {{<…}} 内只能写 {{$…}} 块"
        case .invalidConfigVariableSyntax, .unrecognisedConfigVariable: return "配置变量 {{% …}} 写法不对"
        }
    }

    static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// Regular files under `folder`, as sorted relative paths; hidden files are skipped.
    static func files(under folder: String) -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        var result: [String] = []
        for name in names where !name.hasPrefix(".") {
            let path = folder + "/" + name
            if isDirectory(path) {
                result += files(under: path).map { name + "/" + $0 }
            } else {
                result.append(name)
            }
        }
        return result.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }
}
