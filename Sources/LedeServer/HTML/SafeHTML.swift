import LedeCore
/// Markup that is safe to put in a page: built only by ``HTMLSanitizer`` (allowlisted elements and
/// attributes, escaped text, checked URLs) or from the server's own constant strings.
///
/// ```swift
/// let html = h.element("p", children: [h.text(article.title)])
/// print(html.markup)   // <p>Night ferry returns &amp; more</p>
/// ```
public struct SafeHTML: Sendable, Equatable {
    public private(set) var markup: String

    /// Only for the server's own fixed markup (page chrome), never for article-derived text.
    init(trusted markup: String) {
        self.markup = markup
    }

    public static let empty = SafeHTML(trusted: "")

    static func + (lhs: SafeHTML, rhs: SafeHTML) -> SafeHTML { SafeHTML(trusted: lhs.markup + rhs.markup) }

    static func joined(_ parts: [SafeHTML], separator: String = "") -> SafeHTML {
        SafeHTML(trusted: parts.map(\.markup).joined(separator: separator))
    }
}

/// Escaping for text and attribute values.
enum HTMLEscape {
    /// Escapes the five characters that can end text or an attribute value, and drops the control
    /// characters HTML forbids (NUL among them, which browsers handle each their own way).
    static func escape(_ text: String) -> String {
        var kept = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let forbidden = (scalar.value < 0x20 && !["\t", "\n", "\r"].contains(scalar)) || (0x7F...0x9F).contains(scalar.value)
            if !forbidden { kept.append(scalar) }
        }
        return ArticleRenderer.escape(String(kept))
    }
}
