/// A news article as Lede reads it: metadata, the body as blocks, and everything it dropped.
///
/// ```swift
/// let article = try ArticleReader().read(bytes, contentType: "text/html", url: "https://courier.example/a")
/// print(article.title)
/// for case .paragraph(let text) in article.blocks { print(text) }
/// for piece in article.removed { print(piece.reason, piece.text) }
/// ```
///
/// This is the JSON contract of `lede read --format json` (see README, "The Article format").
public struct Article: Sendable, Codable, Equatable {
    /// Canonical URL when the page names one, else the URL it was fetched from.
    public var url: String?
    public var title: String
    public var subtitle: String?
    public var authors: [String]
    /// ISO 8601 (`2022-05-20` or `2022-05-20T14:03:00Z`).
    public var published: String?
    public var modified: String?
    public var publisher: String?
    /// BCP 47 language tag (`en`, `en-US`).
    public var language: String?
    /// Lead image URL.
    public var image: String?
    public var blocks: [Block]
    /// Every piece that was dropped, with the reason, so nothing disappears silently.
    public var removed: [Removal]

    public init(url: String? = nil, title: String = "", subtitle: String? = nil, authors: [String] = [],
                published: String? = nil, modified: String? = nil, publisher: String? = nil,
                language: String? = nil, image: String? = nil, blocks: [Block] = [], removed: [Removal] = []) {
        self.url = url
        self.title = title
        self.subtitle = subtitle
        self.authors = authors
        self.published = published
        self.modified = modified
        self.publisher = publisher
        self.language = language
        self.image = image
        self.blocks = blocks
        self.removed = removed
    }
}

extension Article {
    /// The figures of the body, in order.
    public var figures: [Figure] {
        blocks.compactMap { if case .figure(let f) = $0 { return f } else { return nil } }
    }

    /// The text blocks of the body (no figures), in order, with their index in `blocks`.
    public var textBlocks: [(index: Int, text: String)] {
        blocks.enumerated().compactMap { i, b in b.text.map { (i, $0) } }
    }

    /// The body as plain text: text blocks separated by blank lines (figures left out).
    public var bodyText: String {
        textBlocks.map(\.text).joined(separator: "\n\n")
    }
}
