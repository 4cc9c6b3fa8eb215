/// Bylines and dates as printed on the page, when no metadata names them.
enum VisibleByline {
    /// Class or id fragments of byline elements.
    static let bylineHints = ["byline", "author", "writer", "contributor", "article-by", "posted-by"]
    /// Class or id fragments of author boxes, lists of other authors and the like, which are not bylines.
    static let notBylineHints = ["bio", "avatar", "comment", "related", "more-by", "authors-list", "footer", "social", "follow"]

    static func authors(in document: HTMLDocument) -> [String] {
        var found: [String] = []
        document.root?.walk { node in
            guard node.isElement else { return .continue }
            if node.is("script") || node.is("style") || node.is("footer") || node.is("nav") { return .skipChildren }
            let rel = node["rel"]?.lowercased() ?? ""
            let itemprop = node["itemprop"]?.lowercased() ?? ""
            let hints = node.classAndID
            let isByline = rel == "author" || itemprop == "author" || itemprop == "creator"
                || (bylineHints.contains { hints.has($0) } && !notBylineHints.contains { hints.has($0) })
            guard isByline else { return .continue }
            let text = node.first("span").flatMap { $0["itemprop"] == "name" ? $0.text : nil } ?? node.text
            guard text.count < 120 else { return .continue }
            for name in Byline.split(text) where looksLikeName(name) && !found.contains(name) { found.append(name) }
            return found.count >= 4 ? .stop : .skipChildren
        }
        return found
    }

    /// Two to five words, each starting with a capital letter (allowing particles like "de", "van").
    static func looksLikeName(_ s: String) -> Bool {
        let words = s.split(separator: " ")
        guard (1...5).contains(words.count) else { return false }
        let particles: Set<String> = ["de", "da", "van", "von", "der", "den", "la", "le", "di", "du", "bin", "al", "el", "dos", "del"]
        return words.allSatisfy { w in w.first?.isUppercase == true || particles.contains(w.lowercased()) }
    }

    /// The first `<time datetime>` (or `pubdate`/itemprop one) that parses.
    static func timeElementDate(in document: HTMLDocument) -> String? {
        var result: String?
        var fallback: String?
        document.root?.walk { node in
            guard node.isElement else { return .continue }
            let itemprop = node["itemprop"]?.lowercased()
            if itemprop == "datepublished" {
                if let v = node["content"] ?? node["datetime"] ?? Optional(node.text), let d = DateParsing.iso(v) { result = d; return .stop }
            }
            if node.is("time"), fallback == nil {
                if let v = node["datetime"] ?? Optional(node.text), let d = DateParsing.iso(v) { fallback = d }
            }
            return .continue
        }
        return result ?? fallback
    }

    /// A date written near the top of the page's text in an element whose class says date or time.
    static func writtenDate(in document: HTMLDocument) -> String? {
        var result: String?
        document.root?.walk { node in
            guard node.isElement else { return .continue }
            if node.is("script") || node.is("style") { return .skipChildren }
            let hints = node.classAndID
            if hints.has("date") || hints.has("time") || hints.has("publish") || hints.has("dateline") {
                let t = node.text
                if t.count < 80, let d = DateParsing.written(t) { result = d; return .stop }
            }
            return .continue
        }
        return result
    }
}
