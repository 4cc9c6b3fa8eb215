import LedeCore

/// Splits text into sentences, with abbreviations, initials, decimals, ellipses, quotations that end
/// sentences, numbered and lettered lists, and parentheses handled as a news reader expects.
///
/// ```swift
/// let splitter = SentenceSplitter()
/// let sentences = splitter.sentences("Mr. Smith left at 5 p.m. He was tired.")
/// // ["Mr. Smith left at 5 p.m.", "He was tired."]
/// let ranges = splitter.split("It rained. We left.")   // [0..<10, 11..<19] (Character offsets)
/// ```
public struct SentenceSplitter: Sendable {
    /// What a single line break means.
    public enum LineBreaks: Sendable {
        /// A line break ends a sentence unless the line ends in a space (soft wrap).
        case endSentences
        /// Lines are wrapped mid-sentence (text from PDFs): a line break is a space.
        case join
    }

    public var lineBreaks: LineBreaks

    public init(lineBreaks: LineBreaks = .endSentences) {
        self.lineBreaks = lineBreaks
    }

    /// The sentences' texts, each trimmed and with runs of whitespace collapsed to one space.
    public func sentences(_ text: String) -> [String] {
        let chars = Array(text.unicodeScalars)
        return split(chars).map { SentenceSplitter.collapsed(chars[$0]) }
    }

    /// Character-offset ranges of the sentences in `text`, trimmed of surrounding whitespace.
    public func split(_ text: String) -> [Range<Int>] {
        let s = Scalars(text)
        return split(s.scalars).map { s.characterRange($0) }
    }

    /// Scalar-offset ranges of the sentences in text given as Unicode scalars.
    func split(_ chars: [Unicode.Scalar]) -> [Range<Int>] {
        var scan = Scan(chars: chars, lineBreaks: lineBreaks)
        return scan.run()
    }

    static func collapsed(_ slice: ArraySlice<Unicode.Scalar>) -> String {
        // UTF-8 bytes written straight into the string's storage (at most four a scalar): appending
        // scalars one by one to a `UnicodeScalarView` was 3 % of the language stage, and gathering
        // bytes in an array, then decoding it, still 2.6 %.
        String(unsafeUninitializedCapacity: slice.count * 4) { buffer in
            var k = 0
            var space = false
            for c in slice {
                if c.isWhitespace {
                    space = true
                    continue
                }
                if space && k > 0 {
                    buffer[k] = 0x20
                    k += 1
                }
                space = false
                if c.value < 0x80 {
                    buffer[k] = UInt8(truncatingIfNeeded: c.value)
                    k += 1
                } else {
                    UTF8.encode(c) { unit in buffer[k] = unit; k += 1 }
                }
            }
            return k
        }
    }
}

/// One pass over the characters, deciding at each candidate whether a sentence ends there.
private struct Scan {
    let chars: [Unicode.Scalar]
    let lineBreaks: SentenceSplitter.LineBreaks
    let lists: ListMarkers
    var ranges: [Range<Int>] = []
    var start = 0

    init(chars: [Unicode.Scalar], lineBreaks: SentenceSplitter.LineBreaks) {
        self.chars = chars
        self.lineBreaks = lineBreaks
        self.lists = ListMarkers(chars)
    }

    mutating func run() -> [Range<Int>] {
        let n = chars.count
        var i = 0
        while i < n {
            let c = chars[i]
            if lists.itemStarts.contains(i), i > start {
                close(at: i)
                i += 1
                continue
            }
            if c.isNewline {
                if endsAtLineBreak(i) { close(at: i) }
                i += 1
                continue
            }
            if c == "." || c == "!" || c == "?" || c == "…" {
                i = terminal(at: i)
                continue
            }
            i += 1
        }
        close(at: n)
        return ranges
    }

    /// Records the sentence from `start` to `end` (trimmed) and moves `start` past it.
    mutating func close(at end: Int) {
        var s = start, e = end
        while s < e, chars[s].isWhitespace { s += 1 }
        while e > s, chars[e - 1].isWhitespace { e -= 1 }
        if s < e { ranges.append(s..<e) }
        start = end
    }

    func endsAtLineBreak(_ i: Int) -> Bool {
        // A blank line always ends a paragraph, hence a sentence.
        var j = i + 1
        while j < chars.count, chars[j] == " " || chars[j] == "\t" || chars[j] == "\r" { j += 1 }
        if j < chars.count, chars[j].isNewline { return true }
        if lineBreaks == .join { return false }
        // A line ending in a space was wrapped mid-sentence by its writer's tool.
        if i > 0, chars[i - 1] == " " || chars[i - 1] == "\t" { return false }
        return true
    }

    static let closers: Set<Unicode.Scalar> = ["\"", "”", "’", "'", ")", "]", "»", "»"]
    static let openers: Set<Unicode.Scalar> = ["\"", "“", "‘", "'", "(", "[", "«", "¿", "¡"]

    /// Handles a run of terminal punctuation starting at `i`; returns where scanning resumes.
    mutating func terminal(at i: Int) -> Int {
        let n = chars.count
        var j = i
        var dots = 0, spaced = false, strong = false, ellipsisChar = false
        while j < n {
            let c = chars[j]
            if c == "." { dots += 1; j += 1 }
            else if c == "!" || c == "?" { strong = true; j += 1 }
            else if c == "…" { ellipsisChar = true; j += 1 }
            else if c == " ", dots > 0, j + 1 < n, chars[j + 1] == ".", !strong {
                spaced = true; j += 1
            } else { break }
        }
        let attached = i > 0 && !chars[i - 1].isWhitespace
        // "compounds. . . . The": a period on the word ends the sentence; the ellipsis after it
        // opens the next one (the four-dot convention).
        if attached, dots >= 4, spaced, i + 1 < n, chars[i + 1] == " " {
            if nextSignificantIsUpper(from: j) {
                close(at: i + 1)
                return i + 1
            }
            return j
        }
        // Closing quotes and brackets belong to the sentence they close.
        var end = j
        while end < n, Scan.closers.contains(chars[end]) {
            if (chars[end] == "'" || chars[end] == "’"), end + 1 < n, chars[end + 1].isLetter { break }
            end += 1
        }
        // "[...]" marks an omission inside a quotation, never an end.
        if i > 0, chars[i - 1] == "[", j < n, chars[j] == "]" { return end }
        if end < n, !chars[end].isWhitespace {
            if noSpaceBoundary(period: i, runEnd: j, end: end, dots: dots, strong: strong) {
                close(at: end)
            }
            return end
        }
        guard end < n else { return end }
        let next = nextSignificant(from: end)
        if strong {
            // "Yahoo! in the accounting department": a lower-case word continues the sentence.
            if let next, next.isLowercase { return end }
            close(at: end)
            return end
        }
        if ellipsisChar || dots >= 3 {
            // Three spaced dots are an omission mark inside a sentence; four, or an unspaced
            // ellipsis, before a capital end it.
            if dots == 3, spaced, !ellipsisChar { return end }
            if let next, next.isUppercase || next.isNumber { close(at: end) }
            return end
        }
        if dots == 1, periodEnds(at: i, next: next, nextStart: end) { close(at: end) }
        return end
    }

    /// "world.Today", "1,000.That": a period between a word and a capitalised word, with no space.
    func noSpaceBoundary(period i: Int, runEnd j: Int, end: Int, dots: Int, strong: Bool) -> Bool {
        guard dots == 1, !strong, end == j, i > 0, end + 1 < chars.count else { return false }
        let prev = chars[i - 1], a = chars[end], b = chars[end + 1]
        guard prev.isLetter || prev.isNumber, a.isUppercase, b.isLowercase else { return false }
        // E-mail addresses, URLs and file names keep their dots.
        let token = tokenAround(i)
        if token.contains("@") || token.contains("/") || token.lowercasedQuickly.hasPrefix("www") { return false }
        let word = previousWord(before: i)
        if Abbreviations.kind(of: word) != nil || word.count == 1 { return false }
        return true
    }

    /// Decides whether a single period followed by whitespace ends the sentence.
    func periodEnds(at i: Int, next: Unicode.Scalar?, nextStart: Int) -> Bool {
        if lists.markerPeriods.contains(i) { return false }
        guard let next else { return true }
        if next.isLowercase { return false }
        let word = previousWord(before: i)
        if word.isEmpty { return next.isUppercase || next.isNumber }
        if let kind = Abbreviations.kind(of: word) {
            switch kind {
            case .title:
                return false
            case .beforeNumber:
                return !next.isNumber
            case .trailing:
                if next.isNumber { return false }
                let following = nextWord(from: nextStart)
                // "At 5 a.m. Mr. Smith went…": a fragment of three words or fewer ending in an
                // abbreviation is a lead-in ("In the U.S.", "At 5 a.m."), not a sentence.
                guard wordCount(from: start, to: i) > 3 else { return false }
                return Abbreviations.sentenceOpeners.contains(following)
            }
        }
        if word.count == 1, let letter = word.first, letter.isUppercase {
            // "you and I. Did": the pronoun after a lower-case word; otherwise an initial ("Jonas E. Smith").
            if letter == "I", let before = wordBefore(word: word, at: i), before.first?.isLowercase == true {
                return next.isUppercase || next.isNumber
            }
            return false
        }
        if word.count == 1, next.isNumber { return false }
        return next.isUppercase || next.isNumber
    }

    /// The first character of the next word, skipping whitespace and opening quotes or brackets.
    func nextSignificant(from k: Int) -> Unicode.Scalar? {
        var j = k
        while j < chars.count, chars[j].isWhitespace || Scan.openers.contains(chars[j]) { j += 1 }
        return j < chars.count ? chars[j] : nil
    }

    func nextSignificantIsUpper(from k: Int) -> Bool {
        guard let c = nextSignificant(from: k) else { return false }
        return c.isUppercase
    }

    /// The next word (letters only), for checking sentence openers.
    func nextWord(from k: Int) -> String {
        var j = k
        while j < chars.count, chars[j].isWhitespace || Scan.openers.contains(chars[j]) { j += 1 }
        var w = ""
        while j < chars.count, chars[j].isLetter { w.unicodeScalars.append(chars[j]); j += 1 }
        return w
    }

    /// The token ending just before the period at `i`, without opening quotes or brackets.
    func previousWord(before i: Int) -> String {
        var s = i
        while s > start, !chars[s - 1].isWhitespace { s -= 1 }
        while s < i, Scan.openers.contains(chars[s]) { s += 1 }
        return String(scalars: chars[s..<i])
    }

    func wordBefore(word: String, at i: Int) -> String? {
        var e = i - word.count
        while e > start, chars[e - 1].isWhitespace { e -= 1 }
        guard e > start else { return nil }
        var s = e
        while s > start, !chars[s - 1].isWhitespace { s -= 1 }
        return String(scalars: chars[s..<e])
    }

    func tokenAround(_ i: Int) -> String {
        var s = i, e = i
        while s > 0, !chars[s - 1].isWhitespace { s -= 1 }
        while e < chars.count, !chars[e].isWhitespace { e += 1 }
        return String(scalars: chars[s..<e])
    }

    func wordCount(from s: Int, to e: Int) -> Int {
        var count = 0, inWord = false
        for k in s..<e {
            if chars[k].isWhitespace { inWord = false } else if !inWord { inWord = true; count += 1 }
        }
        return count
    }
}
