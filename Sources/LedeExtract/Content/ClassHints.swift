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
    static func dropReason(tag: HTMLTag?, hints: String) -> Removal.Reason? {
        let match = hints.isEmpty ? (negative: nil, positive: false) : matcher.match(hints)
        // Furniture tags are always dropped; their class names say more precisely why.
        let tagReason: Removal.Reason? = switch tag {
        case .nav: .navigation
        case .aside: .outsideContent
        case .footer: .boilerplate
        case .form: .promo
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
        let match = matcher.match(hints.has("overflow") ? readingClipNames(hints) : hints)
        return (match.negative != nil ? -25 : 0) + (match.positive ? 25 : 0)
    }

    /// The hints with every class that names overflow clipping ("overflow-hidden",
    /// "overflow-x-hidden", "vds-overflow_hidden") spelt "…clip": CSS utility frameworks put such
    /// classes on the article's own boxes, and their "hidden" is not an element hidden from view.
    ///
    /// ```swift
    /// ClassHints.readingClipNames("box overflow-hidden")   // "box overflow-clip"
    /// ```
    static func readingClipNames(_ hints: String) -> String {
        guard hints.has("hidden") else { return hints }
        return hints.split(separator: " ", omittingEmptySubsequences: false).map { token in
            token.contains("overflow") ? token.replacingOccurrences(of: "hidden", with: "clip") : String(token)
        }.joined(separator: " ")
    }

    static let matcher = FragmentMatcher(negative: negative.map(\.fragments), positive: positive)
}

/// Finds which of many short fragments occur in a class string in one pass over its bytes.
///
/// ```swift
/// let m = FragmentMatcher(negative: [["nav-"], ["share"]], positive: ["article"])
/// m.match("article-share nav-top")   // (negative: 0, positive: true)
/// ```
///
/// The fragments are kept flat (one byte array, one entry array, a range of entries per first
/// byte) so the scan touches no reference-counted storage: an array of arrays per first byte
/// cost a retain and a release for every byte of every class string and led the content profile.
struct FragmentMatcher: Sendable {
    private struct Entry: Sendable {
        var start: Int32
        var count: Int32
        /// The negative group, or -1 for a positive fragment.
        var group: Int32
    }
    /// Every fragment's bytes, back to back.
    private var bytes: [UInt8] = []
    /// Fragments sorted by first byte (in insertion order within one first byte).
    private var entries: [Entry] = []
    /// For each first byte, its fragments: `entries[firstEntry[b]..<firstEntry[b + 1]]`.
    private var firstEntry: [Int32] = Array(repeating: 0, count: 257)
    /// For each first byte, the second bytes its fragments have (256 bits in four words), so
    /// most positions are passed over without looking at a fragment.
    private var secondBytes: [UInt64] = Array(repeating: 0, count: 256 * 4)
    /// First bytes that are a whole fragment on their own (no second byte to test).
    private var singleByte: [Bool] = Array(repeating: false, count: 256)
    /// The first three bytes of every fragment of three or more, as bits keyed by ``trigramKey``
    /// (five low bits of each byte, so distinct bytes may share a bit: a filter, never a match).
    /// Common letter pairs ("co", "re", "st") pass the second-byte filter at most positions of a
    /// class string; three bytes rule nearly all of them out before any fragment is compared.
    private var trigrams: [UInt64] = Array(repeating: 0, count: (1 << 15) / 64)
    /// First bytes of a fragment shorter than three bytes: a position starting with one is never
    /// ruled out by ``trigrams``.
    private var shortFirst: [Bool] = Array(repeating: false, count: 256)

    init(negative: [[String]], positive: [String]) {
        var byFirst: [[(bytes: [UInt8], group: Int)]] = Array(repeating: [], count: 256)
        for (g, list) in negative.enumerated() {
            for f in list { byFirst[Int(f.utf8.first!)].append((Array(f.utf8), g)) }
        }
        for f in positive { byFirst[Int(f.utf8.first!)].append((Array(f.utf8), -1)) }
        for b in 0..<256 {
            firstEntry[b] = Int32(entries.count)
            for (f, g) in byFirst[b] {
                entries.append(Entry(start: Int32(bytes.count), count: Int32(f.count), group: Int32(g)))
                bytes += f
                if f.count == 1 { singleByte[b] = true } else { secondBytes[b * 4 + Int(f[1] >> 6)] |= 1 << UInt64(f[1] & 63) }
                if f.count < 3 {
                    shortFirst[b] = true
                } else {
                    let key = Self.trigramKey(f[0], f[1], f[2])
                    trigrams[key >> 6] |= 1 << UInt64(key & 63)
                }
            }
        }
        firstEntry[256] = Int32(entries.count)
    }

    /// The first (lowest) negative group found, and whether a positive fragment occurs.
    func match(_ hints: String) -> (negative: Int?, positive: Bool) {
        hints.withUTF8Bytes { match($0) }
    }

    /// Every negative group found, as bits (group `g` is bit `g`; groups past 63 are not reported).
    func groups(_ hints: String) -> UInt64 {
        return hints.withUTF8Bytes { h in
            var found: UInt64 = 0
            withBuffers { fragmentBytes, entries, firstEntry, secondBytes, singleByte, filter in
                Self.scan(h, fragmentBytes, entries, firstEntry, secondBytes, singleByte, filter) { group in
                    if group >= 0, group < 64 { found |= 1 << UInt64(group) }
                }
            }
            return found
        }
    }

    /// The same over bytes.
    func match(_ h: UnsafeBufferPointer<UInt8>) -> (negative: Int?, positive: Bool) {
        var best = Int32.max
        var positive = false
        withBuffers { fragmentBytes, entries, firstEntry, secondBytes, singleByte, filter in
            Self.scan(h, fragmentBytes, entries, firstEntry, secondBytes, singleByte, filter) { group in
                if group < 0 { positive = true } else if group < best { best = group }
            }
        }
        return (best == Int32.max ? nil : Int(best), positive)
    }

    /// The bit of three bytes in ``trigrams``.
    @inline(__always)
    private static func trigramKey(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> Int {
        Int(a & 31) << 10 | Int(b & 31) << 5 | Int(c & 31)
    }

    private func withBuffers(_ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<Entry>, UnsafeBufferPointer<Int32>,
                                      UnsafeBufferPointer<UInt64>, UnsafeBufferPointer<Bool>, Filter) -> Void) {
        bytes.withUnsafeBufferPointer { fragmentBytes in
            entries.withUnsafeBufferPointer { entries in
                firstEntry.withUnsafeBufferPointer { firstEntry in
                    secondBytes.withUnsafeBufferPointer { secondBytes in
                        singleByte.withUnsafeBufferPointer { singleByte in
                            trigrams.withUnsafeBufferPointer { trigrams in
                                shortFirst.withUnsafeBufferPointer { shortFirst in
                                    body(fragmentBytes, entries, firstEntry, secondBytes, singleByte, Filter(trigrams: trigrams, shortFirst: shortFirst))
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// The three-byte filter's tables, for the scan.
    private struct Filter {
        let trigrams: UnsafeBufferPointer<UInt64>
        let shortFirst: UnsafeBufferPointer<Bool>

        /// False only when no fragment can start at `i`: none of three bytes or more has the three
        /// bytes there (as ``trigramKey`` sees them), and none shorter starts with `h[i]`.
        @inline(__always)
        func mayStart(_ h: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
            guard i + 2 < h.count else { return true }
            if shortFirst[Int(h[i])] { return true }
            let key = FragmentMatcher.trigramKey(h[i], h[i + 1], h[i + 2])
            return trigrams[key >> 6] & (1 << UInt64(key & 63)) != 0
        }
    }

    /// Calls `found` with the group of every fragment occurrence.
    @inline(__always)
    private static func scan(_ h: UnsafeBufferPointer<UInt8>, _ fragmentBytes: UnsafeBufferPointer<UInt8>, _ entries: UnsafeBufferPointer<Entry>,
                             _ firstEntry: UnsafeBufferPointer<Int32>, _ secondBytes: UnsafeBufferPointer<UInt64>,
                             _ singleByte: UnsafeBufferPointer<Bool>, _ filter: Filter, _ found: (Int32) -> Void) {
        let n = h.count
        for i in 0..<n {
            let b = Int(h[i])
            var e = Int(firstEntry[b])
            let end = Int(firstEntry[b + 1])
            guard e < end, filter.mayStart(h, at: i) else { continue }
            if !singleByte[b] {
                guard i + 1 < n else { continue }
                let c = h[i + 1]
                guard secondBytes[b * 4 + Int(c >> 6)] & (1 << UInt64(c & 63)) != 0 else { continue }
            }
            while e < end {
                let entry = entries[e]
                e += 1
                let count = Int(entry.count)
                guard count <= n - i else { continue }
                let f = Int(entry.start)
                var k = 1
                while k < count && h[i + k] == fragmentBytes[f + k] { k += 1 }
                guard k == count else { continue }
                found(entry.group)
            }
        }
    }
}
