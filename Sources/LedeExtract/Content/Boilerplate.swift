import LedeCore

/// Short lines that are page furniture whatever element they sit in.
enum Boilerplate {
    /// Lines longer than this are never dropped by a phrase match: a real paragraph may quote a promo.
    static let maxLength = 200

    /// Lower-cased phrases and the reason a short line that contains them is dropped.
    static let phrases: [(String, Removal.Reason)] = [
        ("sign up for", .promo), ("subscribe to", .promo), ("subscribe now", .promo), ("newsletter", .promo),
        ("click here", .promo), ("to read the full story", .promo), ("already a subscriber", .promo), ("subscribe to continue", .promo), ("continue reading your article", .promo), ("download the app", .promo), ("get the app", .promo), ("our app", .promo),
        ("subscribe for free", .promo), ("forwarded this", .promo), ("reply to this email", .promo),
        ("follow us on", .share), ("share this", .share), ("share on", .share), ("share via", .share),
        ("you can now listen", .banner), ("listen to this article", .banner), ("breaking news", .banner),
        ("advertisement", .advertisement), ("sponsored content", .advertisement), ("story continues below", .advertisement),
        ("read more:", .relatedLink), ("related:", .relatedLink), ("see also:", .relatedLink), ("recommended:", .relatedLink),
        ("read next", .relatedLink), ("more on this story", .relatedLink), ("related stories", .relatedLink), ("related articles", .relatedLink), ("related topics", .relatedLink), ("you may also like", .relatedLink), ("most read", .relatedLink),
        ("all rights reserved", .boilerplate), ("©", .boilerplate), ("copyright ", .boilerplate),
        ("we use cookies", .consent), ("accept cookies", .consent),
        ("leave a comment", .comments), ("comments are closed", .comments), ("join the conversation", .comments),
        ("this article was originally published", .boilerplate), ("reporting by", .boilerplate), ("editing by", .boilerplate),
        // A note on who else reported ("Jane Roe contributed to this report."): credits, like "Reporting by".
        ("contributed to this report", .boilerplate), ("contributed reporting", .boilerplate), ("contributed to this story", .boilerplate),
        // Syndication and sign-up furniture: a portal's pointer to the source, a sign-up box's reply.
        ("read the original article", .relatedLink), ("thank you for subscribing", .promo),
        // A paywall's label over the story, in English and the other languages whose dates are read.
        ("for subscribers only", .promo), ("subscriber-only", .promo), ("réservé aux abonnés", .promo), ("nur für abonnenten", .promo),
        ("exclusivo para suscriptores", .promo), ("exclusivo para assinantes", .promo), ("riservato agli abbonati", .promo),
        ("alleen voor abonnees", .promo),
    ]

    /// Whole lines (lower-cased, end punctuation aside) that are page furniture: reading aids,
    /// jump links and labels a page prints around an article.
    static let wholeLines: [String: Removal.Reason] = [
        "table of contents": .navigation, "contents": .navigation, "in this article": .navigation, "jump to": .navigation,
        "skip to content": .navigation, "skip to main content": .navigation, "top of page": .navigation,
        "bottom of page": .navigation, "back to top": .navigation, "back to blog": .navigation, "back to all articles": .navigation,
        "copied": .share, "link copied": .share, "copy link": .share, "tags": .boilerplate, "topics": .boilerplate,
        "related": .relatedLink, "related article": .relatedLink, "related story": .relatedLink, "end of list": .navigation,
        // Labels of a photo's buttons.
        "hide caption": .navigation, "show caption": .navigation, "toggle caption": .navigation, "enlarge this image": .navigation,
        "enlarge image": .navigation, "expand image": .navigation,
    ]

    /// Words a dateline may hold besides the date itself.
    static let datelineWords: Set<String> = [
        "published", "updated", "posted", "last", "on", "date", "modified", "mon", "tue", "wed", "thu", "fri", "sat", "sun",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "st", "nd", "rd", "th", "am", "pm",
    ]

    /// A line that is only a date ("December 14, 2025", "Updated: 10/31/2024"): the article's date,
    /// which the metadata carries, not a sentence of the body.
    static func isDateline(_ lower: String) -> Bool {
        guard DateParsing.written(lower) != nil else { return false }
        let words = lower.split(whereSeparator: { !$0.isLetter }).map(String.init)
        return words.allSatisfy { DateParsing.months[$0] != nil || datelineWords.contains($0) }
    }

    /// Openings of a shop button's label.
    static let shopButtons = ["check price", "see price", "view price", "buy now", "shop now", "view on amazon", "buy on amazon", "view deal", "see deal", "get deal"]

    /// "5 min read", "12 min. read", "Reading time: 4 minutes", "3 minute read".
    static func isReadingTime(_ lower: String) -> Bool {
        // The unit ("min…") must follow the number: without those bytes there is none.
        guard lower.has("min"), lower.count <= 40, let parts = ReadingTimeWords(lower, splitsAtHyphens: false) else { return false }
        let rest = parts.after.joined(separator: " ")
        let before = parts.before.joined(separator: " ")
        return rest.hasPrefix("min") && (rest.hasSuffix("read") || before == "reading time" || before == "read time")
    }

    static func reason(for text: String) -> Removal.Reason? {
        reason(for: text, lower: text.fits(maxLength) ? text.lowercasedQuickly : nil)
    }

    /// The same, given `lower`: `text.lowercased()` when `text.fits(maxLength)`, else nil
    /// (a caller that also needs it lower-cases the text once).
    static func reason(for text: String, lower: String?) -> Removal.Reason? {
        // A template's placeholder text ("Lorem ipsum dolor sit amet…") is never an article's, at any length.
        // (A text opening with an ASCII byte other than "l" or "L" cannot lower-case to it: only
        // then is the prefix lower-cased.)
        if text.utf8.count >= 11, let first = text.utf8.first, first >= 0x80 || first | 0x20 == 0x6C,
           text.prefix(11).lowercased() == "lorem ipsum" { return .boilerplate }
        guard let lower else { return nil }
        if lower.fits(30) {
            let bare = lower.trimmingCharacters(in: " !.:")
            if let r = wholeLines[bare] { return r }
            if isReadingTime(bare) { return .boilerplate }
            if isDateline(bare) { return .boilerplate }
            // Shop buttons on review pages: "Check Price at Amazon", "Buy Now", "See price".
            if shopButtons.contains(where: { bare.hasPrefix($0) }) { return .promo }
            if lower.hasPrefix("loading ") && (lower.hasSuffix("...") || lower.hasSuffix("…")) { return .boilerplate }
        }
        return phraseMatcher.match(lower).negative.map { phrases[$0].1 }
    }

    /// Every phrase its own group, so the lowest group found is the first phrase of the list that occurs.
    static let phraseMatcher = FragmentMatcher(negative: phrases.map { [$0.0] }, positive: [])
}
