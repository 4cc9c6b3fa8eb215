/// Finds quoted spans in a block of text: curly and straight double quotes, single quotes that are not
/// apostrophes, guillemets, and quotations left open at the end of a paragraph because the next
/// paragraph continues them (news style: an opening mark on each paragraph, a closing one at the end).
///
/// ```swift
/// let spans = QuoteScanner.spans(in: Array("“It is over,” he said."))
/// spans[0].inner   // 1..<11 ("It is over,")
/// ```
struct QuoteSpan: Equatable {
    /// Offset of the opening mark.
    var open: Int
    /// Offset of the closing mark; nil when the quotation runs to the end of the block.
    var close: Int?
    /// The quoted words, trimmed, without the marks.
    var inner: Range<Int>
    /// Single quotation marks (‘…’): headlines and quotes within quotes use them.
    var single: Bool
}

enum QuoteScanner {
    /// Marks that only ever open a double quotation: curly, guillemet, low-9.
    static let doubleOpeners: Set<Unicode.Scalar> = ["“", "«", "„"]
    /// Marks that can open a double quotation: those and the straight mark, which also closes one.
    static let doubleOpening: Set<Unicode.Scalar> = doubleOpeners.union(["\""])
    /// Marks that only ever close a double quotation.
    static let doubleClosers: Set<Unicode.Scalar> = ["”", "»"]
    /// Marks that can open any quotation, "‘" included: what names and paragraphs look back for.
    static let opening: Set<Unicode.Scalar> = doubleOpening.union(["‘"])

    /// Whether a token is a single opening mark (`QuoteScanner.isOpening("“")` is true).
    static func isOpening(_ text: String) -> Bool {
        var scalars = text.unicodeScalars.makeIterator()
        guard let first = scalars.next(), scalars.next() == nil else { return false }
        return opening.contains(first)
    }

    static func spans(in chars: [Unicode.Scalar]) -> [QuoteSpan] {
        var out: [QuoteSpan] = []
        var doubleOpen: Int?
        var singleOpen: Int?
        let n = chars.count
        for i in 0..<n {
            let c = chars[i]
            let prev: Unicode.Scalar? = i > 0 ? chars[i - 1] : nil
            let next: Unicode.Scalar? = i + 1 < n ? chars[i + 1] : nil
            // Literal cases, not `doubleOpeners.contains(c)`: hashing every scalar of every block
            // was 5 % of the language stage. `literalMarksMatchTheSets` keeps the two in step.
            switch c {
            case "“", "«", "„":
                if doubleOpen == nil { doubleOpen = i; singleOpen = nil }
            case "”", "»":
                if let o = doubleOpen {
                    out.append(span(chars, open: o, close: i, single: false))
                    doubleOpen = nil
                }
            case "\"":
                if let o = doubleOpen {
                    out.append(span(chars, open: o, close: i, single: false))
                    doubleOpen = nil
                } else {
                    doubleOpen = i
                    singleOpen = nil
                }
            case "‘", "'":
                // Inside a double quotation, single marks are a quote within the quote: part of it.
                guard doubleOpen == nil else { continue }
                if let o = singleOpen {
                    // A straight mark before a non-letter closes; "‘" only ever opens.
                    if c == "'", next == nil || !next!.isLetter {
                        out.append(span(chars, open: o, close: i, single: true))
                        singleOpen = nil
                    }
                } else if prev == nil || prev!.isWhitespace || "([—–:".unicodeScalars.contains(prev!), let nx = next, nx.isLetter || nx.isNumber {
                    singleOpen = i
                }
            case "’":
                guard doubleOpen == nil, let o = singleOpen else { continue }
                // "’" is also the apostrophe ("didn’t", "Russia’s"): it closes only before a non-letter.
                if next == nil || !next!.isLetter, let p = prev, !p.isWhitespace {
                    out.append(span(chars, open: o, close: i, single: true))
                    singleOpen = nil
                }
            default:
                break
            }
        }
        // Left open at the end of the block: the quotation continues into the next paragraph or
        // its closing mark is missing; either way it runs to the end of this block.
        if let o = doubleOpen {
            out.append(span(chars, open: o, close: nil, single: false))
        }
        return out.filter { !$0.inner.isEmpty }
    }

    private static func span(_ chars: [Unicode.Scalar], open: Int, close: Int?, single: Bool) -> QuoteSpan {
        var s = open + 1, e = close ?? chars.count
        while s < e, chars[s].isWhitespace { s += 1 }
        while e > s, chars[e - 1].isWhitespace { e -= 1 }
        return QuoteSpan(open: open, close: close, inner: s..<e, single: single)
    }
}
