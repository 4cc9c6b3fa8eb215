import Foundation
import LedeCore

/// Builds the article-derived parts of a page from an allowlist: only the elements and attributes
/// below ever reach the page, text is always escaped, and URL attributes keep only absolute
/// `http`/`https` URLs. Nothing article-derived is ever copied into a page as markup, so there is
/// no path for a `<script>`, an `on…` handler, a `style`, an `<svg>` or a `javascript:`/`data:`
/// URL to survive.
///
/// ```swift
/// let h = HTMLSanitizer()
/// let markup = h.element("figure", children: [
///     h.element("img", attributes: [("src", figure.image ?? ""), ("alt", figure.caption ?? "")]),
///     h.element("figcaption", children: [h.text(figure.caption ?? "")]),
/// ])
/// ```
///
/// A disallowed element is dropped with its content; a disallowed attribute, or a URL that is not
/// http(s), is dropped alone (an `<img>` without a `src` is dropped whole).
public struct HTMLSanitizer: Sendable {
    /// Elements the reader and library pages use for article content.
    static let allowedElements: Set<String> = [
        "a", "article", "aside", "blockquote", "cite", "dd", "div", "dl", "dt", "em", "figcaption", "figure",
        "h1", "h2", "h3", "h4", "h5", "h6", "header", "img", "li", "mark", "ol", "p", "progress", "section",
        "small", "span", "strong", "time", "ul",
    ]
    /// Elements without content or end tag.
    static let voidElements: Set<String> = ["img"]
    /// Attributes allowed on every element.
    static let globalAttributes: Set<String> = ["class", "id", "lang", "title"]
    /// Attributes allowed on one element.
    static let elementAttributes: [String: Set<String>] = [
        "a": ["href", "rel"],
        "img": ["src", "alt", "loading", "referrerpolicy"],
        "span": ["data-start-ms", "data-end-ms", "data-id"],
        "time": ["datetime"],
        "progress": ["value", "max"],
        "ol": ["start"],
    ]
    /// Attributes whose value is a URL.
    static let urlAttributes: Set<String> = ["href", "src"]

    public init() {}

    public func text(_ text: String) -> SafeHTML {
        SafeHTML(trusted: HTMLEscape.escape(text))
    }

    /// An element, or nothing when its name is not allowed.
    public func element(_ name: String, attributes: [(String, String)] = [], children: [SafeHTML] = []) -> SafeHTML {
        let name = name.lowercased()
        guard Self.allowedElements.contains(name) else { return .empty }
        var markup = "<" + name
        for (key, value) in attributes {
            let key = key.lowercased()
            guard Self.globalAttributes.contains(key) || Self.elementAttributes[name]?.contains(key) == true else { continue }
            var value = value
            if Self.urlAttributes.contains(key) {
                guard let url = Self.safeURL(value) else {
                    if name == "img" { return .empty }
                    continue
                }
                value = url
            }
            markup += " " + key + "=\"" + HTMLEscape.escape(value) + "\""
        }
        markup += ">"
        if Self.voidElements.contains(name) { return SafeHTML(trusted: markup) }
        for child in children { markup += child.markup }
        return SafeHTML(trusted: markup + "</" + name + ">")
    }

    /// The URL when it is an absolute http or https URL with a host, without whitespace or control
    /// characters (which browsers strip, so `java\tscript:` would otherwise read as `javascript:`).
    static func safeURL(_ raw: String) -> String? {
        WebURL.http(raw)
    }

    /// A search snippet: the text escaped, then each marked match wrapped in `<mark>`.
    func snippet(_ text: String, start: Character, end: Character) -> SafeHTML {
        var markup = HTMLEscape.escape(text)
        markup = markup.replacingOccurrences(of: String(start), with: "<mark>")
        markup = markup.replacingOccurrences(of: String(end), with: "</mark>")
        return SafeHTML(trusted: markup)
    }
}
