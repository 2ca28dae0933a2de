/// A booklet's scorecards as `TemplateRenderer` prints them one by one: each either a view to
/// render with the section's body, or bytes that rendering it gave in an earlier build, copied
/// as they are (`TemplateLibrary.renderSpliced`). Only qunfang's renderer knows this value: it
/// must be the subject of exactly one `{{#…}}` section of the page, met outside any of its own
/// cards (otherwise a card could print the others); any other use gives up splicing and the page
/// is rendered as usual.
struct SplicedCards: TemplateValue {
    enum Card {
        case view(Any)
        case rendered(ArraySlice<UInt8>)
    }

    let cards: [Card]
}
