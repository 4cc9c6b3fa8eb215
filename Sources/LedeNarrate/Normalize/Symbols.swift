extension NormalizationPass {
    /// Names of symbols that are read when they stand on their own (not part of an amount, a
    /// measure or an address).
    static let symbolNames: [String: String] = [
        "&": "and", "%": "percent", "$": "dollar", "€": "euro", "£": "pound", "¥": "yen", "₩": "won",
        "₹": "rupee", "#": "hash", "@": "at", "+": "plus", "/": "slash", "=": "equals", "§": "section",
        "°": "degrees", "×": "times", "±": "plus or minus", "½": "one half", "¼": "one quarter", "¾": "three quarters",
        "⅓": "one third", "⅔": "two thirds",
    ]

    static let beforeNumber: [String: String] = ["<": "less than", ">": "more than", "≤": "at most", "≥": "at least",
                                                 "~": "about", "≈": "about", "±": "plus or minus"]

    func symbol(at i: Int) -> Reading? {
        let s = tokens[i].text
        // Markup left in the text: "<br/>", "</p>", "<noise/>" stay as they are.
        if s == "<", let r = tag(at: i) { return r }
        // After a number, an apostrophe that is not "'s" is a mark of its own: "20'" → "twenty '".
        if s == "'", glued(i), isNumber(i - 1), !(word(i + 1) == "s" && glued(i + 1) && !(tok(i + 2)?.isWord ?? false && glued(i + 2))) {
            return Reading(end: i + 1, text: "'")
        }
        // LaTeX-style quotes: `` and '' → ".
        if s == "`" || s == "'", isSymbol(i + 1, s), glued(i + 1) {
            return Reading(end: i + 2, text: "\"", isReading: false)
        }
        // Musical keys and languages: "C#", "F#".
        if s == "#", glued(i), let a = tok(i - 1), a.isWord, a.text.count == 1, "ABCDEFG".contains(a.text),
           !(tok(i + 1).map { glued(i + 1) && ($0.isWord || $0.isNumber) } ?? false) {
            return Reading(end: i + 1, text: "sharp")
        }
        // HTML character references left in the text: "&quot;", "&#39;".
        if s == "&", let r = characterReference(at: i) { return r }
        // "#MeToo" → "hashtag MeToo" (a hash at the start of a word).
        if s == "#", !glued(i), isWord(i + 1), glued(i + 1) { return Reading(end: i + 1, text: "hashtag") }
        // "#1" → "number one".
        if s == "#", isNumber(i + 1), glued(i + 1) {
            return Reading(end: i + 1, text: "number")
        }
        // "*" is a footnote mark unless it stands between two things: "2*8".
        if s == "*" {
            guard glued(i), glued(i + 1), let a = tok(i - 1), let b = tok(i + 1),
                  a.isNumber || a.isWord, b.isNumber || b.isWord else { return nil }
            return Reading(end: i + 1, text: "asterisk")
        }
        // Comparisons and approximations before a number: "<5%", "~40", "±2".
        if let word = Self.beforeNumber[s], isNumber(i + 1) || isSymbol(i + 1, "."), glued(i + 1) {
            return Reading(end: i + 1, text: word)
        }
        // "+" and "=" only in formulas and before numbers ("+1", "2+3", "C++").
        if s == "+" || s == "=" || s == "×" {
            guard isNumber(i + 1) || glued(i) else { return nil }
        }
        guard let name = Self.symbolNames[s] else { return nil }
        // "and/or" is said "and or".
        if s == "/", word(i - 1) == "and", word(i + 1) == "or", glued(i), glued(i + 1) { return Reading(end: i + 1, text: " ", isReading: false) }
        if s == "/", glued(i), let p = tok(i - 1), p.isSymbol("<") { return nil }
        return Reading(end: i + 1, text: name)
    }
}

extension NormalizationPass {
    /// A markup tag at `i`: "<", an optional "/", a word, optional attributes without spaces, ">".
    func tag(at i: Int) -> Reading? {
        var j = i + 1, text = "<"
        if isSymbol(j, "/") { text += "/"; j += 1 }
        guard isWord(j) else { return nil }
        while j < tokens.count, j - i < 64, !tokens[j].isSymbol(">") {
            if tokens[j].isSpace || tokens[j].isSymbol("<") { return nil }
            text += tokens[j].text
            j += 1
        }
        guard isSymbol(j, ">") else { return nil }
        return Reading(end: j + 1, text: text + ">", isReading: false)
    }
}

extension NormalizationPass {
    static let namedReferences: [String: String] = ["quot": "\"", "amp": "&", "apos": "'", "lt": "<", "gt": ">",
                                                    "nbsp": " ", "rsquo": "’", "lsquo": "‘", "rdquo": "”", "ldquo": "“",
                                                    "mdash": "—", "ndash": "–", "hellip": "…"]

    func characterReference(at i: Int) -> Reading? {
        if let w = word(i + 1), glued(i + 1), isSymbol(i + 2, ";"), glued(i + 2), let c = Self.namedReferences[w] {
            return Reading(end: i + 3, text: c, isReading: false)
        }
        if isSymbol(i + 1, "#"), glued(i + 1), isNumber(i + 2), glued(i + 2), isSymbol(i + 3, ";"), glued(i + 3),
           tokens[i + 2].text.utf8.count <= 7, let v = UInt32(tokens[i + 2].text), let scalar = Unicode.Scalar(v), v >= 32 {
            return Reading(end: i + 4, text: String(Character(scalar)), isReading: false)
        }
        return nil
    }
}
