import Foundation
import TestSupport

/// Two small contents (5 generated communities; B differs from A only in its site title) and
/// the sites they build, made once per test run and shared read-only by the process tests.
struct SampleSites: Sendable {
    let contentA: String
    let contentB: String
    let siteA: [String: [UInt8]]
    let siteB: [String: [UInt8]]
    /// Where the built site A lies, to copy as "the previous site".
    let builtA: String

    static let shared: SampleSites? = try? make()

    static func make() throws -> SampleSites {
        let root = TemporaryFolder("process").path
        let contentA = root + "/content-a"
        let contentB = root + "/content-b"
        let generator = try ChildProcess(Harness.binary("qunfang-sample"), ["--communities", "5", contentA], in: root)
        guard generator.finish() == 0 else { throw SetupError("qunfang-sample failed: \(generator.stderr)") }
        try FileManager.default.copyItem(atPath: contentA, toPath: contentB)
        let siteYAML = contentB + "/site.yaml"
        let text = try String(contentsOfFile: siteYAML, encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasPrefix("标题:") ? "标题: 第二次生成的网站" : String($0) }
        try lines.joined(separator: "\n").write(toFile: siteYAML, atomically: true, encoding: .utf8)
        var sites: [[String: [UInt8]]] = []
        for (content, name) in [(contentA, "a"), (contentB, "b")] {
            let output = root + "/built-" + name + "/site"
            let result = try Harness.run(Harness.buildArguments(content: content, output: output), in: root)
            guard result.status == 0 else { throw SetupError("build failed: \(result.stderr)") }
            sites.append(FolderSnapshot.of(output))
        }
        guard sites[0] != sites[1] else { throw SetupError("sites A and B are the same") }
        return SampleSites(contentA: contentA, contentB: contentB, siteA: sites[0], siteB: sites[1],
                           builtA: root + "/built-a/site")
    }

    /// A fresh folder `T` with site A copied to `T/out/site`; returns `T`.
    func folderWithSiteA() throws -> String {
        let folder = TemporaryFolder("process").path
        try FileManager.default.createDirectory(atPath: folder + "/out", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: builtA, toPath: folder + "/out/site")
        return folder
    }

    struct SetupError: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }
}
