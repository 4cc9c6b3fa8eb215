/// The page's `<meta>` tags, `<link>`s and microdata properties, gathered in one walk of `<head>` and `<body>`.
struct MetaTags {
    /// Every value per lower-cased `name`, `property`, `itemprop` or `http-equiv` key, in page
    /// order (some pages list several `article:author`); the first is the key's value. One table,
    /// so a tag costs one hash of its key.
    private(set) var all: [String: [String]] = [:]
    var canonical: String?
    var htmlLang: String?

    init(document: HTMLDocument) {
        htmlLang = document.root?[.lang] ?? document.root?[.xmlLang]
        document.root?.walk { node in
            guard node.isElement else { return .continue }
            if node.is(.meta) {
                guard let content = node[.content] ?? node[.value], !content.isEmpty else { return .continue }
                var value: String?
                for attr in Self.keyAttributes {
                    if let key = node[attr]?.lowercased() {
                        if value == nil { value = TextCleaner.collapse(content) }
                        add(key, value!)
                    }
                }
            } else if node.is(.link) {
                // A canonical "link" that is no address (a CMS printing the headline there) is
                // ignored, so the OpenGraph URL (and the date in it) is read instead.
                if canonical == nil, Self.relNamesCanonical(node), let href = node[.href], Self.isAddress(href) {
                    canonical = href
                }
            } else if node.is(.script) || node.is(.style) {
                return .skipChildren
            }
            return .continue
        }
    }

    /// The attributes whose value names a `<meta>` tag's key, in the order they are read.
    static let keyAttributes: [HTMLAttribute] = [.property, .name, .itemprop, .httpEquiv]

    /// Whether `rel`, lower-cased and split at spaces, holds the token "canonical", read from the
    /// value's bytes (ASCII letters folded): no lower-casing maps a non-ASCII scalar into this word's
    /// letters or into a space, and a scalar joined to a letter or a space changes the token either way.
    static func relNamesCanonical(_ node: HTMLNode) -> Bool {
        let word: StaticString = "canonical"
        guard let value = node.attributeValue(.rel) else { return false }
        var start = 0
        while start < value.count {
            var end = start
            while end < value.count, value[end] != 0x20 { end += 1 }
            if end - start == word.utf8CodeUnitCount {
                var k = 0
                while k < word.utf8CodeUnitCount, value[start + k] | 0x20 == word.utf8Start[k] { k += 1 }
                if k == word.utf8CodeUnitCount { return true }
            }
            start = end + 1
        }
        return false
    }

    /// An absolute or relative URL: a scheme, a host or a path; not text with spaces.
    ///
    /// An ASCII address (nearly every one) is read byte by byte: there each byte is a Character
    /// (CR LF aside, which is neither a space nor a dot), so the searches for " " and "." find what
    /// ``isAddressByCharacters(_:)`` finds, without Foundation's `range(of:)` (18,000 instructions
    /// a call).
    static func isAddress(_ href: String) -> Bool {
        let t = href.trimmingSpaces
        let ascii = t.utf8.withContiguousStorageIfAvailable { b -> Bool? in
            var space = false, dot = false
            for c in b {
                if c >= 0x80 { return nil }
                if c == 0x20 { space = true } else if c == 0x2E { dot = true }
            }
            return !b.isEmpty && !space && (dot || t.hasPrefix("http://") || t.hasPrefix("https://") || t.hasPrefix("/"))
        }
        if let ascii, let answer = ascii { return answer }
        return isAddressByCharacters(t)
    }

    /// ``isAddress(_:)`` by Character searches, for trimmed text that is not all ASCII.
    static func isAddressByCharacters(_ t: String) -> Bool {
        !t.isEmpty && !t.contains(" ") && (t.hasPrefix("http://") || t.hasPrefix("https://") || t.hasPrefix("/") || t.contains("."))
    }

    private mutating func add(_ key: String, _ value: String) {
        all[key, default: []].append(value)
    }

    /// A value whose key names a publication date in a house style ("w-published-date",
    /// "article.created"), for pages that use none of the common keys.
    func anyPublicationDate() -> String? {
        for (key, list) in all.sorted(by: { $0.key < $1.key }) {
            let value = list[0]
            let k = key.lowercased()
            guard k.has("publish") || k.has("pubdate") || k.has("created") || k.has("release") else { continue }
            if k.has("modif") || k.has("updat") || k.has("expir") { continue }
            if let d = DateParsing.iso(value) { return d }
        }
        return nil
    }

    /// The first key of the list that the page has.
    func first(_ keys: [String]) -> String? {
        for k in keys { if let v = all[k]?.first, !v.isEmpty { return v } }
        return nil
    }
}
