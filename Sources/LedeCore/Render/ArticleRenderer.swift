/// Renders an ``Article`` for people: plain text, Markdown or a standalone HTML page.
///
/// ```swift
/// print(ArticleRenderer.markdown(article))
/// let page = ArticleRenderer.html(article)   // every piece of text escaped; no markup from the source page
/// ```
public enum ArticleRenderer {
    /// Headline, byline and date, then the body; figures as `[Photo: caption (credit)]`.
    public static func text(_ a: Article, explain: Bool = false) -> String {
        var out: [String] = [a.title]
        if let line = bylineLine(a) { out.append(line) }
        for block in a.blocks {
            switch block {
            case .paragraph(let t), .quote(let t): out.append(t)
            case .heading(_, let t): out.append(t.uppercased() == t ? t : "## " + t)
            case .list(let ordered, let items):
                out.append(items.enumerated().map { (ordered ? "\($0.offset + 1)." : "•") + " " + $0.element }.joined(separator: "\n"))
            case .figure(let f):
                out.append("[Photo" + (f.caption.map { ": " + $0 } ?? "") + (f.credit.map { " (" + $0 + ")" } ?? "") + "]")
            }
        }
        if explain { out.append(removedSection(a)) }
        return out.joined(separator: "\n\n") + "\n"
    }

    public static func markdown(_ a: Article, explain: Bool = false) -> String {
        var out: [String] = ["# " + a.title]
        if let s = a.subtitle { out.append("_" + s + "_") }
        if let line = bylineLine(a) { out.append("**" + line + "**") }
        for block in a.blocks {
            switch block {
            case .paragraph(let t): out.append(t)
            case .quote(let t): out.append("> " + t)
            case .heading(let level, let t): out.append(String(repeating: "#", count: min(6, max(2, level))) + " " + t)
            case .list(let ordered, let items):
                out.append(items.enumerated().map { (ordered ? "\($0.offset + 1)." : "-") + " " + $0.element }.joined(separator: "\n"))
            case .figure(let f):
                var lines: [String] = []
                if let img = f.image { lines.append("![\(f.caption ?? "")](\(img))") }
                let cap = [f.caption, f.credit.map { "(\($0))" }].compactMap { $0 }.joined(separator: " ")
                if !cap.isEmpty { lines.append("*" + cap + "*") }
                out.append(lines.joined(separator: "\n"))
            }
        }
        if explain { out.append("---\n\n" + removedSection(a)) }
        return out.joined(separator: "\n\n") + "\n"
    }

    /// A standalone page. Only text from the article is used, always escaped, and image URLs
    /// only when they are http(s): nothing of the source page's markup survives.
    public static func html(_ a: Article) -> String {
        var body: [String] = ["<h1>\(escape(a.title))</h1>"]
        if let s = a.subtitle { body.append("<p class=\"subtitle\">\(escape(s))</p>") }
        if let line = bylineLine(a) { body.append("<p class=\"byline\">\(escape(line))</p>") }
        for block in a.blocks {
            switch block {
            case .paragraph(let t): body.append("<p>\(escape(t))</p>")
            case .quote(let t): body.append("<blockquote>\(escape(t))</blockquote>")
            case .heading(let level, let t):
                let l = min(6, max(2, level))
                body.append("<h\(l)>\(escape(t))</h\(l)>")
            case .list(let ordered, let items):
                let tag = ordered ? "ol" : "ul"
                body.append("<\(tag)>" + items.map { "<li>\(escape($0))</li>" }.joined() + "</\(tag)>")
            case .figure(let f):
                var parts = ["<figure>"]
                if let img = f.image, isWebURL(img) { parts.append("<img src=\"\(escape(img))\" alt=\"\(escape(f.caption ?? ""))\">") }
                let cap = [f.caption.map(escape), f.credit.map { "<small>\(escape($0))</small>" }].compactMap { $0 }.joined(separator: " ")
                if !cap.isEmpty { parts.append("<figcaption>\(cap)</figcaption>") }
                parts.append("</figure>")
                body.append(parts.joined())
            }
        }
        let lang = a.language.map { " lang=\"\(escape($0))\"" } ?? ""
        return """
        <!DOCTYPE html>
        <html\(lang)><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(a.title))</title></head>
        <body><article>
        \(body.joined(separator: "\n"))
        </article></body></html>

        """
    }

    /// "By Jane Roe · 2022-05-20 · Publisher", or nil when the article names none of these.
    public static func bylineLine(_ a: Article) -> String? {
        var parts: [String] = []
        if !a.authors.isEmpty { parts.append("By " + names(a.authors)) }
        if let p = a.published { parts.append(String(p.prefix(10))) }
        if let p = a.publisher { parts.append(p) }
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }

    /// Names joined as a byline prints them: "A", "A and B", "A, B, and C".
    public static func names(_ list: [String]) -> String {
        switch list.count {
        case 0: return ""
        case 1: return list[0]
        case 2: return list[0] + " and " + list[1]
        default: return list.dropLast().joined(separator: ", ") + ", and " + list.last!
        }
    }

    public static func removedSection(_ a: Article) -> String {
        guard !a.removed.isEmpty else { return "Removed: nothing." }
        var lines = ["Removed (\(a.removed.count)):"]
        for r in a.removed {
            lines.append("- [\(r.reason.rawValue)] \(r.text)" + (r.detail.map { "  — \($0)" } ?? ""))
        }
        return lines.joined(separator: "\n")
    }

    /// Escapes text for HTML element content and double-quoted attributes.
    public static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    static func isWebURL(_ s: String) -> Bool {
        let l = s.lowercased()
        return l.hasPrefix("https://") || l.hasPrefix("http://")
    }
}
