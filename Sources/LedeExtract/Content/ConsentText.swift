import LedeCore

/// Whether an element a `cmp-` class names (a consent-management platform's prefix, and also
/// the prefix of every component on Adobe Experience Manager sites: "cmp-richtext",
/// "cmp-hero-spot__title") is a consent dialog: its class says cookies or consent outright, or
/// its first words speak of them.
///
/// ```swift
/// ConsentText.isConsentDialog(node, hints: "cmp-banner")   // true when it reads "We use cookies…"
/// ```
enum ConsentText {
    /// Characters of the element's text looked at: a consent dialog says what it asks in its
    /// first sentences ("We value your privacy. We and our partners…"), and a long article
    /// component is read no further than this.
    static let snippetLength = 400

    /// Words a consent dialog uses, in the languages of the dev pages (compared lower-cased).
    static let vocabulary = [
        "cookie", "consent", "privacy", "partners", "your device", "personal data", "gdpr", "tracking",
        "datenschutz", "einwilligung", "consentement", "données personnelles", "privacidad", "consentimiento",
        "dati personali",
    ]

    static func isConsentDialog(_ node: HTMLNode, hints: String) -> Bool {
        if hints.has("cookie") || hints.has("consent") || hints.has("gdpr") { return true }
        let text = node.snippetText(limit: snippetLength).lowercasedQuickly
        return vocabulary.contains { text.has($0) }
    }
}
