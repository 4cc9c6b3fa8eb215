extension NormalizationPass {
    /// Written like fractions, said as two numbers: "twenty-four seven", "nine eleven".
    static let namedSlashes: Set<String> = ["24/7", "9/11"]

    static let vulgarFractions: [Character: (Int, Int)] = [
        "½": (1, 2), "⅓": (1, 3), "⅔": (2, 3), "¼": (1, 4), "¾": (3, 4), "⅕": (1, 5), "⅖": (2, 5),
        "⅗": (3, 5), "⅘": (4, 5), "⅙": (1, 6), "⅚": (5, 6), "⅛": (1, 8), "⅜": (3, 8), "⅝": (5, 8), "⅞": (7, 8),
    ]

    /// The share of a whole that splits always add up to: "80/20", "60/40", "50/50".
    static let splitWhole = 100
    /// Splits are written in round shares; "97/3" is a fraction.
    static let splitStep = 5

    /// "80/20", "40/60", "50/50", "20/20": shares of a hundred, or two equal numbers, are a split or
    /// a score said as two numbers; any other pair is a fraction ("22/3" → "twenty-two thirds").
    static func isSplit(_ num: Int, _ den: Int) -> Bool {
        num == den || (num + den == splitWhole && num % splitStep == 0 && den % splitStep == 0)
    }

    /// "1/3" → "one third", "31/32" → "thirty-one thirty-seconds", "3/4" → "three quarters", "7/2" →
    /// "seven halves".
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

    /// A fraction written with a slash at `i`: its reading, end, and whether it is a fraction (not a
    /// split or a named pair). Longer numbers around a slash are codes or ratios, not fractions.
    func slashFraction(at i: Int) -> (text: String, end: Int, num: Int, den: Int, isFraction: Bool)? {
        guard isNumber(i), isSymbol(i + 1, "/"), glued(i + 1), isNumber(i + 2), glued(i + 2),
              tokens[i].text.utf8.count <= 3, tokens[i + 2].text.utf8.count <= 3 else { return nil }
        var end = i + 3
        if let n = tok(end), glued(end), n.isSymbol("/") || n.isSymbol(".") && isNumber(end + 1) || n.kind == .number { return nil }
        if let w = word(end), glued(end) {
            guard Self.ordinalSuffixes.contains(w) else { return nil }
            end += 1  // "1/4th"
        }
        guard let num = Int(tokens[i].text), let den = Int(tokens[i + 2].text), den != 0 else { return nil }
        let pair = numbers.cardinal(tokens[i].text) + " " + numbers.cardinal(tokens[i + 2].text)
        if Self.namedSlashes.contains(tokens[i].text + "/" + tokens[i + 2].text) || Self.isSplit(num, den) {
            return (pair, end, num, den, false)
        }
        return (fractionWords(tokens[i].text, tokens[i + 2].text), end, num, den, true)
    }

    /// "1/4", "1/4th", "22/3", "2 1/2" → "two and a half", "3 5/2" → "three and five halves", "2½";
    /// with a unit after it: "4 1/2 lbs" → "four and a half pounds", "1/2 mile" → "half a mile".
    func fraction(at i: Int) -> Reading? {
        guard isNumber(i) else { return nil }
        var mixed: (text: String, end: Int)? = nil
        if let v = tok(i + 1), glued(i + 1), v.kind == .symbol, let f = Self.vulgarFractions[Character(v.text)] {
            mixed = (numbers.cardinal(tokens[i].text) + " and " + mixedPart(f.0, f.1), i + 2)
        } else if let k = afterSpace(i + 1), let f = slashFraction(at: k), f.isFraction {
            mixed = (numbers.cardinal(tokens[i].text) + " and " + (f.den == 1 ? f.text : mixedPart(f.num, f.den)), f.end)
        }
        if let m = mixed {
            if let u = unit(at: m.end, count: false) { return Reading(end: u.end, text: m.text + " " + u.text) }
            return Reading(end: m.end, text: m.text)
        }
        guard let f = slashFraction(at: i) else { return nil }
        if f.isFraction, let u = unit(at: f.end, count: true) {
            // "half a mile", "three quarters of an inch".
            let whole = f.num == 1 && f.den == 2 ? "half" : f.text + " of"
            return Reading(end: u.end, text: whole + " " + Self.indefiniteArticle(u.text) + " " + u.text)
        }
        return Reading(end: f.end, text: f.text, value: nil, kind: .plain)
    }

    /// "a" or "an" before a unit's name ("an inch", "an hour", "a meter").
    static func indefiniteArticle(_ word: String) -> String {
        guard let c = word.first else { return "a" }
        return "aeio".contains(c) || word.hasPrefix("hour") ? "an" : "a"
    }

    /// "a half", "three quarters" after "two and".
    func mixedPart(_ num: Int, _ den: Int) -> String {
        if num == 1 && (den == 2 || den == 4) { return den == 2 ? "a half" : "a quarter" }
        return fractionWords(String(num), String(den))
    }
}
