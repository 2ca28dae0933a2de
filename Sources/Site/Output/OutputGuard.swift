import Foundation

/// Decides, before anything is touched, whether a build may replace the output folder. A build
/// replaces the whole folder, so it is refused when the folder is (or contains, or lies inside)
/// a folder the build reads, looks like a project, or is neither empty nor marked as a qunfang
/// site (`SiteMarker`): docs/safety.md §1.
///
///     try OutputGuard(protecting: [.init(path: "content", role: "记录文件夹")]).check(output: "site")
///
/// Paths are compared after resolving `.`, `..` and symbolic links. Throws `SiteError`.
public struct OutputGuard: Sendable {
    /// A folder the build must never replace, with its Chinese name for the message.
    public struct Protected: Sendable {
        public var path: String
        public var role: String

        public init(path: String, role: String) {
            self.path = path
            self.role = role
        }
    }

    /// Entries that make a folder a project root: replacing it would lose the project.
    static let projectFiles = ["Package.swift", ".git", "content"]

    public var protected: [Protected]

    public init(protecting protected: [Protected] = []) {
        self.protected = protected
    }

    /// Returns the resolved output path when a build may write there; throws otherwise.
    @discardableResult
    public func check(output: String) throws -> String {
        let resolved = OutputPath.resolve(output)
        func refuse(_ message: String) -> SiteError { SiteError.at(.start(of: output), message + "；未做任何改动") }

        if resolved == "/" { throw refuse("输出文件夹不能是根目录 /") }
        for folder in protected {
            let real = OutputPath.resolve(folder.path)
            if OutputPath.isSameOrInside(real, resolved) {
                throw refuse(real == resolved
                    ? "输出文件夹 \(output) 就是\(folder.role) \(folder.path)，生成网站会整个替换它，拒绝执行"
                    : "输出文件夹 \(output) 包含\(folder.role) \(folder.path)，生成网站会整个替换它，拒绝执行；请指定一个单独的文件夹，例如 site")
            }
            if OutputPath.isSameOrInside(resolved, real) {
                throw refuse("输出文件夹 \(output) 位于\(folder.role) \(folder.path) 之内，拒绝执行；请把网站输出到它外面，例如 site")
            }
        }
        let parent = OutputPath.parent(of: resolved)
        switch OutputPath.kind(of: parent) {
        case .other:
            throw refuse("无法写入 \(output)：它的上级 \(parent) 不是文件夹")
        case .missing, .directory:
            break
        }
        switch OutputPath.kind(of: resolved) {
        case .missing:
            return resolved
        case .other:
            throw refuse("输出路径 \(output) 已存在且不是文件夹，拒绝覆盖")
        case .directory:
            break
        }
        let entries: [String]
        do {
            entries = try FileManager.default.contentsOfDirectory(atPath: resolved)
        } catch {
            throw refuse("无法读取输出文件夹 \(output) 的内容（没有权限？），为安全起见拒绝覆盖")
        }
        if let found = Self.projectFiles.first(where: entries.contains) {
            throw refuse("输出文件夹 \(output) 里有 \(found)，像是项目根目录，生成网站会整个替换它，拒绝执行；请指定一个单独的文件夹，例如 site")
        }
        // Only the marker proves a folder is ours: a folder that merely looks like a site (index.html,
        // assets/, 2017/results.json) may hold the user's own files below its top level.
        if entries.isEmpty || SiteMarker.isMarked(resolved) {
            return resolved
        }
        throw refuse("输出文件夹 \(output) 不是空的，也不是本工具生成的网站（没有 \(SiteMarker.fileName) 标记文件），生成网站会整个替换它，为安全起见拒绝覆盖；请换一个不存在的或空的输出文件夹，或先把其中要保留的文件移走、清空它后再生成")
    }
}
