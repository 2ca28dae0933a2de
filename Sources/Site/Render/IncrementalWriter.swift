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

    /// What was found out about each file (by its index in `renderer.files`) before placing
    /// it (`check`); nil finds it out as each file is placed.
    var known: [Check]?

    /// A file's inputs and where a file made from them is, as `check` found them.
    struct Check: Sendable {
        /// The fingerprint of the file's inputs; nil when its view is fingerprinted.
        let inputs: String?
        let reusable: Reusable
    }

    /// Where a file made from the same inputs is, still as written.
    enum Reusable: Sendable {
        /// In the stage (the kept site): nothing to do.
        case inStage
        /// In the previous site: to be linked.
        case inPrevious
        /// Nowhere: the file must be made.
        case no
    }

    /// Places file number `index` of `files` (`renderer.files`).
    func place(_ index: Int, of files: [SiteRenderer.File]) throws {
        let file = files[index]
        let path = renderer.path(of: file).value
        if let check = known?[index], let inputs = check.inputs, case .inStage = check.reusable,
           let stamp = stage.base.entries[path]?.stamp {
            stage.keepChecked(path)
            manifest.record(path, fingerprint: inputs, stamp: stamp)
            return
        }
        if let inputs = known.map({ $0[index].inputs }) ?? renderer.inputs(of: file)?.hex {
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

    /// Takes `file`'s inputs and finds whether a file made from them is in the stage or the
    /// previous site, still as written (a file whose view is fingerprinted is never reusable
    /// here). Changes nothing.
    func check(_ file: SiteRenderer.File) -> Check {
        guard let inputs = renderer.inputs(of: file)?.hex else { return Check(inputs: nil, reusable: .no) }
        let path = renderer.path(of: file).value
        if let kept = stage.base.entries[path], kept.fingerprint == inputs,
           RenderManifest.Stamp(path: stage.folder + "/" + path) == kept.stamp {
            return Check(inputs: inputs, reusable: .inStage)
        }
        guard let previousSite = stage.previous, let old = previous.entries[path], old.fingerprint == inputs,
              RenderManifest.Stamp(path: previousSite + "/" + path) == old.stamp else { return Check(inputs: inputs, reusable: .no) }
        return Check(inputs: inputs, reusable: .inPrevious)
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
