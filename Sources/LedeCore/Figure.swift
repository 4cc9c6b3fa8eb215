/// A photo or illustration of the article, with what the page says about it.
///
/// ```swift
/// let photo = Figure(image: "https://…/kittiwake.jpg", caption: "Volunteers paint the deck rail", credit: "Jonas Lind")
/// ```
public struct Figure: Sendable, Codable, Equatable, Hashable {
    /// Absolute image URL, when known (scraped text copies have none).
    public var image: String?
    public var caption: String?
    /// Photographer or agency, without the surrounding parentheses: `AP Photo/Michal Dyjuk`.
    public var credit: String?

    public init(image: String? = nil, caption: String? = nil, credit: String? = nil) {
        self.image = image
        self.caption = caption
        self.credit = credit
    }
}
