/// Puts each file of the site into the stage: the stage's own file (the kept site's) left as it
/// is, or the previous build's file hard-linked, when the page's fingerprint (from its inputs, or
/// else from its view) matches that file's manifest and the file is still the one written then;
/// otherwise the file made again and written. Used from
/// every core at once: each call touches only its own file.
struct IncrementalWriter: Sendable {
    let renderer: SiteRenderer
    let stage: StagedSite
    /// The previous build's manifest (empty for a first build).
    let previous: RenderManifest
    /// This build's manifest, filled as files are placed.
    let manifest = ManifestRecorder()
    /// How many files were made (rendered, or generated like the results files).
    let made = Tally()

    /// The fingerprints of the files' inputs (by the index in `renderer.files`) when they were
    /// taken already, by `isStale`; nil takes them as each file is placed.
    var knownInputs: [String?]?

    /// Places file number `index` of `renderer.files`.
    func place(_ index: Int, of files: [SiteRenderer.File]) throws {
        let file = files[index]
        let path = renderer.path(of: file).value
        if let inputs = knownInputs.map({ $0[index] }) ?? renderer.inputs(of: file)?.hex {
            if try !reused(path, inputs) { try write(path, renderer.render(file).bytes, fingerprint: inputs) }
            return
        }
        switch renderer.rendering(of: file) {
        case .page(let template, let context):
            let fingerprint = renderer.fingerprint(template: template, context: context).hex
            if try !reused(path, fingerprint) {
                try write(path, renderer.bytes(of: .page(template: template, context: context)), fingerprint: fingerprint)
            }
        case .bytes(let bytes):
            try stage.put(SiteFile(path: SitePath(path), bytes: bytes))
            manifest.record(path, fingerprint: RenderManifest.unfingerprinted, stamp: stage.stamp(of: path))
        }
    }

    /// Whether `file`, whose inputs have the fingerprint `inputs`, must be made again: it has no
    /// inputs (its view is fingerprinted), or no
    /// file of the stage or the previous site was made from the same inputs and is still as
    /// written. Changes nothing.
    func isStale(_ file: SiteRenderer.File, inputs: String?) -> Bool {
        guard let inputs else { return true }
        let path = renderer.path(of: file).value
        if let kept = stage.base.entries[path], kept.fingerprint == inputs,
           RenderManifest.Stamp(path: stage.folder + "/" + path) == kept.stamp {
            return false
        }
        guard let previousSite = stage.previous, let old = previous.entries[path], old.fingerprint == inputs else { return true }
        return RenderManifest.Stamp(path: previousSite + "/" + path) != old.stamp
    }

    /// Keeps the stage's file, or links the previous site's, when it was made from
    /// `fingerprint` too and is still as written.
    private func reused(_ path: String, _ fingerprint: String) throws -> Bool {
        if let kept = stage.base.entries[path], kept.fingerprint == fingerprint, stage.keep(path, ifStill: kept.stamp) {
            manifest.record(path, fingerprint: fingerprint, stamp: kept.stamp)
            return true
        }
        guard let old = previous.entries[path], old.fingerprint == fingerprint,
              try stage.linkPrevious(path, ifStill: old.stamp) else { return false }
        manifest.record(path, fingerprint: fingerprint, stamp: old.stamp)
        return true
    }

    private func write(_ path: String, _ bytes: [UInt8], fingerprint: String) throws {
        made.add()
        try stage.put(SiteFile(path: SitePath(path), bytes: bytes))
        manifest.record(path, fingerprint: fingerprint, stamp: stage.stamp(of: path))
    }
}
