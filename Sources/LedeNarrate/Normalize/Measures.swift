extension NormalizationPass {
    /// The unit at `j` (touching the number or after one space): its text and the end.
    func unit(at j: Int, count isOne: Bool) -> (text: String, end: Int)? {
        guard let k = gluedOrSpaced(j), let u = tok(k) else { return nil }
        if u.isSymbol("%") { return ("percent", k + 1) }
        if u.isSymbol("¢"), k == j { return (isOne ? "cent" : "cents", k + 1) }
        if u.isSymbol("\""), k == j, unpairedQuotes.contains(k) { return (isOne ? "inch" : "inches", k + 1) }
        // "6in", "6 in. of snow": "in" is inches only touching the number or with its period before
        // a lower-case word ("6 in the morning" is the preposition).
        if u.text == "in" {
            if k == j, !(tok(k + 1).map { glued(k + 1) && ($0.isWord || $0.isNumber) } ?? false) {
                return (Units.inch.counted(isOne), k + 1)
            }
            if isSymbol(k + 1, "."), glued(k + 1), let w = afterSpace(k + 2).flatMap({ tok($0) }), w.isWord,
               w.text.first?.isLowercase == true {
                return (Units.inch.counted(isOne), k + 2)
            }
            return nil
        }
        if u.isSymbol("°") {
            let deg = isOne ? "degree" : "degrees"
            if let s = gluedOrSpaced(k + 1), let w = tok(s), w.kind == .word,
               let name = ["C": "Celsius", "F": "Fahrenheit"][w.text] {
                return (deg + " " + name, s + 1)
            }
            return (deg, k + 1)
        }
        guard let p = unitPhrase(at: k) else { return nil }
        if p.bare {
            // A lone symbol: only the ones that are not also letters, grades or decades, and the
            // single letters that are ambiguous after a space only when they touch the number.
            guard Units.bareBases.contains(p.symbol), glued(k) || Units.spacedBare.contains(p.symbol) else { return nil }
            if (p.symbol == "V" || p.symbol == "W") && numberIsInsideAWord(before: k) { return nil }
        }
        return (p.name.counted(isOne), p.end)
    }

    /// A unit at `k`: "km", "km²", "m2", "sq ft", "km/h", "kg/m³", "m/s²", and whether it is a
    /// base symbol standing alone ("m", "V"), which the caller judges by its place.
    func unitPhrase(at k: Int) -> (name: UnitName, end: Int, bare: Bool, symbol: String)? {
        guard let u = tok(k), u.isWord else { return nil }
        var name: UnitName, end: Int, bare = false, symbol = u.text
        if u.lower == "sq" || u.lower == "cu", let n = afterSpace(k + 1), isWord(n),
           let a = tokens[n].text == "in" ? (Units.inch, Units.Kind.length, false) : Units.atom(tokens[n].text), a.kind == .length {
            name = Units.powered(a.name, .length, u.lower == "sq" ? 2 : 3)
            end = n + 1
            symbol = tokens[n].text
        } else if u.text == "fl", let n = afterSpace(k + 1), tok(n)?.text == "oz" {
            (name, end, symbol) = (Units.fluidOunce, n + 1, "fl oz")
        } else {
            guard let a = poweredAtom(at: k, denominator: false) else { return nil }
            (name, end, bare, symbol) = a
        }
        if let d = denominator(at: end) {
            name = UnitName(name.one + " per " + d.name, name.many + " per " + d.name)
            end = d.end
            bare = false
        }
        if let n = tok(end), glued(end), n.kind == .word || n.kind == .number { return nil }
        return (name, end, bare, symbol)
    }

    /// "/h", "/m³", "/s²" at `j`: the unit after a slash, singular, and the end.
    func denominator(at j: Int) -> (name: String, end: Int)? {
        guard isSymbol(j, "/"), glued(j), isWord(j + 1), glued(j + 1),
              let d = poweredAtom(at: j + 1, denominator: true) else { return nil }
        if let n = tok(d.end), glued(d.end), n.kind == .word || n.kind == .number || n.isSymbol("/") { return nil }
        return (d.name.one, d.end)
    }

    /// One unit symbol at `k` and its power: "km", "km²", "m2", "s²".
    func poweredAtom(at k: Int, denominator: Bool) -> (name: UnitName, end: Int, bare: Bool, symbol: String)? {
        var s = tokens[k].text, power = 0
        if let last = s.last, last == "²" || last == "³" {
            power = last == "²" ? 2 : 3
            s.removeLast()
        }
        guard !s.isEmpty, let a = Units.atom(s, denominator: denominator) else { return nil }
        var end = k + 1
        if power == 0, a.kind == .length, isNumber(end), glued(end), tokens[end].text == "2" || tokens[end].text == "3" {
            power = tokens[end].text == "2" ? 2 : 3
            end += 1
        }
        let name = power == 0 ? a.name : Units.powered(a.name, a.kind, power)
        return (name, end, a.bare && power == 0, s)
    }

    /// The number before a glued unit is itself glued to a word ("T30W" is a model name).
    func numberIsInsideAWord(before k: Int) -> Bool {
        var j = k - 1
        while j >= 0, k - j < 64, tokens[j].kind == .number || tokens[j].isSymbol(".") || tokens[j].isSymbol(",") { j -= 1 }
        return j >= 0 && j < k - 1 && tokens[j].isWord && glued(j + 1)
    }

    /// Nouns counted in millions: after them a glued "m" is British news's "million" ("1.5m people"),
    /// not metres ("a 100m sprint", "2m tall").
    static let countedInMillions: Set<String> = [
        "people", "residents", "users", "viewers", "voters", "votes", "jobs", "homes", "households", "customers",
        "children", "adults", "tonnes", "tons", "barrels", "doses", "cases", "visitors", "subscribers", "copies",
        "passengers", "workers", "refugees", "migrants", "patients", "followers", "shares", "members", "years",
    ]

    /// More inches than this are not the inches of a height in feet and inches.
    static let inchesInAFoot = 12

    /// "5 km", "10kg", "6 ft", "1°C", "5%", "100 million kg", "2x8 m2", "a 5-km race".
    func measure(at i: Int) -> Reading? {
        guard let n = literal(at: i) else { return nil }
        // Feet and inches: 5'10", 6′2″.
        if n.isPlainInteger, let f = tok(n.end), glued(n.end), f.text == "'" || f.text == "′" || f.text == "’",
           isNumber(n.end + 1), glued(n.end + 1), let q = tok(n.end + 2), glued(n.end + 2), q.text == "\"" || q.text == "″" || q.text == "”",
           let inches = Int(tokens[n.end + 1].text), inches < 12 {
            let feet = n.integer == "1" ? "foot" : "feet"
            return Reading(end: n.end + 3, text: quantity(n) + " " + feet + " " + numbers.cardinal(tokens[n.end + 1].text)
                           + (inches == 1 ? " inch" : " inches"))
        }
        // "12/kg" → "twelve per kilogram": a rate written with its unit under the slash only.
        if let d = denominator(at: n.end) {
            return Reading(end: d.end, text: quantity(n) + " per " + d.name, value: n.value, kind: .plain)
        }
        // "5x faster" → "five times faster".
        if n.isPlainInteger || n.fraction != nil, let x = tok(n.end), x.text == "x" || x.text == "×", glued(n.end),
           !(tok(n.end + 1).map { glued(n.end + 1) && ($0.isNumber || $0.isWord) } ?? false),
           !(afterSpace(n.end + 1).map { isNumber($0) } ?? false) {
            return Reading(end: n.end + 1, text: quantity(n) + " times", value: n.value, kind: .plain)
        }
        var text = quantity(n), end = n.end, simple = true
        // Scientific notation: "6.02×10^23" → "six point zero two times ten to the power of twenty-three".
        if let k = gluedOrSpaced(end), let x = tok(k), x.text == "x" || x.text == "×",
           let m = gluedOrSpaced(k + 1), glued(k) == glued(m), let p = power(at: m) {
            let u = unit(at: p.end, count: false)
            return Reading(end: u?.end ?? p.end, text: text + " times " + p.text + (u.map { " " + $0.text } ?? ""),
                           value: n.value, kind: u == nil ? .plain : .measure)
        }
        // Dimensions: "2x8", "2 x 8 m".
        while let k = gluedOrSpaced(end), let x = tok(k), x.text == "x" || x.text == "×",
              let m = gluedOrSpaced(k + 1), (glued(k) == glued(m)), let n2 = literal(at: m) {
            text += " by " + quantity(n2)
            end = n2.end
            simple = false
        }
        // A scale word between the number and its unit: "100 million kg".
        if let k = afterSpace(end), let w = word(k), ["thousand", "million", "billion", "trillion"].contains(w),
           unit(at: k + 1, count: false) != nil {
            text += " " + tokens[k].text
            end = k + 1
            simple = false
        }
        // After "a"/"an" the measure qualifies the next noun and takes the singular: "a 100m sprint" →
        // "a one hundred meter sprint", "a 10kg bag".
        let afterArticle = afterSpaceBackward(i).flatMap { word($0) }.map { $0 == "a" || $0 == "an" } ?? false
        let isOne = (simple && n.fraction == nil && n.integer == "1") || afterArticle
        // "a 5-km race": the unit as an adjective, singular and hyphenated; "a 123.2-millimeters long".
        if isSymbol(end, "-"), glued(end), let w = tok(end + 1), w.isWord, glued(end + 1) {
            if Units.pluralNames.contains(w.text) {
                return Reading(end: end + 2, text: text + " " + w.text, value: n.value, kind: .plain)
            }
            if let u = unit(at: end + 1, count: true), u.text != "percent" {
                return Reading(end: u.end, text: text + (style.hyphenatedNumbers ? "-" : " ") + u.text, value: n.value, kind: .plain)
            }
            return nil
        }
        if let m = word(end), m == "m", tokens[end].text == "m", glued(end), let k = afterSpace(end + 1), let noun = word(k),
           Self.countedInMillions.contains(noun) {
            return Reading(end: end + 1, text: text + " million", value: n.value, kind: .plain)
        }
        guard let u = unit(at: end, count: isOne) else {
            return simple ? nil : Reading(end: end, text: text, value: n.value, kind: .plain)
        }
        // "5 ft 11 in": after feet, a count of inches below a foot ("in" alone is the preposition).
        if u.text == "feet" || u.text == "foot", let k = afterSpace(u.end), isNumber(k), let inches = Int(tokens[k].text),
           inches < Self.inchesInAFoot, let w = afterSpace(k + 1), tok(w)?.text == "in",
           !(tok(w + 1).map { glued(w + 1) && ($0.isWord || $0.isNumber) } ?? false) {
            return Reading(end: w + 1, text: text + " " + u.text + " " + numbers.cardinal(tokens[k].text) + " "
                           + Units.inch.counted(inches == 1 || afterArticle), value: n.value, kind: .measure)
        }
        return Reading(end: u.end, text: text + " " + u.text, value: n.value, kind: .measure)
    }
}
