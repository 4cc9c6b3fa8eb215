import LedeCore

/// Short lines that are page furniture whatever element they sit in.
enum Boilerplate {
    /// Lines longer than this are never dropped by a phrase match: a real paragraph may quote a promo.
    static let maxLength = 200

    /// Lower-cased phrases and the reason a short line that contains them is dropped.
    static let phrases: [(String, Removal.Reason)] = [
        ("sign up for", .promo), ("subscribe to", .promo), ("subscribe now", .promo), ("newsletter", .promo),
        ("click here", .promo), ("to read the full story", .promo), ("already a subscriber", .promo), ("subscribe to continue", .promo), ("continue reading your article", .promo), ("download the app", .promo), ("get the app", .promo), ("our app", .promo),
        ("follow us on", .share), ("share this", .share), ("share on", .share), ("share via", .share),
        ("you can now listen", .banner), ("listen to this article", .banner), ("breaking news", .banner),
        ("advertisement", .advertisement), ("sponsored content", .advertisement), ("story continues below", .advertisement),
        ("read more:", .relatedLink), ("related:", .relatedLink), ("see also:", .relatedLink), ("recommended:", .relatedLink),
        ("read next", .relatedLink), ("more on this story", .relatedLink), ("related stories", .relatedLink), ("related articles", .relatedLink), ("related topics", .relatedLink), ("you may also like", .relatedLink), ("most read", .relatedLink),
        ("all rights reserved", .boilerplate), ("©", .boilerplate), ("copyright ", .boilerplate),
        ("we use cookies", .consent), ("accept cookies", .consent),
        ("leave a comment", .comments), ("comments are closed", .comments), ("join the conversation", .comments),
        ("this article was originally published", .boilerplate), ("reporting by", .boilerplate), ("editing by", .boilerplate),
    ]

    static func reason(for text: String) -> Removal.Reason? {
        guard text.count <= maxLength else { return nil }
        let lower = text.lowercased()
        for (phrase, reason) in phrases where lower.has(phrase) { return reason }
        return nil
    }
}
