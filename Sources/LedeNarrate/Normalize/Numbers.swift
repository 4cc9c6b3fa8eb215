/// A written number: "10,000", "3.25", ".5". Tokens `start..<end`.
struct NumberLiteral {
    var integer: String  // digits without separators; empty for ".5"
    var fraction: String?
    var grouped: Bool
    var end: Int
    var value: Double
    var isPlainInteger: Bool { fraction == nil }
}

extension NormalizationPass {
    /// The number starting at `i` (digits, or a decimal point before digits).
    func literal(at i: Int) -> NumberLiteral? {
        var integer = "", grouped = false, j = i
        if isNumber(i) {
            integer = tokens[i].text
            j = i + 1
            // Thousands separators: "10,000", "1,234,567" (groups of exactly three digits, touching).
            if integer.utf8.count <= 3 {
                while isSymbol(j, ","), glued(j), isNumber(j + 1), glued(j + 1), tokens[j + 1].text.utf8.count == 3 {
                    integer += tokens[j + 1].text
                    grouped = true
                    j += 2
                }
            }
        } else if isSymbol(i, "."), isNumber(i + 1), glued(i + 1) {
            // ".5" but not "3.5" read from the point, nor "a.5", nor "...5".
            if let p = tok(i - 1), p.kind == .word || p.kind == .number || p.isSymbol(".") { return nil }
        } else {
            return nil
        }
        var fraction: String? = nil
        if isSymbol(j, "."), glued(j) || j == i, isNumber(j + 1), glued(j + 1),
           !(isSymbol(j + 2, ".") && glued(j + 2) && isNumber(j + 3) && glued(j + 3)) {
            fraction = tokens[j + 1].text
            j += 2
        }
        if integer.isEmpty && fraction == nil { return nil }
        let value = Double((integer.isEmpty ? "0" : integer) + "." + (fraction ?? "0")) ?? .infinity
        return NumberLiteral(integer: integer, fraction: fraction, grouped: grouped, end: j, value: value)
    }

    /// A number as a quantity: "ten thousand", "one point five", "zero point one".
    func quantity(_ n: NumberLiteral) -> String {
        if let f = n.fraction { return numbers.decimal(integer: n.integer, fraction: f) }
        return numbers.cardinal(n.integer)
    }

    /// A number standing alone. AP style (most English-language news) writes counts of 1,000 and
    /// more with commas, so an ungrouped run of five or more digits is a code or an identifier and
    /// is read digit by digit, as is a number with a leading zero ("007"). Four ungrouped digits are
    /// read in pairs, as years are ("since 1994", "1428 Elm St.", "RTX 5070" → "fifty seventy"):
    /// that is what such a number almost always is in news, and "fifteen hundred", "five thousand"
    /// are also fine readings of a count.
    func plainNumber(at i: Int) -> Reading? {
        guard let n = literal(at: i) else { return nil }
        // "a 10bn deal", "3tn": scales that are not also units.
        if let w = word(n.end), glued(n.end), ["bn", "tn"].contains(w), !(tok(n.end + 1)?.isWord ?? false) {
            return Reading(end: n.end + 1, text: quantity(n) + " " + Currency.scales[w]!, value: n.value, kind: .plain)
        }
        if n.fraction != nil || n.grouped {
            return Reading(end: n.end, text: quantity(n), value: n.value, kind: .plain)
        }
        let d = n.integer
        if d.utf8.count > 1 && d.hasPrefix("0") || d.utf8.count >= 5 {
            return Reading(end: n.end, text: numbers.digits(d), value: n.value, kind: .plain)
        }
        if d.utf8.count == 4, let y = Int(d) {
            return Reading(end: n.end, text: numbers.year(y), value: n.value, kind: y <= 2099 ? .year : .plain)
        }
        return Reading(end: n.end, text: numbers.cardinal(d), value: n.value, kind: .plain)
    }

    /// The ordinal suffix a number takes: 1st, 2nd, 3rd, 11th...
    static func ordinalSuffix(_ digits: String) -> String {
        let v = digits.utf8.suffix(2).reduce(0) { $0 * 10 + Int($1 - 0x30) }
        if (11...13).contains(v % 100) { return "th" }
        switch v % 10 {
        case 1: return "st"
        case 2: return "nd"
        case 3: return "rd"
        default: return "th"
        }
    }

    static let ordinalSuffixes: Set<String> = ["st", "nd", "rd", "th"]

    /// "21st" → "twenty-first"; a wrong suffix ("2th") is read as written: "two th".
    func ordinal(at i: Int) -> Reading? {
        guard let n = literal(at: i), n.isPlainInteger, !n.integer.isEmpty, let suffix = word(n.end), glued(n.end),
              Self.ordinalSuffixes.contains(suffix) else { return nil }
        let d = n.integer
        let text: String
        if d.utf8.count > 1 && d.hasPrefix("0") && !n.grouped {
            text = numbers.digits(d) + " " + tokens[n.end].text
        } else if Self.ordinalSuffix(d) == suffix {
            text = numbers.ordinal(d)
        } else {
            text = numbers.cardinal(d) + " " + tokens[n.end].text
        }
        return Reading(end: n.end + 1, text: text, value: n.value, kind: .plain)
    }

    /// "1990s" → "nineteen nineties", "'80s" / "80s" → "eighties", "1980 s".
    func decade(at i: Int) -> Reading? {
        var start = i, apostrophe = false
        if let s = tok(i), s.kind == .symbol {
            guard Tokenizer.isApostrophe(Character(s.text)), isNumber(i + 1), glued(i + 1),
                  !(tok(i - 1)?.isWord ?? false) || !glued(i) else { return nil }
            start = i + 1
            apostrophe = true
        }
        // Not inside a model name: "T30S".
        if !apostrophe, glued(start), tok(start - 1)?.isWord == true { return nil }
        guard isNumber(start), let d = tok(start)?.text, d.hasSuffix("0"),
              d.utf8.count == 4 || d.utf8.count == 2, !(apostrophe && d.utf8.count == 4) else { return nil }
        var end: Int
        if tok(start + 1)?.text == "s" && glued(start + 1) {
            end = start + 2
        } else if let a = tok(start + 1), a.kind == .symbol, Tokenizer.isApostrophe(Character(a.text)), glued(start + 1),
                  tok(start + 2)?.text == "s", glued(start + 2) {
            end = start + 3
        } else if d.utf8.count == 4, let j = afterSpace(start + 1), word(j) == "s", tokens[j].text == "s",
                  !(tok(j + 1)?.isWord ?? false) {
            end = j + 1
        } else {
            return nil
        }
        let v = Int(d) ?? 0
        let words = d.utf8.count == 4 ? numbers.year(v) : numbers.twoDigits(v)
        return Reading(end: end, text: NumberWords.pluralize(words), value: Double(v), kind: .decade)
    }
}
