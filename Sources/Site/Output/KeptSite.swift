import Foundation
import Records

/// The site a build replaced, kept in the project's cache (`.qunfang-cache/site.1a2b….kept`,
/// with its manifest) so the next build of the same output updates it in place instead of
/// making a whole new tree: double buffering. The next build takes the kept site as its stage,
/// changes only the files that differ from it, and exchanges it with the live site in one
/// step, which then becomes the kept site in turn. A rebuild after a small edit so touches a
/// handful of files, not the 50,000 links and unlinks a new tree of a large site would cost
/// (docs/performance.md, “How a rebuild avoids work”), and the swap stays atomic.
///
/// The kept site holds only what the published pages held (docs/safety.md §7); its folder is
/// mode 0700 while it is in the cache. It is used only when it is provably ours and listed in
/// full: a marked folder with a manifest of this version naming every file and its stamp, the
/// stamps checked file by file before a file is trusted. Anything else is deleted and the build
/// starts from an empty stage, as a first build does. When the cache is on another file system
/// than the output (a folder cannot be renamed across) nothing is kept.
struct KeptSite {
    let cache: CacheFolder
    /// The resolved output folder the kept site belongs to.
    let output: String

    var folder: String { cache.keptSiteFolder(forOutput: output) }
    var manifestFile: String { cache.keptManifestFile(forOutput: output) }

    /// Moves the kept site into `stage` (an empty folder beside the output) and returns what it
    /// holds; nil, with the stage left empty, when there is no usable kept site. The manifest is
    /// removed first: from now on the folder is being changed.
    func take(into stage: String) -> RenderManifest? {
        guard OutputPath.isPlainDirectory(folder) else { return nil }
        let listing = RenderManifest.load(file: manifestFile)
        cache.remove(manifestFile)
        guard !listing.isEmpty, listing.output == output, SiteMarker.isMarked(folder),
              rename(folder, stage) == 0 else {
            try? FileManager.default.removeItem(atPath: folder)
            return nil
        }
        chmod(stage, 0o755)
        return listing
    }

    /// The live site's manifest, set aside before the swap: after it, the manifest describes
    /// the replaced site, which becomes the kept one.
    var pendingManifestFile: String { manifestFile + ".pending" }

    /// Before the swap: moves the live site's manifest (`RenderManifest`) out of the way, so it
    /// never describes the new site, to where `keep` makes it the kept site's.
    func setAsideManifest() {
        rename(cache.manifestFile(forOutput: output), pendingManifestFile)
    }

    /// Keeps `replaced` (the site just replaced, listed by `listing`, its manifest set aside) for
    /// the next build; false when it cannot be kept (no listing, the cache unusable or on
    /// another file system), and the caller deletes it.
    func keep(_ replaced: String, listing: RenderManifest) -> Bool {
        guard !listing.isEmpty, listing.output == output, cache.prepared() else {
            cache.remove(pendingManifestFile)
            return false
        }
        if OutputPath.kind(of: folder) != .missing { try? FileManager.default.removeItem(atPath: folder) }
        guard rename(replaced, folder) == 0 else {
            cache.remove(pendingManifestFile)
            return false
        }
        chmod(folder, 0o700)
        guard rename(pendingManifestFile, manifestFile) == 0 else {
            try? FileManager.default.removeItem(atPath: folder)
            return false
        }
        return true
    }

    /// Deletes the kept sites of outputs that are no longer there (a site built once into a
    /// folder since deleted), so the cache does not keep copies nobody will update.
    static func prune(_ cache: CacheFolder) {
        let suffix = ".kept.manifest"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: cache.path)) ?? []
        for name in names where name.hasSuffix(suffix) {
            let manifest = cache.path + "/" + name
            guard let output = RenderManifest.output(inFile: manifest),
                  OutputPath.kind(of: output) == .missing else { continue }
            let kept = KeptSite(cache: cache, output: output)
            guard kept.manifestFile == manifest else { continue }
            cache.remove(manifest)
            if OutputPath.isPlainDirectory(kept.folder) { try? FileManager.default.removeItem(atPath: kept.folder) }
        }
    }
}
