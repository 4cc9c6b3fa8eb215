extension NormalizationPass {
    /// Words after which a Roman numeral is a number said as a cardinal: "World War II", "Chapter IV".
    static let romanCounters: Set<String> = [
        "war", "chapter", "part", "volume", "vol", "act", "book", "phase", "section", "article", "title",
        "bowl", "round", "level", "stage", "grade", "class", "type", "mark", "mk", "apollo", "vatican",
        "episode", "season", "series", "tier", "category", "division", "amendment", "pillar", "schedule", "appendix", "annex", "psalm", "canto", "rocky",
    ]

    /// Titles of those whose names take a regnal number.
    static let regnalTitles: Set<String> = ["king", "queen", "pope", "emperor", "empress", "tsar", "czar", "tsarina",
                                            "kaiser", "sultan", "shah", "pharaoh"]
    /// A name has at most this many words between its title and its number ("Pope John Paul I").
    static let longestRegnalName = 3

    /// The capitalised name ending at `p` has a regnal title before it.
    func hasRegnalTitle(beforeName p: Int) -> Bool {
        var j = p
        for _ in 0..<Self.longestRegnalName {
            guard let t = tok(j), t.isCapitalized, let q = afterSpaceBackward(j), let b = tok(q), b.isWord else { return false }
            if Self.regnalTitles.contains(b.lower) { return true }
            j = q
        }
        return false
    }

    /// Nothing but the end of the line, a space before a non-word, or punctuation follows `j`.
    func pauseFollows(_ j: Int) -> Bool {
        guard let n = tok(j) else { return true }
        if n.kind == .symbol { return !n.isSymbol("-") }
        guard n.kind == .space, let a = tok(j + 1) else { return n.kind == .space }
        return a.kind == .symbol
    }

    /// The value of a Roman numeral written in canonical form, or nil.
    static func romanValue(_ s: String) -> Int? {
        let values: [Character: Int] = ["I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000]
        var total = 0, previous = 0
        for c in s.reversed() {
            guard let v = values[c] else { return nil }
            if v < previous { total -= v } else { total += v; previous = v }
        }
        guard total > 0, total < 4000, romanNumeral(total) == s else { return nil }
        return total
    }

    static func romanNumeral(_ n: Int) -> String {
        let table: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                                      (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var n = n, s = ""
        for (v, r) in table { while n >= v { s += r; n -= v } }
        return s
    }

    /// "Charles III" → "Charles the third", "World War II" → "World War two", "Chapter IV" → "Chapter
    /// four". Only after a capitalised word; after a name, numerals up to 89 (no monarch or pope has
    /// gone further; "DC", "MD", "CD" are initialisms); single letters ("I", "V", "X") only after a
    /// counter word, where they cannot be the pronoun or a letter.
    func roman(at i: Int) -> Reading? {
        // A possessive stays on: "Elizabeth II's".
        let whole = tokens[i].text
        let apostrophe = whole.firstIndex(where: Tokenizer.isApostrophe)
        let w = String(whole[..<(apostrophe ?? whole.endIndex)]), tail = String(whole[(apostrophe ?? whole.endIndex)...])
        guard w.count <= 8, w.allSatisfy({ "IVXLCDM".contains($0) }), let value = Self.romanValue(w),
              let p = afterSpaceBackward(i), let before = tok(p), before.kind == .word || before.isSymbol("."),
              !(tok(i + 1)?.isWord ?? false) else { return nil }
        var prevWord = before
        if before.isSymbol("."), let q = tok(p - 1), q.isWord, glued(p) { prevWord = q }  // "Vol. II"
        guard prevWord.isWord, prevWord.text.first?.isUppercase == true else { return nil }
        if Self.romanCounters.contains(prevWord.lower) {
            return Reading(end: i + 1, text: numbers.cardinal(String(value)) + tail)
        }
        // "Queen Elizabeth I", "King George V": one letter after a name with a royal or papal title
        // before it, at a pause ("King Charles I think…" keeps its pronoun).
        if w.count == 1, before.isWord, hasRegnalTitle(beforeName: p), pauseFollows(i + 1) || !tail.isEmpty {
            return Reading(end: i + 1, text: "the " + numbers.ordinal(String(value)) + tail)
        }
        guard w.count >= 2, value <= 89, !prevWord.isAllCaps || prevWord.text.count == 1, !shouted,
              !Initialisms.spelled.contains(w) else { return nil }
        return Reading(end: i + 1, text: "the " + numbers.ordinal(String(value)) + tail)
    }
}
