extension NormalizationPass {
    /// Names of symbols that are read when they stand on their own (not part of an amount, a
    /// measure or an address).
    static let symbolNames: [String: String] = [
        "&": "and", "%": "percent", "$": "dollar", "€": "euro", "£": "pound", "¥": "yen", "₩": "won",
        "₹": "rupee", "#": "hash", "@": "at", "+": "plus", "/": "slash", "=": "equals", "§": "section",
        "°": "degrees", "×": "times", "½": "one half", "¼": "one quarter", "¾": "three quarters",
        "⅓": "one third", "⅔": "two thirds",
    ]

    func symbol(at i: Int) -> Reading? {
        let s = t[i].text
        // LaTeX-style quotes: `` and '' → ".
        if s == "`" || s == "'", isSymbol(i + 1, s), glued(i + 1) {
            return Reading(end: i + 2, text: "\"", isReading: false)
        }
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
        // "+" and "=" only in formulas and before numbers ("+1", "2+3", "C++").
        if s == "+" || s == "=" || s == "×" {
            guard isNumber(i + 1) || glued(i) else { return nil }
        }
        guard let name = Self.symbolNames[s] else { return nil }
        return Reading(end: i + 1, text: name)
    }
}
