/// The page's `<meta>` tags, `<link>`s and microdata properties, gathered in one walk of `<head>` and `<body>`.
struct MetaTags {
    /// First value for each lower-cased `name`, `property`, `itemprop` or `http-equiv` key.
    private(set) var values: [String: String] = [:]
    /// Every value per key (some pages list several `article:author`).
    private(set) var all: [String: [String]] = [:]
    var canonical: String?
    var htmlLang: String?

    init(document: HTMLDocument) {
        htmlLang = document.root?["lang"] ?? document.root?["xml:lang"]
        document.root?.walk { node in
            guard node.isElement else { return .continue }
            if node.is("meta") {
                guard let content = node["content"] ?? node["value"], !content.isEmpty else { return .continue }
                for attr in ["property", "name", "itemprop", "http-equiv"] {
                    if let key = node[attr]?.lowercased() { add(key, TextCleaner.collapse(content)) }
                }
            } else if node.is("link") {
                // A canonical "link" that is no address (a CMS printing the headline there) is
                // ignored, so the OpenGraph URL (and the date in it) is read instead.
                if let rel = node["rel"]?.lowercased(), rel.split(separator: " ").contains("canonical"), canonical == nil,
                   let href = node["href"], Self.isAddress(href) {
                    canonical = href
                }
            } else if node.is("script") || node.is("style") {
                return .skipChildren
            }
            return .continue
        }
    }

    /// An absolute or relative URL: a scheme, a host or a path; not text with spaces.
    static func isAddress(_ href: String) -> Bool {
        let t = href.trimmingSpaces
        return !t.isEmpty && !t.contains(" ") && (t.hasPrefix("http://") || t.hasPrefix("https://") || t.hasPrefix("/") || t.contains("."))
    }

    private mutating func add(_ key: String, _ value: String) {
        if values[key] == nil { values[key] = value }
        all[key, default: []].append(value)
    }

    /// A value whose key names a publication date in a house style ("w-published-date",
    /// "article.created"), for pages that use none of the common keys.
    func anyPublicationDate() -> String? {
        for (key, value) in values.sorted(by: { $0.key < $1.key }) {
            let k = key.lowercased()
            guard k.has("publish") || k.has("pubdate") || k.has("created") || k.has("release") else { continue }
            if k.has("modif") || k.has("updat") || k.has("expir") { continue }
            if let d = DateParsing.iso(value) { return d }
        }
        return nil
    }

    /// The first key of the list that the page has.
    func first(_ keys: [String]) -> String? {
        for k in keys { if let v = values[k], !v.isEmpty { return v } }
        return nil
    }
}
