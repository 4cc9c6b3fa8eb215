extension NormalizationPass {
    /// Written fractions a news reader says by another name.
    static let namedSlashes: [String: String] = ["24/7": "twenty-four seven", "9/11": "nine eleven"]

    static let vulgarFractions: [Character: (Int, Int)] = [
        "½": (1, 2), "⅓": (1, 3), "⅔": (2, 3), "¼": (1, 4), "¾": (3, 4), "⅕": (1, 5), "⅖": (2, 5),
        "⅗": (3, 5), "⅘": (4, 5), "⅙": (1, 6), "⅚": (5, 6), "⅛": (1, 8), "⅜": (3, 8), "⅝": (5, 8), "⅞": (7, 8),
    ]

    /// "1/3" → "one third", "31/32" → "thirty-one thirty-seconds", "3/4" → "three quarters".
    func fractionWords(_ num: String, _ den: String) -> String {
        let n = numbers.cardinal(num)
        let one = num.drop(while: { $0 == "0" }) == "1"
        let d: String
        switch den.drop(while: { $0 == "0" }) {
        case "1": return n + " over one"
        case "2": d = one ? "half" : "halves"
        case "4": d = one ? "quarter" : "quarters"
        default:
            let o = numbers.ordinal(den)
            d = one ? o : NumberWords.pluralize(o)
        }
        return n + " " + d
    }

    /// "1/4", "1/4th", "2 1/2" → "two and a half", "2½".
    func fraction(at i: Int) -> Reading? {
        guard isNumber(i) else { return nil }
        // A whole number before a fraction: "2 1/2", "2½".
        if let v = tok(i + 1), glued(i + 1), v.kind == .symbol, let f = Self.vulgarFractions[Character(v.text)] {
            return Reading(end: i + 2, text: numbers.cardinal(t[i].text) + " and " + mixedPart(f.0, f.1))
        }
        if let k = afterSpace(i + 1), isNumber(k), isSymbol(k + 1, "/"), glued(k + 1), isNumber(k + 2), glued(k + 2),
           let simple = fraction(at: k), simple.end > k, let num = Int(t[k].text), let den = Int(t[k + 2].text), num < den || den == 1 {
            let part = den == 1 ? simple.text : mixedPart(num, den)
            return Reading(end: simple.end, text: numbers.cardinal(t[i].text) + " and " + part)
        }
        // Longer numbers around a slash are codes or ratios, not fractions anyone says.
        guard isSymbol(i + 1, "/"), glued(i + 1), isNumber(i + 2), glued(i + 2), t[i].text.utf8.count <= 3,
              t[i + 2].text.utf8.count <= 3 else { return nil }
        var end = i + 3
        if let n = tok(end), glued(end), n.isSymbol("/") || n.isSymbol(".") && isNumber(end + 1) || n.kind == .number { return nil }
        if let w = word(end), glued(end) {
            guard Self.ordinalSuffixes.contains(w) else { return nil }
            end += 1  // "1/4th"
        }
        let written = t[i].text + "/" + t[i + 2].text
        if let named = Self.namedSlashes[written] { return Reading(end: end, text: named) }
        guard let num = Int(t[i].text), let den = Int(t[i + 2].text), den != 0 else { return nil }
        // "80/20", "50/50": a split, not a fraction.
        if num >= den && den > 1 {
            return Reading(end: end, text: numbers.cardinal(t[i].text) + " " + numbers.cardinal(t[i + 2].text))
        }
        return Reading(end: end, text: fractionWords(t[i].text, t[i + 2].text), value: nil, kind: .plain)
    }

    /// "a half", "three quarters" after "two and".
    func mixedPart(_ num: Int, _ den: Int) -> String {
        if num == 1 && (den == 2 || den == 4) { return den == 2 ? "a half" : "a quarter" }
        return fractionWords(String(num), String(den))
    }
}
