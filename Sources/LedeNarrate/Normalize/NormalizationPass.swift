/// One reading of a span of tokens: `end` is the index after the last token it covers.
struct Reading {
    /// `measure`: a number with its unit ("5 km", "10%").
    enum Kind { case plain, year, decade, time, money, measure, other }
    var end: Int
    var text: String
    /// A numeric value, for telling a range ("5-10") from a score or code ("978-0").
    var value: Double? = nil
    var kind: Kind = .other
    /// A reading (spaced from neighbours) or a replacement word kept in place ("Mister").
    var isReading = true
}

/// A left-to-right pass over the tokens of one line. At each token the recognizers (one file per
/// kind: Numbers, Dates, Times, Money, Measures, Fractions, Ranges, Roman, Abbreviations, Symbols,
/// Telephone) are tried in a fixed order; each looks at a bounded number of tokens ahead, so the
/// pass is linear.
struct NormalizationPass {
    let t: [Token]
    let style: NormalizerStyle
    let numbers: NumberWords
    let initialisms: Initialisms
    /// Most of the line's words are in capitals (a shouted headline): capitals mean nothing.
    let shouted: Bool
    var out: SpokenText
    /// Indices of straight double quotes with an even number of them before: not closing a
    /// quotation, so after a number they are inches (12").
    let unpairedQuotes: Set<Int>

    init(tokens: [Token], style: NormalizerStyle, capacity: Int) {
        t = tokens
        self.style = style
        numbers = NumberWords(style: style)
        initialisms = Initialisms(style: style)
        out = SpokenText(capacity: capacity + capacity / 2)
        var quotes = Set<Int>(), count = 0
        for (k, tok) in tokens.enumerated() where tok.isSymbol("\"") {
            if count % 2 == 0 {
                quotes.insert(k)
                if k > 0 && tokens[k - 1].kind == .number { continue }  // an inch mark, not a quotation
            }
            count += 1
        }
        unpairedQuotes = quotes
        var caps = 0, words = 0
        for tok in tokens where tok.kind == .word && tok.text.count >= 2 {
            words += 1
            if tok.isAllCaps { caps += 1 }
        }
        // Three or more capitalised words making up most of the line: a headline or a promo in capitals.
        shouted = caps >= 3 && caps * 10 >= words * 6
    }

    // MARK: token access

    func tok(_ i: Int) -> Token? { i >= 0 && i < t.count ? t[i] : nil }
    /// Token `i` exists and touches token `i - 1` (no space between).
    func glued(_ i: Int) -> Bool { i > 0 && i < t.count && t[i - 1].kind != .space }
    func isSymbol(_ i: Int, _ s: String) -> Bool { tok(i)?.isSymbol(s) ?? false }
    func isNumber(_ i: Int) -> Bool { tok(i)?.kind == .number }
    func isWord(_ i: Int) -> Bool { tok(i)?.kind == .word }
    /// The word at `i` in lower case, or nil.
    func word(_ i: Int) -> String? { tok(i).flatMap { $0.kind == .word ? $0.lower : nil } }
    /// Index of the token after a single space at `i`, or nil when `i` is not one plain space.
    func afterSpace(_ i: Int) -> Int? {
        guard let s = tok(i), s.kind == .space, !s.text.contains("\n") else { return nil }
        return i + 1
    }
    /// `j` if glued, or the token after one space.
    func gluedOrSpaced(_ j: Int) -> Int? {
        guard j < t.count else { return nil }
        if t[j].kind == .space { return afterSpace(j).flatMap { $0 < t.count ? $0 : nil } }
        return j
    }

    func capitalized(_ s: String) -> String {
        style.capitalizedWords ? s : s.lowercased()
    }

    // MARK: the pass

    mutating func run() {
        var i = 0
        while i < t.count {
            if let r = recognize(at: i), r.end > i {
                if r.isReading { out.reading(r.text) } else { out.raw(r.text) }
                i = r.end
            } else {
                out.raw(t[i].text)
                i += 1
            }
        }
        if style.keepsFinalPeriod, let last = t.last(where: { $0.kind != .space }), last.isSymbol("."),
           !out.text.hasSuffix("."), !out.text.hasSuffix(".\"") {
            out.raw(".")
        }
    }

    func recognize(at i: Int) -> Reading? {
        let token = t[i]
        switch token.kind {
        case .space:
            return nil
        case .electronic:
            return Reading(end: i + 1, text: Electronic.read(token.text, numbers: numbers, initialisms: initialisms))
        case .number:
            return numeric(at: i).map { withRange($0, from: i) }
        case .symbol:
            if let r = money(at: i) ?? negative(at: i) ?? decade(at: i) ?? phonePrefix(at: i) { return r }
            if token.text == ".", let r = numeric(at: i) { return withRange(r, from: i) }
            return symbol(at: i)
        case .word:
            return wordReading(at: i)
        }
    }

    /// Every reading that starts with a word at `i`, in order of precedence.
    func wordReading(at i: Int) -> Reading? {
        if let r = monthDate(at: i) ?? prefixedDollars(at: i) ?? partyLabel(at: i) { return r }
        if let r = yearPart(at: i) ?? fiscalYear(at: i) ?? lowerCaseInitialism(at: i) ?? codeBeforeAmount(at: i) { return r }
        if let r = stateAbbreviation(at: i) ?? postalState(at: i) ?? abbreviation(at: i) { return r }
        if let r = streetPart(at: i) ?? dottedInitialism(at: i) ?? roman(at: i) { return r }
        return hyphenPrefix(at: i) ?? capitals(at: i)
    }

    /// Every reading that starts with a number (or a decimal point) at `i`.
    func numeric(at i: Int) -> Reading? {
        guard isNumber(i) || isSymbol(i, ".") else { return nil }
        if let r = sectionCode(at: i) ?? numberedYearPart(at: i) ?? telephone(at: i) ?? houseNumber(at: i) { return r }
        if let r = numericDate(at: i) ?? time(at: i) ?? dayMonthDate(at: i) ?? fraction(at: i) { return r }
        return amountBeforeCode(at: i) ?? measure(at: i) ?? decade(at: i) ?? ordinal(at: i) ?? plainNumber(at: i)
    }

    /// "-5", "−3.2 kg": a minus sign before a number that does not follow a word or number.
    func negative(at i: Int) -> Reading? {
        // "-$5" → "minus five dollars".
        if let s = tok(i), s.isSymbol("-") || s.isSymbol("−"), glued(i + 1), let c = tok(i + 1), Currency.symbols[c.text] != nil,
           !(tok(i - 1).map { $0.kind == .word || $0.kind == .number } ?? false), let m = money(at: i + 1) {
            return Reading(end: m.end, text: "minus " + m.text, kind: .money)
        }
        guard let s = tok(i), s.isSymbol("-") || s.isSymbol("−"), glued(i + 1),
              isNumber(i + 1) || (isSymbol(i + 1, ".") && isNumber(i + 2) && glued(i + 2)) else { return nil }
        if let p = tok(i - 1), p.kind == .word || p.kind == .number || p.isSymbol(")") { return nil }
        guard let r = numeric(at: i + 1), r.kind != .time else { return nil }
        var out = r
        out.text = "minus " + r.text
        out.value = r.value.map { -$0 }
        return out
    }

    /// "mid-80s" → "mid eighties": a lower-case prefix hyphenated to a number.
    func hyphenPrefix(at i: Int) -> Reading? {
        guard let w = word(i), ["mid", "pre", "post"].contains(w), t[i].text == w,
              isSymbol(i + 1, "-"), glued(i + 1), isNumber(i + 2), glued(i + 2) else { return nil }
        return Reading(end: i + 2, text: t[i].text + " ", isReading: false)
    }

    /// "tv", "suvs": initialisms that are written in lower case too, never words.
    func lowerCaseInitialism(at i: Int) -> Reading? {
        let w = t[i].text
        guard w == t[i].lower, w.utf8.count <= 5 else { return nil }
        var core = w, plural = false
        if !Initialisms.writtenLowerCase.contains(w), w.hasSuffix("s") {
            core = String(w.dropLast())
            plural = true
        }
        guard Initialisms.writtenLowerCase.contains(core) else { return nil }
        return Reading(end: i + 1, text: initialisms.letters(core.uppercased()) + (plural ? (style.spelledInitialisms ? "'s" : "s") : ""),
                       isReading: false)
    }

    /// Capitalised words: initialisms spelled, acronyms kept.
    func capitals(at i: Int) -> Reading? {
        guard t[i].text.first?.isUppercase == true else { return nil }
        if t[i].text == "Ph", isSymbol(i + 1, "."), glued(i + 1), tok(i + 2)?.text == "D", glued(i + 2) {
            return Reading(end: isSymbol(i + 3, ".") && glued(i + 3) ? i + 4 : i + 3, text: initialisms.letters("PHD"), isReading: false)
        }
        // "AT&T", "S&P": capitals joined by an ampersand are letters, whatever they spell.
        if (isSymbol(i + 1, "&") && glued(i + 1)) || (isSymbol(i - 1, "&") && glued(i)), t[i].isAllCaps, t[i].text.count <= 3 {
            return Reading(end: i + 1, text: initialisms.letters(t[i].text), isReading: false)
        }
        guard let r = initialisms.reading(t[i].text, shouted: shouted) else { return nil }
        return Reading(end: i + 1, text: r, isReading: false)
    }
}
