struct MeasureUnit {
    let one: String, many: String
    init(_ one: String, _ many: String? = nil) { self.one = one; self.many = many ?? one + "s" }

    /// Unit symbols as written after a number, matched exactly. Left out on purpose: "in" (the
    /// preposition), "s" (decades: "1990s"), "t", "A", "G" ("5G").
    static let symbols: [String: MeasureUnit] = [
        "km": MeasureUnit("kilometer"), "m": MeasureUnit("meter"), "cm": MeasureUnit("centimeter"),
        "mm": MeasureUnit("millimeter"), "mi": MeasureUnit("mile"), "ft": MeasureUnit("foot", "feet"),
        "yd": MeasureUnit("yard"), "kg": MeasureUnit("kilogram"), "g": MeasureUnit("gram"),
        "mg": MeasureUnit("milligram"), "lb": MeasureUnit("pound"), "lbs": MeasureUnit("pound"),
        "oz": MeasureUnit("ounce"), "mph": MeasureUnit("mile per hour", "miles per hour"),
        "kph": MeasureUnit("kilometer per hour", "kilometers per hour"),
        "kmh": MeasureUnit("kilometer per hour", "kilometers per hour"),
        "km/h": MeasureUnit("kilometer per hour", "kilometers per hour"),
        "m/s": MeasureUnit("meter per second", "meters per second"),
        "l": MeasureUnit("liter"), "L": MeasureUnit("liter"), "ml": MeasureUnit("milliliter"),
        "mL": MeasureUnit("milliliter"), "ha": MeasureUnit("hectare"), "kW": MeasureUnit("kilowatt"),
        "MW": MeasureUnit("megawatt"), "GW": MeasureUnit("gigawatt"), "kWh": MeasureUnit("kilowatt hour"),
        "MWh": MeasureUnit("megawatt hour"), "GWh": MeasureUnit("gigawatt hour"), "Wh": MeasureUnit("watt hour"), "mAh": MeasureUnit("milliamp hour"), "V": MeasureUnit("volt"), "W": MeasureUnit("watt"), "kV": MeasureUnit("kilovolt"), "Hz": MeasureUnit("hertz", "hertz"),
        "kHz": MeasureUnit("kilohertz", "kilohertz"), "MHz": MeasureUnit("megahertz", "megahertz"),
        "GHz": MeasureUnit("gigahertz", "gigahertz"), "KB": MeasureUnit("kilobyte"), "MB": MeasureUnit("megabyte"),
        "GB": MeasureUnit("gigabyte"), "TB": MeasureUnit("terabyte"), "Mbps": MeasureUnit("megabit per second", "megabits per second"),
        "GB/s": MeasureUnit("gigabyte per second", "gigabytes per second"), "MB/s": MeasureUnit("megabyte per second", "megabytes per second"),
        "Gbps": MeasureUnit("gigabit per second", "gigabits per second"),
        "min": MeasureUnit("minute"), "mins": MeasureUnit("minute"), "hr": MeasureUnit("hour"),
        "hrs": MeasureUnit("hour"), "sec": MeasureUnit("second"), "ms": MeasureUnit("millisecond"),
        "m2": MeasureUnit("square meter"), "km2": MeasureUnit("square kilometer"), "m3": MeasureUnit("cubic meter"),
        "sq ft": MeasureUnit("square foot", "square feet"), "sq km": MeasureUnit("square kilometer"),
        "sq mi": MeasureUnit("square mile"), "m²": MeasureUnit("square meter"), "km²": MeasureUnit("square kilometer"),
        "m³": MeasureUnit("cubic meter"), "ft²": MeasureUnit("square foot", "square feet"), "cc": MeasureUnit("cubic centimeter"),
    ]
    /// Upper-case spellings of symbols that are unambiguous in any case: "12KG", "5KM".
    static let caseInsensitive: Set<String> = ["km", "kg", "cm", "mm", "mph", "kph", "kmh", "lbs", "mg", "khz", "mhz", "ghz"]

    /// Plural unit words, for "a 123.2-millimeters long": a hyphen before a plural is not an
    /// adjective's ("a 4-hour wait" keeps its hyphen), so it is read as a space.
    static let pluralNames: Set<String> = Set(symbols.values.filter { $0.one != $0.many }.map(\.many))
}

extension NormalizationPass {
    /// The unit at `j` (touching the number or after one space): its text and the end.
    func unit(at j: Int, count isOne: Bool) -> (text: String, end: Int)? {
        guard let k = gluedOrSpaced(j), let u = tok(k) else { return nil }
        if u.isSymbol("%") { return ("percent", k + 1) }
        if u.isSymbol("\""), k == j, unpairedQuotes.contains(k) { return (isOne ? "inch" : "inches", k + 1) }
        if u.isSymbol("°") {
            let deg = isOne ? "degree" : "degrees"
            if let s = gluedOrSpaced(k + 1), let w = tok(s), w.kind == .word,
               let name = ["C": "Celsius", "F": "Fahrenheit"][w.text] {
                return (deg + " " + name, s + 1)
            }
            return (deg, k + 1)
        }
        guard u.kind == .word else { return nil }
        // Compound symbols written across tokens: "km/h", "m/s", "m2", "sq ft".
        var key = u.text, end = k + 1
        if isSymbol(end, "/"), glued(end), let w = tok(end + 1), w.isWord, glued(end + 1),
           MeasureUnit.symbols[key + "/" + w.text] != nil {
            key += "/" + w.text; end += 2
        } else if isNumber(end), glued(end), ["2", "3"].contains(t[end].text), MeasureUnit.symbols[key + t[end].text] != nil {
            key += t[end].text; end += 1
        } else if let sup = tok(end), glued(end), sup.text == "²" || sup.text == "³", MeasureUnit.symbols[key + sup.text] != nil {
            key += sup.text; end += 1
        } else if key == "sq", let n = afterSpace(end), let w = tok(n), MeasureUnit.symbols["sq " + w.text] != nil {
            key += " " + w.text; end = n + 1
        }
        if let n = tok(end), glued(end), n.kind == .word || n.kind == .number { return nil }
        var unit = MeasureUnit.symbols[key]
        if unit == nil, MeasureUnit.caseInsensitive.contains(key.lowercased()) {
            unit = MeasureUnit.symbols[key.lowercased()] ?? MeasureUnit.symbols[key.prefix(1).lowercased() + key.dropFirst()]
        }
        guard let found = unit else { return nil }
        // Spaced single letters ("5 m", "5 g", "5 l") are too often something else but metres.
        if key.count == 1 && !glued(k) && key != "m" { return nil }
        if (key == "V" || key == "W") && (!glued(k) || numberIsInsideAWord(before: k)) { return nil }
        return (isOne ? found.one : found.many, end)
    }

    /// The number before a glued unit is itself glued to a word ("T30W" is a model name).
    func numberIsInsideAWord(before k: Int) -> Bool {
        var j = k - 1
        while j >= 0, k - j < 64, t[j].kind == .number || t[j].isSymbol(".") || t[j].isSymbol(",") { j -= 1 }
        return j >= 0 && j < k - 1 && t[j].isWord && glued(j + 1)
    }

    /// Nouns counted in millions: after them a glued "m" is British news's "million" ("1.5m people"),
    /// not metres ("a 100m sprint", "2m tall").
    static let countedInMillions: Set<String> = [
        "people", "residents", "users", "viewers", "voters", "votes", "jobs", "homes", "households", "customers",
        "children", "adults", "tonnes", "tons", "barrels", "doses", "cases", "visitors", "subscribers", "copies",
        "passengers", "workers", "refugees", "migrants", "patients", "followers", "shares", "members", "years",
    ]

    /// "5 km", "10kg", "6 ft", "1°C", "5%", "100 million kg", "2x8 m2", "a 5-km race".
    func measure(at i: Int) -> Reading? {
        guard let n = literal(at: i) else { return nil }
        // Feet and inches: 5'10", 6′2″.
        if n.isPlainInteger, let f = tok(n.end), glued(n.end), f.text == "'" || f.text == "′" || f.text == "’",
           isNumber(n.end + 1), glued(n.end + 1), let q = tok(n.end + 2), glued(n.end + 2), q.text == "\"" || q.text == "″" || q.text == "”",
           let inches = Int(t[n.end + 1].text), inches < 12 {
            let feet = n.integer == "1" ? "foot" : "feet"
            return Reading(end: n.end + 3, text: quantity(n) + " " + feet + " " + numbers.cardinal(t[n.end + 1].text)
                           + (inches == 1 ? " inch" : " inches"))
        }
        // "5x faster" → "five times faster".
        if n.isPlainInteger || n.fraction != nil, let x = tok(n.end), x.text == "x" || x.text == "×", glued(n.end),
           !(tok(n.end + 1).map { glued(n.end + 1) && ($0.isNumber || $0.isWord) } ?? false),
           !(afterSpace(n.end + 1).map { isNumber($0) } ?? false) {
            return Reading(end: n.end + 1, text: quantity(n) + " times", value: n.value, kind: .plain)
        }
        var text = quantity(n), end = n.end, simple = true
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
            text += " " + t[k].text
            end = k + 1
            simple = false
        }
        // After "a"/"an" the measure qualifies the next noun and takes the singular: "a 100m sprint" →
        // "a one hundred meter sprint", "a 10kg bag".
        let afterArticle = afterSpaceBackward(i).flatMap { word($0) }.map { $0 == "a" || $0 == "an" } ?? false
        let isOne = (simple && n.fraction == nil && n.integer == "1") || afterArticle
        // "a 5-km race": the unit as an adjective, singular and hyphenated; "a 123.2-millimeters long".
        if isSymbol(end, "-"), glued(end), let w = tok(end + 1), w.isWord, glued(end + 1) {
            if MeasureUnit.pluralNames.contains(w.text) {
                return Reading(end: end + 2, text: text + " " + w.text, value: n.value, kind: .plain)
            }
            if let u = unit(at: end + 1, count: true), u.text != "percent" {
                return Reading(end: u.end, text: text + (style.hyphenatedNumbers ? "-" : " ") + u.text, value: n.value, kind: .plain)
            }
            return nil
        }
        if let m = word(end), m == "m", t[end].text == "m", glued(end), let k = afterSpace(end + 1), let noun = word(k),
           Self.countedInMillions.contains(noun) {
            return Reading(end: end + 1, text: text + " million", value: n.value, kind: .plain)
        }
        guard let u = unit(at: end, count: isOne) else {
            return simple ? nil : Reading(end: end, text: text, value: n.value, kind: .plain)
        }
        return Reading(end: u.end, text: text + " " + u.text, value: n.value, kind: .plain)
    }
}
