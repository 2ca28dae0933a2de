import Testing
@testable import Preview

struct ContentTypeTests {
    @Test(arguments: [
        ("index.html", "text/html; charset=utf-8"),
        ("2017/c/hutang.HTML", "text/html; charset=utf-8"),
        ("assets/site.css", "text/css; charset=utf-8"),
        ("assets/chart.svg", "image/svg+xml"),
        ("assets/app.js", "text/javascript; charset=utf-8"),
        ("2017/results.json", "application/json; charset=utf-8"),
        ("2017/results.csv", "text/csv; charset=utf-8"),
        ("2017/archive", "application/octet-stream"),
        (".hidden", "application/octet-stream"),
    ])
    func typeByExtension(path: String, expected: String) {
        #expect(ContentType.forPath(path) == expected)
    }

    @Test func onlyHTMLGetsTheScript() {
        #expect(ContentType.isHTML(ContentType.forPath("a.html")))
        #expect(!ContentType.isHTML(ContentType.forPath("a.css")))
        #expect(!ContentType.isHTML(ContentType.forPath("a.svg")))
    }
}
