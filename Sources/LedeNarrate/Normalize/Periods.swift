extension NormalizationPass {
    /// Parts of a year written with a letter: "Q3" (a quarter), "H1" (a half).
    static let yearParts: [String: (name: String, count: Int)] = ["Q": ("quarter", 4), "H": ("half", 2)]

    /// Words after which "Q3" needs no "the" of its own ("the Q3 results", "last Q4").
    static let determiners: Set<String> = ["the", "a", "this", "that", "last", "next", "each", "every", "its", "their",
                                           "his", "her", "our", "your", "my", "same", "per"]
    /// Words after which a bare "Q3" is a noun and takes "the" ("in Q3" → "in the third quarter").
    static let prepositions: Set<String> = ["in", "during", "for", "by", "from", "to", "since", "until", "through", "of",
                                            "over", "into", "before", "after", "at", "on", "throughout", "within", "than"]

    /// The first year a two-digit year after a quarter can mean: quarterly reporting is this
    /// century's ("2Q22" is 2022).
    static let yearPartCentury = 2000

    /// "Q3", "Q1 2024", "Q4 '23", "H1 2023" → "the first quarter of twenty twenty-four". A quarter
    /// without a year only after a preposition or a determiner ("Audi Q3" is a car); a half only
    /// with its year ("H1" is a heading).
    func yearPart(at i: Int) -> Reading? {
        guard let part = Self.yearParts[tokens[i].text], isNumber(i + 1), glued(i + 1), tokens[i + 1].text.utf8.count == 1,
              let n = Int(tokens[i + 1].text), n >= 1, n <= part.count else { return nil }
        if glued(i), let p = tok(i - 1), p.isWord || p.isNumber { return nil }
        var end = i + 2
        if let next = tok(end), glued(end), next.isWord || next.isNumber { return nil }  // "H1N1", "Q1a"
        var year: String? = nil
        if let k = afterSpace(end), let y = self.year(at: k) {
            year = y.text
            end = y.end
        } else if let y = apostropheYear(at: afterSpace(end) ?? end) {
            year = y.text
            end = y.end
        } else if part.name == "quarter", startsSentence(i), let k = afterSpace(end), let w = tok(k), w.isWord,
                  w.text.first?.isLowercase == true {
            // "Q2 profits rose." opens a sentence: "Second quarter profits rose."
            let text = numbers.ordinal(String(n)) + " " + part.name
            return Reading(end: end, text: text.prefix(1).uppercased() + text.dropFirst())
        } else {
            guard part.name == "quarter", let p = afterSpaceBackward(i), let w = word(p),
                  Self.prepositions.contains(w) || Self.determiners.contains(w) else { return nil }
        }
        return Reading(end: end, text: yearPartText(n, part.name, year, at: i))
    }

    /// "2Q22", "1H23", "3Q2019", "4Q 2019": the number before the letter, the year after it.
    func numberedYearPart(at i: Int) -> Reading? {
        guard tokens[i].text.utf8.count == 1, let n = Int(tokens[i].text), let w = tok(i + 1), glued(i + 1),
              let part = Self.yearParts[w.text], n >= 1, n <= part.count else { return nil }
        if glued(i), let p = tok(i - 1), p.isWord || p.isNumber { return nil }
        let year: String, end: Int
        if isNumber(i + 2), glued(i + 2), tokens[i + 2].text.utf8.count == 2 || tokens[i + 2].text.utf8.count == 4,
           let y = Int(tokens[i + 2].text) {
            if let next = tok(i + 3), glued(i + 3), next.isWord || next.isNumber { return nil }
            (year, end) = (numbers.year(y < 100 ? Self.yearPartCentury + y : y), i + 3)
        } else if let k = afterSpace(i + 2), let y = self.year(at: k) {
            (year, end) = (y.text, y.end)  // "4Q 2019": spaced, only a full year
        } else {
            return nil
        }
        return Reading(end: end, text: yearPartText(n, part.name, year, at: i))
    }

    /// `i` opens the line or follows the end of a sentence (". ", "! ", "? "), maybe after a quote.
    func startsSentence(_ i: Int) -> Bool {
        var j = i - 1
        while j >= 0, tokens[j].isSymbol("\"") || tokens[j].isSymbol("“") || tokens[j].isSymbol("(") { j -= 1 }
        if j < 0 { return true }
        guard tokens[j].kind == .space, j > 0 else { return false }
        return tokens[j - 1].isSymbol(in: [".", "!", "?"])
    }

    /// "in '05" → "in oh five", "the class of '99" → "ninety-nine": a year clipped to two digits,
    /// read as it is said (a decade, "'80s", is read by ``decade(at:)`` first).
    func clippedYear(at i: Int) -> Reading? {
        guard let a = tok(i), a.kind == .symbol, Tokenizer.isApostrophe(Character(a.text)), isNumber(i + 1), glued(i + 1),
              tokens[i + 1].text.utf8.count == 2, let y = Int(tokens[i + 1].text) else { return nil }
        if glued(i), let p = tok(i - 1), p.isWord || p.isNumber { return nil }
        if let n = tok(i + 2), glued(i + 2), n.isWord || n.isNumber || Tokenizer.isApostrophe(Character(n.text)) { return nil }
        return Reading(end: i + 2, text: shortYear(y), value: Double(y), kind: .plain)
    }

    /// "'23" at `k`: the year it stands for in this century.
    func apostropheYear(at k: Int) -> (text: String, end: Int)? {
        guard let a = tok(k), a.kind == .symbol, Tokenizer.isApostrophe(Character(a.text)), isNumber(k + 1), glued(k + 1),
              tokens[k + 1].text.utf8.count == 2, let y = Int(tokens[k + 1].text) else { return nil }
        if let next = tok(k + 2), glued(k + 2), next.isWord || next.isNumber { return nil }
        return (numbers.year(Self.yearPartCentury + y), k + 2)
    }

    func yearPartText(_ n: Int, _ name: String, _ year: String?, at i: Int) -> String {
        let before = afterSpaceBackward(i).flatMap { word($0) }
        let the = before.map { Self.determiners.contains($0) } ?? false ? ""
            : (year != nil || before.map { Self.prepositions.contains($0) } ?? false) ? "the " : ""
        return the + numbers.ordinal(String(n)) + " " + name + (year.map { " of " + $0 } ?? "")
    }

    /// "2022/23", "1999/2000": a season or a fiscal year written with a slash, the second year the
    /// one after the first, read as the range it is ("twenty twenty-two to twenty-three").
    func slashedYears(at i: Int) -> Reading? {
        guard isNumber(i), tokens[i].text.utf8.count == 4, let y = Int(tokens[i].text), y >= Self.earliestYear,
              isSymbol(i + 1, "/"), glued(i + 1), isNumber(i + 2), glued(i + 2), let next = Int(tokens[i + 2].text) else { return nil }
        if glued(i), let p = tok(i - 1), p.isWord || p.isNumber || p.isSymbol("/") { return nil }
        if let n = tok(i + 3), glued(i + 3), n.isWord || n.isNumber || n.isSymbol("/") { return nil }
        let second: String
        switch tokens[i + 2].text.utf8.count {
        case 2 where next == (y + 1) % 100: second = shortYear(next)
        case 4 where next == y + 1: second = numbers.year(next)
        default: return nil
        }
        return Reading(end: i + 3, text: numbers.year(y) + " to " + second, kind: .plain)
    }

    /// "FY2023", "FY23", "FY 2024" → "fiscal year twenty twenty-three".
    func fiscalYear(at i: Int) -> Reading? {
        guard tokens[i].text == "FY" else { return nil }
        if glued(i), let p = tok(i - 1), p.isWord || p.isNumber { return nil }
        if let y = (isNumber(i + 1) ? i + 1 : afterSpace(i + 1)).flatMap({ self.year(at: $0) }) {
            return Reading(end: y.end, text: "fiscal year " + y.text)
        }
        guard isNumber(i + 1), glued(i + 1), tokens[i + 1].text.utf8.count == 2, let y = Int(tokens[i + 1].text) else { return nil }
        if let next = tok(i + 2), glued(i + 2), next.isWord || next.isNumber { return nil }
        return Reading(end: i + 2, text: "fiscal year " + numbers.year(Self.yearPartCentury + y))
    }
}

extension NormalizationPass {
    /// "401(k)" → "four oh one k", "501(c)(3)" → "five oh one c three", "Section 8(a)" → "eight a":
    /// a number with lettered or numbered subsections in brackets is a name, read as codes are.
    func sectionCode(at i: Int) -> Reading? {
        guard isNumber(i), isSymbol(i + 1, "("), glued(i + 1), tokens[i].text.utf8.count <= 4 else { return nil }
        var parts = [codeNumber(tokens[i].text)], j = i + 1
        while isSymbol(j, "("), glued(j), let inner = tok(j + 1), glued(j + 1), isSymbol(j + 2, ")"), glued(j + 2),
              (inner.isWord && inner.text.count == 1) || (inner.isNumber && inner.text.utf8.count <= 2) {
            parts.append(inner.isWord ? inner.text : numbers.cardinal(inner.text))
            j += 3
        }
        guard parts.count > 1 else { return nil }
        if let next = tok(j), glued(j), next.isWord || next.isNumber { return nil }
        return Reading(end: j, text: parts.joined(separator: " "))
    }

    /// A number used as a name: "401" → "four oh one", "529" → "five twenty-nine", "500" → "five
    /// hundred", "1983" → "nineteen eighty-three".
    func codeNumber(_ d: String) -> String {
        guard let v = Int(d), !d.hasPrefix("0") else { return numbers.digits(d) }
        switch d.utf8.count {
        case 3 where v % 100 != 0:
            let rest = v % 100
            return NumberWords.units[v / 100] + " " + (rest < 10 ? "oh " + NumberWords.units[rest] : numbers.twoDigits(rest))
        case 4: return numbers.year(v)
        default: return numbers.cardinal(d)
        }
    }
}
