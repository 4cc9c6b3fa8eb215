import LedeCore

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
        s.withUTF8Bytes { hasYear($0) }
    }

    /// ``hasYear(_:)`` of a text's bytes.
    static func hasYear(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var run = 0
        for b in bytes {
            if b >= 0x30 && b <= 0x39 { run += 1; if run == 4 { return true } } else { run = 0 }
        }
        return false
    }

    /// Words that mark a printed date as a revision's, not the first publication's.
    static let revisionWords = ["updat", "modif", "edited", "revis", "refresh"]

    /// True when `line` (a date's own text, or the short text just before it) names a revision.
    static func marksRevision(_ line: String) -> Bool {
        let lower = line.lowercasedQuickly
        // The byte search first: Foundation's search (by canonical equivalence) finds a revision
        // word only where its bytes are (no other scalar is canonically one of these letters).
        return revisionWords.contains { lower.has($0) && lower.contains($0) }
    }

    /// True when a date line's day and month could be read either way ("03/10/2023", no month
    /// written as a word, both numbers 12 or under).
    static func ambiguous(_ line: String, date: String) -> Bool {
        let words = line.lowercased().split(whereSeparator: { !$0.isLetter })
        if words.contains(where: { $0.count >= 3 && DateParsing.months[String($0.prefix(3))] != nil }) { return false }
        let parts = date.prefix(10).split(separator: "-")
        guard parts.count == 3, let m = Int(parts[1]), let d = Int(parts[2]) else { return false }
        return m != d && d <= 12
    }

    /// The date printed nearest the headline, and whether its line marks it as an update
    /// ("Updated Aug 14, 2025", "Last updated:" just before it) or could be read either way: such a
    /// date is no evidence against the page's declared one.
    static func shown(in document: HTMLDocument) -> (date: String, revision: Bool)? {
        var position = 0
        // The last short text node with a visible byte, read as text only when a date follows it.
        var previousShort: HTMLNode?
        var headlineStart: Int?
        var headlineEnd: Int?
        var lastBefore: (at: Int, date: String, revision: Bool)?
        var firstAfter: (at: Int, date: String, revision: Bool)?
        var insideHeadline: HTMLNode?
        document.root?.walk { node in
            if node.isElement {
                if node.is(.script) || node.is(.style) || node.is(.noscript) || node.is(.template) { return .skipChildren }
                if headlineStart == nil, node.is(.h1), !node.text.isEmpty {
                    headlineStart = position
                    insideHeadline = node
                }
                return .continue
            }
            guard node.isText else { return .continue }
            // The node's bytes, not a String of them: most text nodes are passed over. The tree's
            // text is valid UTF-8 (libxml2 hands on nothing else), so its byte count is the String's.
            let bytes = node.contentBytes
            let length = bytes.count
            assert(String(decoding: bytes, as: UTF8.self).utf8.count == length)
            if let h = insideHeadline, !node.hasAncestor(where: { $0 == h }) {
                headlineEnd = position
                insideHeadline = nil
            }
            defer { position += length }
            if let end = headlineEnd, position > end + charactersAfter { return .stop }
            // The text before a date is read only when a date is found: kept as is (no copy, no trim).
            let before = previousShort
            if length > longestDateLine * 2 {
                previousShort = nil
            } else if bytes.contains(where: { $0 > 0x20 }) {
                previousShort = node
            }
            guard length <= longestDateLine * 2, insideHeadline == nil, Self.hasYear(bytes) else { return .continue }
            let t = node.content.trimmingSpaces
            guard !t.isEmpty, t.count <= longestDateLine, let d = DateParsing.leadingISO(t) ?? DateParsing.written(t) else { return .continue }
            // An update's date, or one that could be read day-first or month-first, is no evidence
            // against the page's declared date.
            let revision = Self.marksRevision(t) || Self.marksRevision(before?.content ?? "") || Self.ambiguous(t, date: d)
            if headlineStart == nil {
                lastBefore = (position, d, revision)
            } else if let end = headlineEnd, firstAfter == nil {
                firstAfter = (position - end, d, revision)
                return .stop
            }
            return .continue
        }
        guard let start = headlineStart else { return nil }
        let before = lastBefore.flatMap { start - $0.at <= charactersBefore ? (at: start - $0.at, date: $0.date, revision: $0.revision) : nil }
        switch (before, firstAfter) {
        case let (b?, a?): return b.at <= a.at ? (b.date, b.revision) : (a.date, a.revision)
        case let (b?, nil): return (b.date, b.revision)
        case let (nil, a?): return (a.date, a.revision)
        default: return nil
        }
    }
}
