import LedeCore

/// What an element's tag, class and id say about it.
///
/// The fragments are matched against the lower-cased `class` and `id` together. Each list holds
/// fragments that, across news sites, name page furniture rather than article text.
enum ClassHints {
    /// Tags never part of an article's text. (Not `<button>`: an unclosed one swallows the rest of
    /// the page in libxml2's tree, so buttons are pruned by size instead.)
    static let ignoredTags: Set<String> = [
        "script", "style", "noscript", "template", "svg", "iframe", "object", "embed", "canvas", "link", "meta",
        "input", "select", "textarea", "head", "title", "map", "video", "audio", "source", "dialog", "menu",
    ]

    /// Fragments and the reason an element that carries them is dropped, checked in this order.
    static let negative: [(fragments: [String], reason: Removal.Reason)] = [
        (["cookie", "consent", "gdpr", "cmp-"], .consent),
        (["comment", "disqus", "respond", "discussion"], .comments),
        (["share", "social", "sharing", "sharetools", "addthis", "follow-us"], .share),
        (["newsletter", "subscribe", "subscription", "signup", "sign-up", "promo", "paywall", "app-download",
          "donate", "membership", "register-", "offer", "upsell", "cta"], .promo),
        (["related", "recommend", "more-stories", "morestories", "read-more", "readmore", "trending", "popular",
          "outbrain", "taboola", "recirc", "also-read", "see-also", "next-article", "more-from", "most-read",
          "mostread", "around-the-web", "you-may-like", "further-reading", "teaser", "latest-news", "top-stories"], .relatedLink),
        (["advert", "ad-slot", "adslot", "ad-container", "ad-wrapper", "ad_", "-ad ", "dfp", "gpt-", "sponsor", "adsense",
          "advertisement", "banner-ad", "adunit", "ad-unit", "native-ad"], .advertisement),
        (["breadcrumb", "navbar", "nav-", "-nav", "navigation", "menu", "pagination", "pager", "skip-link", "masthead",
          "site-header", "topbar", "toolbar", "usa-banner", "gov-banner"], .navigation),
        (["sidebar", "side-bar", "widget", "right-rail", "left-rail", "side-rail", "rail-container", "aside"], .outsideContent),
        (["author-bio", "authorbio", "about-author", "author-box", "byline", "tags", "tag-list", "taglist", "keywords",
          "copyright", "disclaimer", "print-only", "visually-hidden", "sr-only", "hidden", "modal", "popup", "overlay",
          "footer", "meta-", "article-meta", "post-meta", "credits", "timestamp", "dateline",
          // Cards that open on hover over a name or term (a profile with links to other stories).
          "popover", "hovercard", "hover-card", "rollover-block"], .boilerplate),
    ]

    /// Fragments of containers that hold article text; they protect an element from a negative match
    /// ("article-body comments-enabled" is a body) and raise its score.
    static let positive = ["article", "body", "content", "entry", "main", "page", "post", "text", "blog", "story", "prose", "richtext", "paragraph"]

    /// The reason to drop an element, or nil to keep it.
    static func dropReason(tag: String, hints: String) -> Removal.Reason? {
        let match = hints.isEmpty ? (negative: nil, positive: false) : matcher.match(hints)
        // Furniture tags are always dropped; their class names say more precisely why.
        let tagReason: Removal.Reason? = switch tag {
        case "nav": .navigation
        case "aside": .outsideContent
        case "footer": .boilerplate
        case "form": .promo
        default: nil
        }
        if let tagReason { return match.negative.map { negative[$0].reason } ?? tagReason }
        guard let group = match.negative else { return nil }
        let reason = negative[group].reason
        // A positive hint protects an element from the weaker reasons only.
        if match.positive && [.navigation, .outsideContent, .boilerplate].contains(reason) { return nil }
        return reason
    }

    /// Readability-style class weight: ±25 for a clear hint either way.
    static func weight(_ hints: String) -> Double {
        guard !hints.isEmpty else { return 0 }
        let match = matcher.match(hints)
        return (match.negative != nil ? -25 : 0) + (match.positive ? 25 : 0)
    }

    static let matcher = FragmentMatcher(negative: negative.map(\.fragments), positive: positive)
}

/// Finds which of many short fragments occur in a class string in one pass over its bytes.
struct FragmentMatcher: Sendable {
    /// For each first byte, the fragments starting with it and their group (-1 for positive).
    private var table: [[(bytes: [UInt8], group: Int)]] = Array(repeating: [], count: 256)

    init(negative: [[String]], positive: [String]) {
        for (g, list) in negative.enumerated() {
            for f in list { table[Int(f.utf8.first!)].append((Array(f.utf8), g)) }
        }
        for f in positive { table[Int(f.utf8.first!)].append((Array(f.utf8), -1)) }
    }

    /// The first (lowest) negative group found, and whether a positive fragment occurs.
    func match(_ hints: String) -> (negative: Int?, positive: Bool) {
        var s = hints
        return s.withUTF8 { h in
            var best: Int?
            var positive = false
            for i in 0..<h.count {
                for (f, g) in table[Int(h[i])] where f.count <= h.count - i {
                    var k = 1
                    while k < f.count && h[i + k] == f[k] { k += 1 }
                    guard k == f.count else { continue }
                    if g < 0 { positive = true } else if best == nil || g < best! { best = g }
                }
            }
            return (best, positive)
        }
    }
}
