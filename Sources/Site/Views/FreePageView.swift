/// `pages/NAME.html`: a free Markdown page.
struct FreePageView {
    let title: String
    let html: String
}

// Field tables for the templates (see TemplateFields).

extension FreePageView: TemplateFields {
    static let templateFields: [String: TemplateAccessor<FreePageView>] = [
        "title": { $0.title },
        "html": { $0.html },
    ]
}
