import Foundation
import Mustache
import Records
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
    /// The templates, compiled for qunfang's renderer and parsed by swift-mustache (`TemplateLibrary`).
    let library: TemplateLibrary
    /// Digest of every template's name and text: part of every page's fingerprint, so editing
    /// the theme renders every page again on the next build.
    let templatesFingerprint: Fingerprint

    /// The templates every theme must provide (file `templates/NAME.mustache`): the layout, every
    /// page kind's template (`PageKinds`) and the partials they include.
    public static var requiredTemplates: [String] {
        ["layout"] + PageKinds.templates + [
            "partials/scorecard", "partials/bar-chart", "partials/trend-chart", "partials/standings", "partials/form",
            "partials/volumes", "partials/town-summary", "partials/points-lost", "partials/movement",
        ]
    }

    /// Loads and parses `root/name`. Throws `SiteError` naming every missing folder or template
    /// and every syntax error with its line and column; `requestedAt` is where the theme was
    /// chosen (site.yaml's 主题), pointed at when the folder does not exist.
    ///
    /// Every file is read through `fileSystem` confined to `root`, as records are: a symbolic
    /// link in the theme is followed only to a file inside `root`, and never to a folder, so a
    /// theme cannot publish a file from elsewhere nor loop (docs/safety.md §6).
    public static func load(root: String, name: String, requestedAt: SourceLocation? = nil,
                            fileSystem: FileSystem = .local) throws -> Theme {
        let files = ThemeFiles(fileSystem: fileSystem.confined(to: root, role: "主题文件夹"))
        let folder = root.hasSuffix("/") ? root + name : root + "/" + name
        let templatesFolder = folder + "/templates"
        guard !name.isEmpty, !name.contains("/"), !name.hasPrefix(".") else {
            throw SiteError.at(requestedAt ?? .start(of: folder),
                               "找不到主题“\(name)”：文件夹 \(folder) 不存在；请检查 site.yaml 的“主题”，或在 \(root) 下建立该主题")
        }
        switch files.folder(folder) {
        case .missing:
            throw SiteError.at(requestedAt ?? .start(of: folder),
                               "找不到主题“\(name)”：文件夹 \(folder) 不存在；请检查 site.yaml 的“主题”，或在 \(root) 下建立该主题")
        case .refused(let problem):
            throw SiteError([problem])
        case .present:
            break
        }
        switch files.folder(templatesFolder) {
        case .missing:
            throw SiteError.at(.start(of: templatesFolder), "主题“\(name)”缺少模板文件夹 templates")
        case .refused(let problem):
            throw SiteError([problem])
        case .present:
            break
        }
        HTMLEscaping.registered
        var problems: [Diagnostic] = []
        var templates: [String: (text: String, parsed: MustacheTemplate)] = [:]
        var digest = Fingerprint()
        for relative in files.files(under: templatesFolder, problems: &problems) where relative.hasSuffix(".mustache") {
            let path = templatesFolder + "/" + relative
            let templateName = String(relative.dropLast(".mustache".count))
            guard let bytes = files.read(path, problems: &problems) else { continue }
            guard let text = String(validating: bytes, as: UTF8.self) else {
                problems.append(.error(.start(of: path), "模板无法读取，或不是 UTF-8 文本"))
                continue
            }
            digest.add(templateName)
            digest.add(text)
            do {
                // The pragma's line is standalone: it renders nothing and moves no column.
                let full = HTMLEscaping.pragma + text
                templates[templateName] = (full, try MustacheTemplate(string: full))
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
        if case .refused(let problem) = files.folder(assetsFolder) { problems.append(problem) }
        for relative in files.files(under: assetsFolder, problems: &problems) {
            // An asset that cannot be read is an error, never an empty file in the site.
            guard let bytes = files.read(assetsFolder + "/" + relative, problems: &problems) else { continue }
            assets.append((path: relative, bytes: bytes))
        }
        guard problems.isEmpty else { throw SiteError(problems) }
        return Theme(name: name, folder: folder, assets: assets, library: TemplateLibrary(templates),
                     templatesFingerprint: digest)
    }

    /// Renders `view` with the template `name` (which `load` made sure exists): the page's bytes.
    /// The single entry point of rendering: qunfang's own renderer, or swift-mustache for a
    /// template it leaves to it (`TemplateLibrary`).
    func render(_ view: Any, template name: String) -> [UInt8] {
        library.render(view, template: name)
    }

    /// `render` of a booklet whose cards are `SplicedCards`, with where each card is in the bytes;
    /// nil when the page cannot be spliced (`TemplateLibrary.renderSpliced`).
    func renderSpliced(_ view: Any, cards: Int, template name: String) -> (bytes: [UInt8], pieces: [Range<Int>])? {
        library.renderSpliced(view, cards: cards, template: name)
    }

    /// The same page rendered by swift-mustache alone: the reference the tests compare with.
    func referenceRender(_ view: Any, template name: String) -> [UInt8] {
        library.referenceRender(view, template: name)
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
}

/// A theme's files, read through a confined `FileSystem`, each problem as a located diagnostic.
struct ThemeFiles {
    let fileSystem: FileSystem

    enum Folder {
        case present, missing
        /// A symbolic link (or an unreadable folder) in the way, already described.
        case refused(Diagnostic)
    }

    /// Whether `path` is a folder that can be listed.
    func folder(_ path: String) -> Folder {
        do {
            return try fileSystem.list(path) == nil ? .missing : .present
        } catch let error as FileSystemError {
            return .refused(Self.diagnostic(error, at: path, reading: "无法读取主题文件夹"))
        } catch {
            return .refused(.error(.start(of: path), "无法读取主题文件夹"))
        }
    }

    /// Regular files under `folder`, as sorted relative paths; hidden files are skipped. Links to
    /// folders are never followed (the file system refuses them), so a loop cannot hang the walk;
    /// every refused link is a problem at the link.
    func files(under folder: String, problems: inout [Diagnostic]) -> [String] {
        let entries: [FileSystem.Entry]
        do {
            entries = try fileSystem.list(folder) ?? []
        } catch let error as FileSystemError {
            problems.append(Self.diagnostic(error, at: folder, reading: "无法读取主题文件夹"))
            return []
        } catch {
            problems.append(.error(.start(of: folder), "无法读取主题文件夹"))
            return []
        }
        var result: [String] = []
        for entry in entries where !entry.name.hasPrefix(".") {
            let path = folder + "/" + entry.name
            switch entry.kind {
            case .directory:
                result += files(under: path, problems: &problems).map { entry.name + "/" + $0 }
            case .file:
                result.append(entry.name)
            case .refusedLink(let reason):
                problems.append(.error(.start(of: path), reason + "。提示：" + Self.linkHint))
            }
        }
        return result.sorted { $0.utf8Precedes($1) }
    }

    /// A file's bytes; nil, with the problem added, when it cannot be read or is larger than
    /// the limit every file read through `FileSystem` has.
    func read(_ path: String, problems: inout [Diagnostic]) -> [UInt8]? {
        func oversized() -> Diagnostic {
            .error(.start(of: path), "主题文件过大，超过 \(FileSystem.readLimit / 1024 / 1024) MiB 的上限")
        }
        do {
            let bytes = try fileSystem.read(path)
            guard bytes.count <= FileSystem.readLimit else {
                problems.append(oversized())
                return nil
            }
            return bytes
        } catch let error as FileSystemError where error.size != nil {
            // The disk refuses it from its size, before reading it.
            problems.append(oversized())
        } catch let error as FileSystemError {
            problems.append(Self.diagnostic(error, at: path, reading: "无法读取主题文件"))
        } catch {
            problems.append(.error(.start(of: path), "无法读取主题文件"))
        }
        return nil
    }

    static let linkHint = "主题中的符号链接只能指向主题文件夹之内的文件；请把文件本身复制进来，或删除这个链接"

    private static func diagnostic(_ error: FileSystemError, at path: String, reading: String) -> Diagnostic {
        if let link = error.link { return .error(.start(of: link), error.message + "。提示：" + linkHint) }
        return .error(.start(of: path), "\(reading)（\(error.message)）")
    }
}
