import LedeCore

/// A sentence cut where its direct quotations begin and end, so the quoted words can be read in a
/// voice of their own and the attribution around them by the narrator. Each part keeps its place in
/// the block (so the reader page can mark it and the timing map can point at it) and, when quoted,
/// who said it. The quotation marks and the punctuation just inside them go with the quoted part.
///
/// ```swift
/// let chars = Array("“We will stay,” she said.")
/// let quote = Quote(text: "We will stay", span: TextSpan(block: 0, charStart: 1, charEnd: 13), speaker: "Ana Ruiz")
/// let parts = QuotationParts.parts(of: TextSpan(block: 0, charStart: 0, charEnd: chars.count), in: chars, quotes: [quote])
/// // [“We will stay,”] quoted by Ana Ruiz, [she said.] narrated
/// ```
enum QuotationParts {
    struct Part: Equatable {
        var range: Range<Int>
        var quoted: Bool
        var speaker: String?
    }

    /// Marks that open or close a quotation.
    static let marks: Set<Character> = ["“", "”", "\"", "‘", "’", "'", "«", "»", "„"]
    /// Punctuation that may stand between the quoted words and the closing mark ("…Ukraine,”").
    static let innerPunctuation: Set<Character> = [",", ".", "!", "?", ";", ":", "…"]
    /// How many characters from the quoted words a mark is looked for: the language stage's span
    /// leaves out the marks and the spaces and punctuation just inside them, never more than a couple.
    static let markReach = 3

    /// The story's quotations by block, in order, handed out to sentences read in order: each
    /// sentence gets the quotations that may touch it, and those that end before it are not looked
    /// at again, so an article costs time in proportion to its sentences and quotations together.
    struct Index {
        private var byBlock: [Int: [Quote]]
        private var next: [Int: Int] = [:]

        init(_ quotes: [Quote]) {
            byBlock = Dictionary(grouping: quotes, by: \.span.block).mapValues { $0.sorted { $0.span.charStart < $1.span.charStart } }
        }

        /// The quotations of `sentence`'s block that may touch it (sentences of a block must come in
        /// order of their start).
        mutating func quotes(near sentence: TextSpan) -> [Quote] {
            guard let quotes = byBlock[sentence.block] else { return [] }
            var first = next[sentence.block] ?? 0
            // The widened quotation reaches at most `markReach` + 1 past its words.
            while first < quotes.count, quotes[first].span.charEnd + markReach + 1 <= sentence.charStart { first += 1 }
            next[sentence.block] = first
            var out: [Quote] = []
            var i = first
            while i < quotes.count, quotes[i].span.charStart - markReach - 1 < sentence.charEnd {
                out.append(quotes[i])
                i += 1
            }
            return out
        }
    }

    /// The parts of `sentence`, or nil when no quotation touches it. A part that holds nothing to
    /// say (a full stop after a closing mark) joins the part before it.
    static func parts(of sentence: TextSpan, in chars: [Character], quotes: [Quote]) -> [Part]? {
        let start = max(0, min(sentence.charStart, chars.count)), end = max(start, min(sentence.charEnd, chars.count))
        var quoted: [(Range<Int>, String?)] = []
        for quote in quotes where quote.span.block == sentence.block {
            let widened = widen(quote.span.charStart..<max(quote.span.charStart, quote.span.charEnd), in: chars)
            let lower = max(widened.lowerBound, start), upper = min(widened.upperBound, end)
            if lower < upper { quoted.append((lower..<upper, quote.speaker)) }
        }
        guard !quoted.isEmpty else { return nil }
        quoted.sort { $0.0.lowerBound < $1.0.lowerBound }

        var raw: [Part] = []
        var cursor = start
        for (range, speaker) in quoted where range.lowerBound >= cursor {
            if range.lowerBound > cursor { raw.append(Part(range: cursor..<range.lowerBound, quoted: false)) }
            raw.append(Part(range: range, quoted: true, speaker: speaker))
            cursor = range.upperBound
        }
        if cursor < end { raw.append(Part(range: cursor..<end, quoted: false)) }

        func sayable(_ part: Part) -> Bool { chars[part.range].contains { $0.isLetter || $0.isNumber } }
        var parts: [Part] = []
        for part in raw {
            if let last = parts.last, !sayable(part) || (last.quoted == part.quoted && last.speaker == part.speaker) {
                parts[parts.count - 1].range = last.range.lowerBound..<part.range.upperBound
            } else {
                parts.append(part)
            }
        }
        // Nothing to say before the first quoted words (an opening dash): it joins the part after it.
        if parts.count > 1, !sayable(parts[0]) {
            parts[1].range = parts[0].range.lowerBound..<parts[1].range.upperBound
            parts.removeFirst()
        }
        return parts.map { Part(range: trimmed($0.range, in: chars), quoted: $0.quoted, speaker: $0.speaker) }
    }

    /// The quoted words' range grown to take in the marks around them and the punctuation inside
    /// the closing mark.
    static func widen(_ inner: Range<Int>, in chars: [Character]) -> Range<Int> {
        var lower = inner.lowerBound
        var i = lower - 1
        while i >= 0, lower - i <= markReach, chars[i].isWhitespace { i -= 1 }
        if i >= 0, lower - i <= markReach, marks.contains(chars[i]) { lower = i }
        var upper = min(inner.upperBound, chars.count)
        var j = upper
        while j < chars.count, j - upper < markReach, chars[j].isWhitespace || innerPunctuation.contains(chars[j]) { j += 1 }
        if j < chars.count, j - upper <= markReach, marks.contains(chars[j]) { upper = j + 1 }
        return lower..<upper
    }

    private static func trimmed(_ range: Range<Int>, in chars: [Character]) -> Range<Int> {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, chars[lower].isWhitespace { lower += 1 }
        while upper > lower, chars[upper - 1].isWhitespace { upper -= 1 }
        return lower..<upper
    }
}
