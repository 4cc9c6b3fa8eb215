/// The date printed nearest the headline: bylines and datelines sit just above or below the
/// `<h1>` ("Dec 12, 2025 · 4 min read" over it, "By Jane Roe | April 8, 2024" under it).
///
/// Read from single text nodes only (a date is almost always one), so one walk of the page
/// costs no more than reading its text.
enum HeadlineDate {
    /// How much text above the headline may separate it from its date (a kicker, a read time).
    static let charactersBefore = 300
    /// How much text below it (a standfirst, a byline, a caption).
    static let charactersAfter = 1500
    /// Text nodes longer than this are prose, not a date line.
    static let longestDateLine = 80

    /// Four digits in a row: every date form read here carries a year, and the test is a byte
    /// scan, far cheaper than parsing every short line of a page.
    static func hasYear(_ s: String) -> Bool {
        var run = 0
        for b in s.utf8 {
            if b >= 0x30 && b <= 0x39 { run += 1; if run == 4 { return true } } else { run = 0 }
        }
        return false
    }

    static func date(in document: HTMLDocument) -> String? {
        var position = 0
        var headlineStart: Int?
        var headlineEnd: Int?
        var lastBefore: (at: Int, date: String)?
        var firstAfter: (at: Int, date: String)?
        var insideHeadline: HTMLNode?
        document.root?.walk { node in
            if node.isElement {
                if node.is("script") || node.is("style") || node.is("noscript") || node.is("template") { return .skipChildren }
                if headlineStart == nil, node.is("h1"), !node.text.isEmpty {
                    headlineStart = position
                    insideHeadline = node
                }
                return .continue
            }
            guard node.isText else { return .continue }
            let raw = node.content
            let length = raw.utf8.count
            if let h = insideHeadline, !node.hasAncestor(where: { $0 == h }) {
                headlineEnd = position
                insideHeadline = nil
            }
            defer { position += length }
            if let end = headlineEnd, position > end + charactersAfter { return .stop }
            guard length <= longestDateLine * 2, insideHeadline == nil, Self.hasYear(raw) else { return .continue }
            let t = raw.trimmingSpaces
            guard !t.isEmpty, t.count <= longestDateLine, let d = DateParsing.leadingISO(t) ?? DateParsing.written(t) else { return .continue }
            if headlineStart == nil {
                lastBefore = (position, d)
            } else if let end = headlineEnd, firstAfter == nil {
                firstAfter = (position - end, d)
                return .stop
            }
            return .continue
        }
        guard let start = headlineStart else { return nil }
        let before = lastBefore.flatMap { start - $0.at <= charactersBefore ? (start - $0.at, $0.date) : nil }
        switch (before, firstAfter) {
        case let (b?, a?): return b.0 <= a.at ? b.1 : a.date
        case let (b?, nil): return b.1
        case let (nil, a?): return a.date
        default: return nil
        }
    }
}
