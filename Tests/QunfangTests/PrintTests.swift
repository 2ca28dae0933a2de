import Foundation
import Testing
import TestSupport

/// Whether headless Chromium and poppler's pdftotext are installed.
enum PrintTools {
    static let exist = ["/usr/bin/chromium", "/usr/bin/pdftotext"].allSatisfy(FileManager.default.isExecutableFile)
}

/// Every printable page prints within A4's printable area, and no heading is left alone at the
/// foot of a page with its table on the next: the sample site is printed with headless Chromium
/// and each PDF page's words are located with `pdftotext -bbox`. Runs where chromium and
/// poppler-utils are installed (`.ci/run` installs them); skipped elsewhere.
@Suite(.enabled(if: PrintTools.exist, "needs chromium and pdftotext"))
struct PrintTests {
    /// A4 in points, and the print margins of themes/default/assets/print.css (15 mm, left 25 mm).
    static let page = (width: 595.3, height: 841.9)
    static let margins = (top: 42.5, right: 42.5, bottom: 42.5, left: 70.9)

    /// The sample site, built once.
    static let site: Result<String, Error> = Result {
        let folder = TemporaryFolder("print")
        let outcome = try Harness.run(Harness.buildArguments(content: Harness.packageRoot + "/content", output: folder.path("site")),
                                      in: folder.path)
        guard outcome.status == 0 else { throw PrintError("build failed: \(outcome.stderr)") }
        return folder.path("site")
    }

    struct PrintError: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }

    struct Word { let page: Int; let xMin: Double; let yMin: Double; let xMax: Double; let yMax: Double; let text: String }

    /// The words of `pdf`, page by page, from `pdftotext -bbox`.
    static func words(_ pdf: String) throws -> [Word] {
        let outcome = try ChildProcess.run("/usr/bin/pdftotext", ["-bbox", pdf, "-"], in: "/")
        var words: [Word] = []
        var page = 0
        for line in outcome.stdout.split(separator: "\n") {
            if line.contains("<page ") { page += 1; continue }
            guard line.contains("<word ") else { continue }
            func number(_ name: String) -> Double {
                guard let range = line.range(of: name + "=\"") else { return 0 }
                return Double(line[range.upperBound...].prefix { $0 != "\"" }) ?? 0
            }
            let text = line.split(separator: ">", maxSplits: 1).last.map { String($0.prefix { $0 != "<" }) } ?? ""
            words.append(Word(page: page, xMin: number("xMin"), yMin: number("yMin"), xMax: number("xMax"),
                              yMax: number("yMax"), text: text))
        }
        return words
    }

    /// The text of the `h2` and `h3` headings of an HTML page, without tags or spaces.
    static func headings(_ html: String) -> Set<String> {
        var found: Set<String> = []
        for tag in ["h2", "h3"] {
            for part in html.components(separatedBy: "<\(tag)").dropFirst() {
                guard let start = part.firstIndex(of: ">"), let end = part.range(of: "</\(tag)>") else { continue }
                var text = String(part[part.index(after: start)..<end.lowerBound])
                while let open = text.firstIndex(of: "<"), let close = text[open...].firstIndex(of: ">") {
                    text.removeSubrange(open...close)
                }
                let squeezed = text.filter { !$0.isWhitespace }
                if !squeezed.isEmpty { found.insert(squeezed) }
            }
        }
        return found
    }

    @Test(arguments: ["index.html", "pages/about.html", "2017/index.html", "2017/q4.html", "2017/q1.html", "2017/subsidy.html",
                      "2017/c/hutang.html", "2017/c/hutang/q1.html", "2017/rules.html", "2017/forms.html",
                      "2017/scorecards.html", "2017/scorecards-q2.html"])
    func printsWithinTheMarginsWithNoHeadingAloneAtAPageFoot(page: String) throws {
        let site = try Self.site.get()
        let output = TemporaryFolder("print-pdf")
        defer { output.remove() }
        let pdf = output.path("page.pdf")
        let chromium = try ChildProcess.run("/usr/bin/chromium", [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
            "--print-to-pdf=\(pdf)", "file://\(site)/\(page)",
        ], in: output.path)
        #expect(FileManager.default.fileExists(atPath: pdf), "\(chromium.stderr)")
        let words = try Self.words(pdf)
        #expect(!words.isEmpty)
        let tolerance = 2.0
        for word in words {
            #expect(word.xMin >= Self.margins.left - tolerance && word.xMax <= Self.page.width - Self.margins.right + tolerance,
                    "\(page) p.\(word.page): “\(word.text)” at x \(word.xMin)–\(word.xMax) is outside the printable width")
            // pdftotext's boxes are the font's whole line height, a few points below the glyphs.
            #expect(word.yMax <= Self.page.height - Self.margins.bottom + 3 * tolerance,
                    "\(page) p.\(word.page): “\(word.text)” below the printable area")
        }
        // The last line of each page but the last must not be a heading.
        let headings = Self.headings(try String(contentsOfFile: site + "/" + page, encoding: .utf8))
        let pages = Set(words.map(\.page))
        for number in pages.sorted().dropLast() {
            let onPage = words.filter { $0.page == number }
            guard let bottom = onPage.map(\.yMin).max() else { continue }
            let last = onPage.filter { abs($0.yMin - bottom) < 3 }.sorted { $0.xMin < $1.xMin }.map(\.text).joined()
            #expect(!headings.contains(last), "\(page) p.\(number): the heading “\(last)” is alone at the foot of the page")
        }
    }
}
