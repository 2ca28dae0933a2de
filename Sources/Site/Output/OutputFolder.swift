import Foundation

/// The resolved output folder and the names a build uses beside it: the lock file
/// `.site.lock`, stages `site.tmp-XXXXXX` and (where folders cannot be exchanged in one step)
/// the moved-aside previous site `site.old-XXXXXX`.
struct OutputFolder {
    /// Absolute and resolved (`OutputPath.resolve`).
    let path: String

    var parent: String { OutputPath.parent(of: path) }
    var name: String { String(path[path.index(after: path.lastIndex(of: "/")!)...]) }
    var lockFile: String { sibling("." + name + ".lock") }
    var stagePrefix: String { sibling(name + ".tmp-") }
    var asidePrefix: String { sibling(name + ".old-") }

    private func sibling(_ name: String) -> String { parent == "/" ? "/" + name : parent + "/" + name }

    /// Removes what killed builds left beside the output, only what is provably theirs: folders
    /// named like a stage or an aside that hold the site marker, or are empty. A moved-aside site
    /// whose build died before the new one arrived is first put back in place. Call under the lock.
    func cleanLeftovers() {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? []).sorted()
        let leftovers = names.filter { isLeftoverName($0, prefix: name + ".tmp-") || isLeftoverName($0, prefix: name + ".old-") }
        for leftover in leftovers {
            let full = sibling(leftover)
            guard OutputPath.isPlainDirectory(full) else { continue }
            if leftover.hasPrefix(name + ".old-"), OutputPath.kind(of: path) == .missing, SiteMarker.isMarked(full),
               rename(full, path) == 0 {
                continue
            }
            if SiteMarker.isMarked(full) {
                try? FileManager.default.removeItem(atPath: full)
            } else {
                rmdir(full)   // succeeds only when empty: a stage killed before its marker was written
            }
        }
    }

    private func isLeftoverName(_ candidate: String, prefix: String) -> Bool {
        candidate.hasPrefix(prefix) && candidate.count == prefix.count + 6
    }
}
