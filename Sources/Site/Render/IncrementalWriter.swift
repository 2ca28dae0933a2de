/// Puts each file of the site into the stage: the stage's own file (the kept site's) left as it
/// is, or the previous build's file hard-linked, when the page's fingerprint (from its inputs, or
/// else from its view) matches that file's manifest and the file is still the one written then;
/// otherwise the file made again and written. A booklet made again copies each scorecard whose
/// inputs did not change from the file the previous build wrote, as the render manifest places
/// it there (`RenderManifest.Pieces`), and renders only the others (`Booklet`). Used from
/// every core at once: each call touches only its own file.
struct IncrementalWriter: Sendable {
    let renderer: SiteRenderer
    let stage: StagedSite
    /// The previous build's manifest (empty for a first build).
    let previous: RenderManifest
    /// This build's manifest, filled as files are placed.
    let manifest: ManifestRecorder
    /// How many files were made (rendered, or generated like the results files).
    let made = Tally()
    /// How many scorecards of booklets made again were copied from their old files, not rendered.
    let copied = Tally()

    /// What was found out about each file (by its index in `renderer.files`) before placing
    /// it (`check`); nil finds it out as each file is placed.
    var known: [Check]?

    /// A writer of the `count` files of `renderer.files` into `stage`.
    init(renderer: SiteRenderer, stage: StagedSite, previous: RenderManifest, count: Int) {
        self.renderer = renderer
        self.stage = stage
        self.previous = previous
        manifest = ManifestRecorder(count: Self.position(ofFile: count))
    }

    /// Where the site marker is listed in the manifest: first, as it is placed first.
    static let markerPosition = 0

    /// Where file number `index` of `renderer.files` is listed in the manifest: after the
    /// marker, in the order of the files. A build of the same site so finds each file of the
    /// previous build's manifest, and the kept site's, at its own position (`RenderManifest.entry(_:at:)`).
    static func position(ofFile index: Int) -> Int { index + 1 }

    /// A file's inputs and where a file made from them is, as `check` found them.
    struct Check: Sendable {
        /// Where the file goes in the site (`SitePath.value`).
        let path: String
        /// The fingerprint of the file's inputs; nil when its view is fingerprinted.
        let inputs: Fingerprint?
        let reusable: Reusable
        /// For a booklet to be made again: which of its scorecards can be copied.
        var splice: Splice? = nil
    }

    /// A booklet to be made again, and where the bytes of its scorecards that did not change are.
    struct Splice: Sendable {
        /// `SiteRenderer.bookletInputs`: the page's frame and each scorecard's key, in order.
        let frame: Fingerprint
        let keys: [Fingerprint]
        /// The file the previous build wrote, still as written then: its path and stamp.
        let source: (path: String, stamp: RenderManifest.Stamp)?
        /// For each scorecard, its bytes in `source`; nil for one to render.
        let reused: [Range<Int>?]

        /// The positions (in the booklet's entries) of the scorecards to render.
        var rendered: [Int] { reused.indices.filter { reused[$0] == nil } }
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
        let position = Self.position(ofFile: index)
        let path = known?[index].path ?? renderer.path(of: file).value
        if let check = known?[index], let inputs = check.inputs, case .inStage = check.reusable,
           let kept = stage.base.entry(path, at: position) {
            stage.keepChecked(path)
            manifest.record(at: position, path, fingerprint: inputs, stamp: kept.stamp, pieces: kept.pieces)
            return
        }
        if let inputs = known.map({ $0[index].inputs }) ?? renderer.inputs(of: file) {
            guard try !reused(path, at: position, inputs) else { return }
            if let booklet = file as? any BookletKind,
               let splice = known?[index].splice ?? splicePlan(booklet, at: path, position: position) {
                try writeSpliced(booklet, at: path, position: position, splice, fingerprint: inputs)
            } else {
                try write(path, at: position, try render(file), fingerprint: inputs)
            }
            return
        }
        switch renderer.rendering(of: file) {
        case .page(let template, let context):
            let fingerprint = renderer.fingerprint(template: template, context: context)
            if try !reused(path, at: position, fingerprint) {
                try write(path, at: position, renderer.bytes(of: .page(template: template, context: context)),
                          fingerprint: fingerprint)
            }
        case .bytes(let bytes):
            try stage.put(SiteFile(path: SitePath(path), bytes: bytes), at: position)
            manifest.record(at: position, path, fingerprint: RenderManifest.unfingerprinted, stamp: stage.stamp(of: path))
        }
    }

    /// Takes `file`'s inputs and finds whether a file made from them is in the stage or the
    /// previous site, still as written (a file whose view is fingerprinted is never reusable
    /// here). Changes nothing.
    func check(_ index: Int, of files: [SiteRenderer.File]) -> Check {
        let file = files[index]
        let position = Self.position(ofFile: index)
        let path = renderer.path(of: file).value
        guard let inputs = renderer.inputs(of: file) else { return Check(path: path, inputs: nil, reusable: .no) }
        if let kept = stage.base.entry(path, at: position), kept.fingerprint == inputs, stage.stamp(of: path) == kept.stamp {
            return Check(path: path, inputs: inputs, reusable: .inStage)
        }
        guard let old = previous.entry(path, at: position), old.fingerprint == inputs,
              stage.previousStamp(of: path) == old.stamp else {
            return Check(path: path, inputs: inputs, reusable: .no,
                         splice: (file as? any BookletKind).flatMap { splicePlan($0, at: path, position: position) })
        }
        return Check(path: path, inputs: inputs, reusable: .inPrevious)
    }

    /// What of booklet `file` at `path` can be copied from the file the previous build wrote
    /// there (the stage's, or else the live site's), when that file is still as written and
    /// its page around the scorecards is made of the same; nil for a file that is not a booklet.
    func splicePlan(_ file: any BookletKind, at path: String, position: Int) -> Splice? {
        guard let booklet = file.booklet(in: renderer), let inputs = renderer.bookletInputs(booklet) else { return nil }
        let frame = inputs.frame
        let keys = inputs.cards
        var source: (path: String, stamp: RenderManifest.Stamp, pieces: RenderManifest.Pieces)?
        if let kept = stage.base.entry(path, at: position), let pieces = kept.pieces, pieces.frame == frame,
           stage.stamp(of: path) == kept.stamp {
            source = (stage.folder + "/" + path, kept.stamp, pieces)
        } else if let previousSite = stage.previous, let old = previous.entry(path, at: position), let pieces = old.pieces,
                  pieces.frame == frame, stage.previousStamp(of: path) == old.stamp {
            source = (previousSite + "/" + path, old.stamp, pieces)
        }
        guard let source else { return Splice(frame: frame, keys: keys, source: nil, reused: keys.map { _ in nil }) }
        let ranges = source.pieces.byKey
        let reused = keys.map { key in ranges[key].flatMap { $0.upperBound <= source.stamp.size ? $0 : nil } }
        return Splice(frame: frame, keys: keys, source: (source.path, source.stamp), reused: reused)
    }

    /// Keeps the stage's file, or links the previous site's, when it was made from
    /// `fingerprint` too and is still as written.
    private func reused(_ path: String, at position: Int, _ fingerprint: Fingerprint) throws -> Bool {
        if let kept = stage.base.entry(path, at: position), kept.fingerprint == fingerprint, stage.keep(path, ifStill: kept.stamp) {
            manifest.record(at: position, path, fingerprint: fingerprint, stamp: kept.stamp, pieces: kept.pieces)
            return true
        }
        guard let old = previous.entry(path, at: position), old.fingerprint == fingerprint,
              try stage.linkPrevious(path, ifStill: old.stamp) else { return false }
        manifest.record(at: position, path, fingerprint: fingerprint, stamp: old.stamp, pieces: old.pieces)
        return true
    }

    /// Makes booklet `file` again: the scorecards `splice` found unchanged copied from the old
    /// file, the others rendered, and where each one is noted in the manifest for the next build.
    private func writeSpliced(_ file: any BookletKind, at path: String, position: Int, _ splice: Splice,
                              fingerprint: Fingerprint) throws {
        guard let booklet = file.booklet(in: renderer) else {
            return try write(path, at: position, try render(file), fingerprint: fingerprint)
        }
        var old: [UInt8]?
        if let source = splice.source, splice.reused.contains(where: { $0 != nil }) {
            old = RenderManifest.Stamp.contents(of: source.path, ifStill: source.stamp)
        }
        let year = renderer.years[booklet.yearIndex].content
        var cards: [SplicedCards.Card] = []
        cards.reserveCapacity(booklet.entries.count)
        for (position, entry) in booklet.entries.enumerated() {
            if let old, let range = splice.reused[position] {
                cards.append(.rendered(old[range]))
            } else {
                // Planned to be copied, but the old file changed meanwhile: the record is not here in full.
                guard year.deferred[year.records.communities[entry].slug] == nil else { throw DeferredRecords.Unavailable() }
                cards.append(.view(file.scorecard(entry, of: booklet, in: renderer)))
            }
        }
        guard case .page(let template, let context) = file.rendering(of: booklet, in: renderer, cards: SplicedCards(cards: cards)),
              let (bytes, pieces) = renderer.theme.renderSpliced(context, cards: cards.count, template: template) else {
            // A theme that does not print the scorecards once, as a section: rendered as usual.
            return try write(path, at: position, try render(file), fingerprint: fingerprint)
        }
        made.add()
        copied.add(cards.count { if case .rendered = $0 { true } else { false } })
        try stage.put(SiteFile(path: SitePath(path), bytes: bytes), at: position)
        let listed = RenderManifest.Pieces(frame: splice.frame, pieces: zip(splice.keys, pieces).map {
            RenderManifest.Pieces.Piece(key: $0, bytes: $1)
        })
        manifest.record(at: position, path, fingerprint: fingerprint, stamp: stage.stamp(of: path), pieces: listed)
    }

    /// `file` rendered; refused when it prints a community whose record is not here in full (a
    /// file found reusable when it was checked, then changed before it was placed).
    private func render(_ file: SiteRenderer.File) throws -> [UInt8] {
        if let (y, communities) = file.records(in: renderer) {
            let year = renderer.years[y].content
            if !year.deferred.isEmpty,
               communities.contains(where: { year.deferred[year.records.communities[$0].slug] != nil }) {
                throw DeferredRecords.Unavailable()
            }
        }
        return renderer.render(file).bytes
    }

    private func write(_ path: String, at position: Int, _ bytes: [UInt8], fingerprint: Fingerprint) throws {
        made.add()
        try stage.put(SiteFile(path: SitePath(path), bytes: bytes), at: position)
        manifest.record(at: position, path, fingerprint: fingerprint, stamp: stage.stamp(of: path))
    }
}
