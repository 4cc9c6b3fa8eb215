/// A piece of the page that Lede dropped, and why.
///
/// ```swift
/// let dropped = Removal(reason: .promo, text: "CLICK HERE TO SUBSCRIBE", detail: "newsletter promotion")
/// ```
public struct Removal: Sendable, Codable, Equatable {
    public enum Reason: String, Sendable, Codable, CaseIterable {
        /// The headline again, at the top of the body.
        case duplicateHeadline = "duplicate-headline"
        /// A caption that repeats another one.
        case duplicateCaption = "duplicate-caption"
        /// A site banner ("You can now listen to … articles!", "Breaking news").
        case banner
        /// App, newsletter, subscription or other promotion.
        case promo
        /// A teaser or link to another story ("ALL-CAPS HEADLINE", "Read more: …").
        case relatedLink = "related-link"
        case navigation
        case share
        case advertisement
        case comments
        /// Cookie or consent notice.
        case consent
        /// Author box, tags, copyright and other page furniture around the article.
        case boilerplate
        /// Outside the main content (a sidebar, the footer).
        case outsideContent = "outside-content"
        /// Text too short or too link-heavy to be body text.
        case lowContent = "low-content"
        /// Markup past what any article needs (attributes on one element, nesting, elements),
        /// dropped before parsing; its text is kept.
        case excessMarkup = "excess-markup"
    }

    public var reason: Reason
    public var text: String
    /// A human-readable detail: the rule that fired, the line number or element it came from.
    public var detail: String?

    public init(reason: Reason, text: String, detail: String? = nil) {
        self.reason = reason
        self.text = text
        self.detail = detail
    }
}
