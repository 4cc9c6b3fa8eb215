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
    /// The line's tokens; the recognizers take `i` for the index of the token they start at.
    let tokens: [Token]
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
        self.tokens = tokens
        self.style = style
        numbers = NumberWords(style: style)
        initialisms = Initialisms(style: style)
        out = SpokenText(capacity: capacity + capacity / 2)
        var quotes = Set<Int>(), count = 0
        for (index, token) in tokens.enumerated() where token.isSymbol("\"") {
            if count % 2 == 0 {
                quotes.insert(index)
                if index > 0 && tokens[index - 1].kind == .number { continue }  // an inch mark, not a quotation
            }
            count += 1
        }
        unpairedQuotes = quotes
        var caps = 0, words = 0
        for token in tokens where token.kind == .word && token.text.count >= Self.minShoutedWordLength {
            words += 1
            if token.isAllCaps { caps += 1 }
        }
        // Three or more capitalised words making up most of the line: a headline or a promo in capitals.
        shouted = caps >= Self.minShoutedWords && caps * 10 >= words * Self.shoutedWordsInTen
    }

    /// Words in capitals that make a line shouted: at least this many…
    static let minShoutedWords = 3
    /// …and at least this many in ten of its words (a headline or a promo in capitals, not a line
    /// with a few initialisms).
    static let shoutedWordsInTen = 6
    /// Words shorter than this are not counted either way: "I" and "A" are capitals by nature.
    static let minShoutedWordLength = 2
    /// Lower-case initialisms ("tv", "suvs") are at most this many bytes with their plural "s".
    static let longestLowerCaseInitialism = 5
    /// Capitals joined by an ampersand ("AT&T", "S&P") are spelled letter by letter when a part is
    /// at most this long; a longer part gets the usual reading of capitals (spelled or said as a word).
    static let longestAmpersandInitialism = 3

    // MARK: token access

    func tok(_ i: Int) -> Token? { i >= 0 && i < tokens.count ? tokens[i] : nil }
    /// Token `i` exists and touches token `i - 1` (no space between).
    func glued(_ i: Int) -> Bool { i > 0 && i < tokens.count && tokens[i - 1].kind != .space }
    func isSymbol(_ i: Int, _ symbol: String) -> Bool { tok(i)?.isSymbol(symbol) ?? false }
    func isNumber(_ i: Int) -> Bool { tok(i)?.kind == .number }
    func isWord(_ i: Int) -> Bool { tok(i)?.kind == .word }
    /// The word at `i` in lower case, or nil.
    func word(_ i: Int) -> String? { tok(i).flatMap { $0.kind == .word ? $0.lower : nil } }
    /// Index of the token after a single space at `i`, or nil when `i` is not one plain space.
    func afterSpace(_ i: Int) -> Int? {
        guard let space = tok(i), space.kind == .space, !space.text.contains("\n") else { return nil }
        return i + 1
    }
    /// `j` if glued, or the token after one space.
    func gluedOrSpaced(_ j: Int) -> Int? {
        guard j < tokens.count else { return nil }
        if tokens[j].kind == .space { return afterSpace(j).flatMap { $0 < tokens.count ? $0 : nil } }
        return j
    }

    func capitalized(_ word: String) -> String {
        style.capitalizedWords ? word : word.lowercased()
    }

    // MARK: the pass

    mutating func run() {
        var i = 0
        while i < tokens.count {
            if let reading = recognize(at: i), reading.end > i {
                if reading.isReading { out.reading(reading.text) } else { out.raw(reading.text) }
                i = reading.end
            } else {
                out.raw(tokens[i].text)
                i += 1
            }
        }
        if style.keepsFinalPeriod, let last = tokens.last(where: { $0.kind != .space }), last.isSymbol("."),
           !out.text.hasSuffix("."), !out.text.hasSuffix(".\"") {
            out.raw(".")
        }
    }

    func recognize(at i: Int) -> Reading? {
        let token = tokens[i]
        switch token.kind {
        case .space:
            return nil
        case .electronic:
            return Reading(end: i + 1, text: Electronic.read(token.text, numbers: numbers, initialisms: initialisms))
        case .number:
            return numeric(at: i).map { withRange($0, from: i) }
        case .symbol:
            if let reading = money(at: i) ?? negative(at: i) ?? decade(at: i) ?? clippedYear(at: i) ?? phonePrefix(at: i) { return reading }
            if token.text == ".", let reading = numeric(at: i) { return withRange(reading, from: i) }
            return symbol(at: i)
        case .word:
            return wordReading(at: i)
        }
    }

    /// Every reading that starts with a word at `i`, in order of precedence.
    func wordReading(at i: Int) -> Reading? {
        if let reading = monthDate(at: i) ?? prefixedDollars(at: i) ?? partyLabel(at: i) { return reading }
        if let reading = yearPart(at: i) ?? fiscalYear(at: i) ?? lowerCaseInitialism(at: i) ?? codeBeforeAmount(at: i) { return reading }
        if let reading = stateAbbreviation(at: i) ?? postalState(at: i) ?? abbreviation(at: i) { return reading }
        if let reading = streetPart(at: i) ?? dottedInitialism(at: i) ?? roman(at: i) { return reading }
        return hyphenPrefix(at: i) ?? capitals(at: i)
    }

    /// Every reading that starts with a number (or a decimal point) at `i`.
    func numeric(at i: Int) -> Reading? {
        guard isNumber(i) || isSymbol(i, ".") else { return nil }
        if let reading = sectionCode(at: i) ?? power(at: i) ?? numberedYearPart(at: i) ?? telephone(at: i) ?? houseNumber(at: i) { return reading }
        if let reading = dialledNumber(at: i) ?? slashedYears(at: i) { return reading }
        if let reading = numericDate(at: i) ?? time(at: i) ?? zonedClockTime(at: i) ?? dayMonthDate(at: i) ?? fraction(at: i) { return reading }
        return amountBeforeCode(at: i) ?? amountBeforeSymbol(at: i) ?? measure(at: i) ?? decade(at: i) ?? ordinal(at: i) ?? plainNumber(at: i)
    }

    /// "-5", "−3.2 kg": a minus sign before a number that does not follow a word or number.
    func negative(at i: Int) -> Reading? {
        // "-$5" → "minus five dollars".
        if let sign = tok(i), sign.isSymbol("-") || sign.isSymbol("−"), glued(i + 1), let currency = tok(i + 1),
           Currency.symbols[currency.text] != nil,
           !(tok(i - 1).map { $0.kind == .word || $0.kind == .number } ?? false), let amount = money(at: i + 1) {
            return Reading(end: amount.end, text: "minus " + amount.text, kind: .money)
        }
        guard let sign = tok(i), sign.isSymbol("-") || sign.isSymbol("−"), glued(i + 1),
              isNumber(i + 1) || (isSymbol(i + 1, ".") && isNumber(i + 2) && glued(i + 2)) else { return nil }
        if let previous = tok(i - 1), previous.kind == .word || previous.kind == .number || previous.isSymbol(")") { return nil }
        guard let number = numeric(at: i + 1), number.kind != .time else { return nil }
        var negated = number
        negated.text = "minus " + number.text
        negated.value = number.value.map { -$0 }
        return negated
    }

    /// "mid-80s" → "mid eighties": a lower-case prefix hyphenated to a number.
    func hyphenPrefix(at i: Int) -> Reading? {
        guard let prefix = word(i), ["mid", "pre", "post"].contains(prefix), tokens[i].text == prefix,
              isSymbol(i + 1, "-"), glued(i + 1), isNumber(i + 2), glued(i + 2) else { return nil }
        return Reading(end: i + 2, text: tokens[i].text + " ", isReading: false)
    }

    /// "tv", "suvs": initialisms that are written in lower case too, never words.
    func lowerCaseInitialism(at i: Int) -> Reading? {
        let text = tokens[i].text
        guard text == tokens[i].lower, text.utf8.count <= Self.longestLowerCaseInitialism else { return nil }
        var core = text, plural = false
        if !Initialisms.writtenLowerCase.contains(text), text.hasSuffix("s") {
            core = String(text.dropLast())
            plural = true
        }
        guard Initialisms.writtenLowerCase.contains(core) else { return nil }
        return Reading(end: i + 1, text: initialisms.letters(core.uppercased()) + (plural ? (style.spelledInitialisms ? "'s" : "s") : ""),
                       isReading: false)
    }

    /// Capitalised words: initialisms spelled, acronyms kept.
    func capitals(at i: Int) -> Reading? {
        guard tokens[i].text.first?.isUppercase == true else { return nil }
        if tokens[i].text == "Ph", isSymbol(i + 1, "."), glued(i + 1), tok(i + 2)?.text == "D", glued(i + 2) {
            return Reading(end: isSymbol(i + 3, ".") && glued(i + 3) ? i + 4 : i + 3, text: initialisms.letters("PHD"), isReading: false)
        }
        // "AT&T", "S&P": capitals joined by an ampersand are letters, whatever they spell.
        if (isSymbol(i + 1, "&") && glued(i + 1)) || (isSymbol(i - 1, "&") && glued(i)), tokens[i].isAllCaps, tokens[i].text.count <= Self.longestAmpersandInitialism {
            return Reading(end: i + 1, text: initialisms.letters(tokens[i].text), isReading: false)
        }
        guard let reading = initialisms.reading(tokens[i].text, shouted: shouted) else { return nil }
        return Reading(end: i + 1, text: reading, isReading: false)
    }
}
