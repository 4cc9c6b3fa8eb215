struct Currency {
    let one: String, many: String
    /// The hundredth part, when amounts are said with it ("twenty dollars fifty cents").
    let cent: String?, cents: String?

    static let symbols: [String: Currency] = [
        "$": Currency(one: "dollar", many: "dollars", cent: "cent", cents: "cents"),
        "£": Currency(one: "pound", many: "pounds", cent: "penny", cents: "pence"),
        "€": Currency(one: "euro", many: "euros", cent: "cent", cents: "cents"),
        "¥": Currency(one: "yen", many: "yen", cent: nil, cents: nil),
        "₩": Currency(one: "won", many: "won", cent: nil, cents: nil),
        "₹": Currency(one: "rupee", many: "rupees", cent: "paisa", cents: "paise"),
        "₽": Currency(one: "ruble", many: "rubles", cent: "kopek", cents: "kopeks"),
        "₴": Currency(one: "hryvnia", many: "hryvnias", cent: "kopiyka", cents: "kopiykas"),
    ]

    /// ISO 4217 codes news copy writes before or after an amount ("USD 5 million", "300 CHF"),
    /// the common ones only: a code that is also a word in capitals ("TRY", "ALL") is left out.
    static let codes: [String: Currency] = [
        "USD": Currency(one: "US dollar", many: "US dollars", cent: "cent", cents: "cents"),
        "EUR": symbols["€"]!, "GBP": symbols["£"]!, "JPY": symbols["¥"]!, "INR": symbols["₹"]!,
        "RUB": symbols["₽"]!, "UAH": symbols["₴"]!, "KRW": symbols["₩"]!,
        "CNY": Currency(one: "yuan", many: "yuan", cent: nil, cents: nil),
        "RMB": Currency(one: "yuan", many: "yuan", cent: nil, cents: nil),
        "CAD": Currency(one: "Canadian dollar", many: "Canadian dollars", cent: "cent", cents: "cents"),
        "AUD": Currency(one: "Australian dollar", many: "Australian dollars", cent: "cent", cents: "cents"),
        "NZD": Currency(one: "New Zealand dollar", many: "New Zealand dollars", cent: "cent", cents: "cents"),
        "HKD": Currency(one: "Hong Kong dollar", many: "Hong Kong dollars", cent: "cent", cents: "cents"),
        "SGD": Currency(one: "Singapore dollar", many: "Singapore dollars", cent: "cent", cents: "cents"),
        "CHF": Currency(one: "Swiss franc", many: "Swiss francs", cent: "centime", cents: "centimes"),
        "SEK": Currency(one: "Swedish krona", many: "Swedish kronor", cent: nil, cents: nil),
        "NOK": Currency(one: "Norwegian krone", many: "Norwegian kroner", cent: nil, cents: nil),
        "DKK": Currency(one: "Danish krone", many: "Danish kroner", cent: nil, cents: nil),
        "PLN": Currency(one: "zloty", many: "zlotys", cent: nil, cents: nil),
        "BRL": Currency(one: "real", many: "reais", cent: nil, cents: nil),
        "MXN": Currency(one: "Mexican peso", many: "Mexican pesos", cent: nil, cents: nil),
        "ZAR": Currency(one: "rand", many: "rand", cent: nil, cents: nil),
    ]

    /// Abbreviations in letters written before an amount, with or without a period: "Rs 500", "Rs. 2,000".
    static let abbreviations: [String: Currency] = [
        "Rs": symbols["₹"]!, "Rp": Currency(one: "rupiah", many: "rupiah", cent: nil, cents: nil),
        "RM": Currency(one: "ringgit", many: "ringgit", cent: "sen", cents: "sen"),
    ]

    /// Written after an amount: "$1.5bn", "£20m", "¥30 b", "€3.2 million".
    static let scales: [String: String] = [
        "thousand": "thousand", "k": "thousand", "million": "million", "m": "million", "mn": "million",
        "mln": "million", "billion": "billion", "bn": "billion", "b": "billion", "trillion": "trillion",
        "tn": "trillion", "tr": "trillion", "crore": "crore", "lakh": "lakh",
    ]

    /// "$20/mo" → "per month".
    static let periods: [String: String] = [
        "mo": "month", "month": "month", "d": "day", "day": "day", "hr": "hour", "h": "hour", "hour": "hour",
        "yr": "year", "y": "year", "year": "year", "wk": "week", "week": "week", "min": "minute",
        "kg": "kilogram", "lb": "pound", "sq ft": "square foot", "person": "person", "share": "share",
    ]
}

extension NormalizationPass {
    /// A currency symbol at `i` before an amount, with the amount's scale ("bn") and period ("/mo").
    func money(at i: Int, currency: Currency? = nil) -> Reading? {
        guard let sym = tok(i), sym.kind == .symbol, let cur = currency ?? Currency.symbols[sym.text] else { return nil }
        // "$ 5": a space after a symbol that does not touch what is before it.
        if tok(i + 1)?.kind == .space, currency == nil, !(glued(i) && tok(i - 1).map { $0.isWord || $0.isNumber } ?? false),
           !(afterSpaceBackward(i).map { isNumber($0) } ?? false),
           let k = afterSpace(i + 1), isNumber(k) {
            return spacedMoney(at: k, cur)
        }
        // "$-5", "£−2.5m": a minus sign between the symbol and the amount, as tables and tickers write a loss.
        if glued(i + 1), let sign = tok(i + 1), sign.isSymbol("-") || sign.isSymbol("−"), glued(i + 2),
           isNumber(i + 2), var negated = spacedMoney(at: i + 2, cur) {
            negated.text = "minus " + negated.text
            negated.value = negated.value.map { -$0 }
            return negated
        }
        guard glued(i + 1), let left = amount(at: i + 1) else { return nil }
        var end = left.end
        var text: String
        // "$150.25-$250.67", "$5-10 million".
        if let d = tok(end), d.isSymbol(in: Self.rangeDashes), glued(end), glued(end + 1) {
            var k = end + 1
            let repeated = isSymbol(k, sym.text)
            if repeated { k += 1 }
            if glued(k), let right = amount(at: k), right.number.value > left.number.value {
                // "$5-10 million", "$150-250": the currency is said once, after the second amount.
                if left.scale == nil && (right.scale != nil || (!repeated && left.number.fraction == nil)) {
                    text = quantity(left.number) + " to " + spoken(right, cur)
                } else {
                    text = spoken(left, cur) + " to " + spoken(right, cur)
                }
                end = right.end
                text = per(text, &end)
                return Reading(end: end, text: text, kind: .money)
            }
        }
        // "$5 - $10": spaced, the currency written twice.
        if let k = afterSpace(end), let d = tok(k), d.isSymbol(in: Self.rangeDashes), let s = afterSpace(k + 1),
           isSymbol(s, sym.text), glued(s + 1), let right = amount(at: s + 1), right.number.value > left.number.value {
            end = right.end
            text = per(spoken(left, cur) + " to " + spoken(right, cur), &end)
            return Reading(end: end, text: text, kind: .money)
        }
        text = per(spoken(left, cur), &end)
        return Reading(end: end, text: text, value: left.number.value, kind: .money)
    }

    /// The currency a code names, with "US" spelled as the style spells initialisms.
    func currency(code: String) -> Currency? {
        guard let c = Currency.codes[code] else { return nil }
        guard code == "USD" else { return c }
        let us = initialisms.letters("US")
        return Currency(one: us + " dollar", many: us + " dollars", cent: c.cent, cents: c.cents)
    }

    /// "USD 5 million", "EUR 20.50", "USD1.5bn": a currency code before an amount.
    func codeBeforeAmount(at i: Int) -> Reading? {
        var after = i + 1, found: Currency? = nil
        if tokens[i].isAllCaps { found = currency(code: tokens[i].text) }
        if found == nil, let c = Currency.abbreviations[tokens[i].text] {
            found = c
            if hasPeriod(i) { after = i + 2 }
        }
        guard let cur = found, let k = isNumber(after) ? (after == i + 1 ? after : nil) : afterSpace(after), isNumber(k)
        else { return nil }
        if glued(i), let p = tok(i - 1), p.isWord || p.isNumber { return nil }
        guard let a = amount(at: k) else { return nil }
        var end = a.end
        let text = per(spoken(a, cur), &end)
        return Reading(end: end, text: text, value: a.number.value, kind: .money)
    }

    /// The amount at `k` read in `cur`: after a currency symbol spaced from it ("$ 5"), read as if
    /// they touched, or after the symbol and a minus sign ("$-5").
    func spacedMoney(at k: Int, _ cur: Currency) -> Reading? {
        guard let a = amount(at: k) else { return nil }
        var end = a.end
        let text = per(spoken(a, cur), &end)
        return Reading(end: end, text: text, value: a.number.value, kind: .money)
    }

    /// "5$", "20 €": a currency symbol after the amount (as much of Europe writes it), not before
    /// another number.
    func amountBeforeSymbol(at i: Int) -> Reading? {
        guard let a = amount(at: i), let k = gluedOrSpaced(a.end), let s = tok(k), s.kind == .symbol,
              let cur = Currency.symbols[s.text] else { return nil }
        if let n = tok(k + 1), glued(k + 1), n.isNumber || n.isWord || n.isSymbol(".") && isNumber(k + 2) { return nil }
        if afterSpace(k + 1).map({ isNumber($0) }) ?? false { return nil }  // "5 $ 6": a list of symbols, not an amount
        return Reading(end: k + 1, text: spoken(a, cur), value: a.number.value, kind: .money)
    }

    /// "5 million USD", "300 CHF": a currency code after an amount.
    func amountBeforeCode(at i: Int) -> Reading? {
        guard let a = amount(at: i), let k = afterSpace(a.end), let w = tok(k), w.isWord, w.isAllCaps,
              let cur = currency(code: w.text) else { return nil }
        if let n = tok(k + 1), glued(k + 1), n.isWord || n.isNumber { return nil }
        return Reading(end: k + 1, text: spoken(a, cur), value: a.number.value, kind: .money)
    }

    /// Dollars named by their country: "US$5" → "five U S dollars", "C$7" → "seven Canadian dollars".
    static let dollarPrefixes: [String: String] = [
        "C": "Canadian", "CA": "Canadian", "A": "Australian", "AU": "Australian", "NZ": "New Zealand",
        "HK": "Hong Kong", "S": "Singapore", "NT": "New Taiwan",
    ]

    func prefixedDollars(at i: Int) -> Reading? {
        // The amount may carry a minus sign after the symbol ("US$-2bn", as `money(at:currency:)` reads it).
        let signed = (isSymbol(i + 2, "-") || isSymbol(i + 2, "−")) && isNumber(i + 3) && glued(i + 3)
        guard isSymbol(i + 1, "$"), glued(i + 1), isNumber(i + 2) || isSymbol(i + 2, ".") || signed, glued(i + 2) else { return nil }
        let w = tokens[i].text
        // "R$50": Brazil's real, the one currency written with a dollar sign that is no dollar.
        if w == "R" { return money(at: i + 1, currency: Currency.codes["BRL"]!) }
        let name = w == "US" ? initialisms.letters("US") : Self.dollarPrefixes[w]
        guard let country = name else { return nil }
        let cur = Currency(one: country + " dollar", many: country + " dollars", cent: "cent", cents: "cents")
        return money(at: i + 1, currency: cur)
    }

    /// "/mo" after an amount.
    func per(_ text: String, _ end: inout Int) -> String {
        guard isSymbol(end, "/"), glued(end), let w = word(end + 1), glued(end + 1) else { return text }
        if let p = Currency.periods[w] {
            end += 2
            return text + " per " + p
        }
        guard let d = denominator(at: end) else { return text }  // "$3/gal", "€2/m²"
        end = d.end
        return text + " per " + d.name
    }

    func amount(at i: Int) -> (number: NumberLiteral, scale: String?, end: Int)? {
        guard let n = literal(at: i) else { return nil }
        var end = n.end
        var scale: String? = nil
        if let k = gluedOrSpaced(end), let w = word(k), let s = Currency.scales[w],
           !(w.count == 1 && tokens[k].kind == .word && isSymbol(k + 1, ".")) {
            scale = s
            end = k + 1
        }
        return (n, scale, end)
    }

    func spoken(_ a: (number: NumberLiteral, scale: String?, end: Int), _ cur: Currency) -> String {
        let n = a.number
        if let s = a.scale { return quantity(n) + " " + s + " " + cur.many }
        var fraction = n.fraction ?? ""
        // "$20.500" is twenty dollars fifty: zeros past the cents say nothing.
        while fraction.utf8.count > 2 && fraction.hasSuffix("0") { fraction.removeLast() }
        let whole = n.integer.isEmpty ? "0" : n.integer
        let isOne = whole.drop(while: { $0 == "0" }) == "1"
        guard let centOne = cur.cent, let centMany = cur.cents, fraction.utf8.count <= 2 else {
            if fraction.isEmpty || fraction.allSatisfy({ $0 == "0" }) {
                return numbers.cardinal(whole) + " " + (isOne ? cur.one : cur.many)
            }
            return numbers.decimal(integer: whole, fraction: fraction) + " " + cur.many
        }
        var cents = Int(fraction) ?? 0
        if fraction.utf8.count == 1 { cents *= 10 }
        var parts: [String] = []
        let wholeIsZero = whole.allSatisfy { $0 == "0" }
        if !wholeIsZero || cents == 0 {
            parts.append(numbers.cardinal(whole) + " " + (isOne ? cur.one : cur.many))
        }
        if cents > 0 {
            parts.append(numbers.cardinal(String(cents)) + " " + (cents == 1 ? centOne : centMany))
        }
        return parts.joined(separator: " ")
    }
}
