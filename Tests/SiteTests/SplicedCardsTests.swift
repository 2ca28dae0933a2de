import Testing
@testable import Site

/// A booklet's scorecards spliced (`SplicedCards`): rendered one by one, or copied from the bytes
/// an earlier render gave them, the page is byte for byte the page rendered as usual; and a
/// template that uses the cards in any other way than one section is not spliced at all.
@Suite struct SplicedCardsTests {
    struct Card: TemplateFields {
        let name: String
        let count: Int
        static let templateFields: [String: TemplateAccessor<Card>] = ["name": { $0.name }, "count": { $0.count }]
    }

    /// The page around the cards: `cards` is a list of views, or `SplicedCards`.
    struct Page: TemplateFields {
        let title: String
        let cards: any TemplateValue
        static let templateFields: [String: TemplateAccessor<Page>] = ["title": { $0.title }, "cards": { $0.cards }]
    }

    static let cards = [Card(name: "甲<", count: 1), Card(name: "", count: 0), Card(name: "丙\n丁", count: 30)]

    /// Standalone partials and sections at several depths, so indentation is inserted before,
    /// inside and after the cards.
    static let indented = [
        "main": "<h1>{{title}}</h1>\n<div>\n  {{>list}}\n</div>\n",
        "list": "<ol>\n{{#cards}}\n  {{>card}}\n{{/cards}}\n</ol>\n",
        "card": "<li>\n  {{name}}\n  {{#count}}<b>{{.}}</b>{{/count}}\n</li>\n",
    ]

    @Test(arguments: [indented, ["main": "{{title}}{{#cards}}[{{name}}|{{title}}]{{/cards}}end"],
                      ["main": "{{#cards}}{{/cards}}", "card": ""]])
    func splicedCardsGiveThePageRenderedAsUsual(templates: [String: String]) throws {
        let library = try TemplateLibrary(texts: templates)
        let expected = library.render(Page(title: "题", cards: Self.cards), template: "main")
        #expect(expected == library.referenceRender(Page(title: "题", cards: Self.cards), template: "main"))

        let views = SplicedCards(cards: Self.cards.map { .view($0) })
        let first = try #require(library.renderSpliced(Page(title: "题", cards: views), cards: 3, template: "main"))
        #expect(first.bytes == expected)
        #expect(first.pieces.count == 3)

        // Each card's bytes alone, copied in every combination with the others rendered.
        for mask in 0..<8 {
            let mixed = SplicedCards(cards: Self.cards.indices.map { index in
                mask & (1 << index) != 0 ? .rendered(first.bytes[first.pieces[index]]) : .view(Self.cards[index])
            })
            let again = try #require(library.renderSpliced(Page(title: "题", cards: mixed), cards: 3, template: "main"))
            #expect(again.bytes == expected, "mask \(mask)")
            #expect(again.pieces == first.pieces)
        }
    }

    /// The pieces are each card's own bytes: a card rendered alone, at the same depth, gives them.
    @Test func eachPieceIsItsCardsBytes() throws {
        let library = try TemplateLibrary(texts: Self.indented)
        let rendered = try #require(library.renderSpliced(
            Page(title: "题", cards: SplicedCards(cards: Self.cards.map { .view($0) })), cards: 3, template: "main"))
        for (index, card) in Self.cards.enumerated() {
            let alone = library.render(Page(title: "题", cards: [card]), template: "main")
            let single = try #require(library.renderSpliced(
                Page(title: "题", cards: SplicedCards(cards: [.view(card)])), cards: 1, template: "main"))
            #expect(Array(rendered.bytes[rendered.pieces[index]]) == Array(single.bytes[single.pieces[0]]))
            #expect(single.bytes == alone)
        }
    }

    /// Printed, used twice, looked into, inverted, or used inside a card (which could then print
    /// the others): not spliced; the caller renders the page as usual.
    @Test(arguments: [
        "{{cards}}", "{{{cards}}}", "{{#cards}}a{{/cards}}{{#cards}}b{{/cards}}", "{{#cards}}{{#cards}}x{{/cards}}{{/cards}}",
        "{{#cards}}{{cards.count}}{{/cards}}", "{{cards.count}}", "{{^cards}}none{{/cards}}", "no cards at all",
    ])
    func anyOtherUseOfTheCardsIsNotSpliced(main: String) throws {
        let library = try TemplateLibrary(texts: ["main": main])
        let cards = SplicedCards(cards: Self.cards.map { .view($0) })
        #expect(library.renderSpliced(Page(title: "题", cards: cards), cards: 3, template: "main") == nil)
    }

    /// A template left to swift-mustache is never spliced.
    @Test func aTemplateLeftToSwiftMustacheIsNotSpliced() throws {
        let library = try TemplateLibrary(texts: ["main": "{{#cards}}{{name(first)}}{{/cards}}"])
        #expect(library.compiled["main"] == nil)
        let cards = SplicedCards(cards: Self.cards.map { .view($0) })
        #expect(library.renderSpliced(Page(title: "题", cards: cards), cards: 3, template: "main") == nil)
    }
}
