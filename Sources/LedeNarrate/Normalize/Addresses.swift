/// Street addresses: "1428 Elm St." → "fourteen twenty-eight Elm Street", "708 N 1st St" → "seven oh
/// eight North first Street", "Las Vegas, NV" → "Las Vegas, Nevada".
enum StreetWords {
    static let suffixes: [String: String] = [
        "st": "Street", "street": "Street", "ave": "Avenue", "avenue": "Avenue", "rd": "Road", "road": "Road",
        "blvd": "Boulevard", "boulevard": "Boulevard", "dr": "Drive", "drive": "Drive", "ln": "Lane", "lane": "Lane",
        "ct": "Court", "court": "Court", "way": "Way", "pl": "Place", "place": "Place", "hwy": "Highway",
        "highway": "Highway", "pkwy": "Parkway", "parkway": "Parkway", "ter": "Terrace", "terrace": "Terrace",
        "sq": "Square", "square": "Square", "cir": "Circle", "circle": "Circle",
    ]
    static let directions: [String: String] = ["N": "North", "S": "South", "E": "East", "W": "West", "NE": "Northeast",
                                               "NW": "Northwest", "SE": "Southeast", "SW": "Southwest"]
}

extension NormalizationPass {
    /// The index after a street name that starts at `j` (up to three capitalised words or an ordinal,
    /// then a suffix), or nil.
    func streetEnd(from j: Int) -> Int? {
        var k = j, words = 0
        if let d = tok(k), d.isWord, StreetWords.directions[d.text] != nil {
            k += hasPeriod(k) ? 2 : 1
            guard let n = afterSpace(k) else { return nil }
            k = n
        }
        while words < 4, let w = tok(k) {
            if w.isWord, words > 0, StreetWords.suffixes[w.lower] != nil, w.isCapitalized { return k + 1 }
            if w.isWord && w.isCapitalized {
                k += 1
            } else if w.isNumber, let s = word(k + 1), glued(k + 1), Self.ordinalSuffixes.contains(s) {
                k += 2
            } else {
                return nil
            }
            words += 1
            guard let n = afterSpace(k) else { return nil }
            k = n
        }
        return nil
    }

    /// A house number before a street name, said in pairs the way addresses are.
    func houseNumber(at i: Int) -> Reading? {
        guard isNumber(i), !glued(i) || !(tok(i - 1)?.isWord ?? false), let d = tok(i)?.text,
              (3...5).contains(d.utf8.count), !d.hasPrefix("0"),
              tok(i + 1)?.isSpace == true,
              let j = afterSpace(i + 1), streetEnd(from: j) != nil, let v = Int(d) else { return nil }
        func pair(_ n: Int) -> String { n == 0 ? "hundred" : n < 10 ? "oh " + NumberWords.units[n] : numbers.twoDigits(n) }
        let text: String
        switch d.utf8.count {
        case 3: text = v % 100 == 0 ? numbers.cardinal(d) : NumberWords.units[v / 100] + " " + pair(v % 100)
        case 4: text = numbers.year(v)
        default: text = NumberWords.units[v / 10000] + " " + pair(v / 100 % 100) + " " + pair(v % 100)
        }
        return Reading(end: i + 1, text: text)
    }

    /// "N", "S."... between a house number and a street; "Ct", "Ave", "Blvd" after a street name.
    func streetPart(at i: Int) -> Reading? {
        let w = tokens[i].text
        if let dir = StreetWords.directions[w], let p = afterSpaceBackward(i), isNumber(p),
           let n = afterSpace(hasPeriod(i) ? i + 2 : i + 1), let next = tok(n), next.isCapitalized || next.isNumber {
            return Reading(end: hasPeriod(i) ? i + 2 : i + 1, text: dir, isReading: false)
        }
        guard let full = StreetWords.suffixes[w.lowercased()], w.count <= 4, w.lowercased() != w, full.lowercased() != w.lowercased(),
              let p = afterSpaceBackward(i), let before = tok(p),
              before.isCapitalized || (before.isWord && Self.ordinalSuffixes.contains(before.lower) && isNumber(p - 1)) else { return nil }
        if let next = tok(i + 1), glued(i + 1), !next.isSymbol(",") && !next.isSymbol(".") { return nil }
        return Reading(end: hasPeriod(i) ? i + 2 : i + 1, text: full, isReading: false)
    }

    /// "Las Vegas, NV" → "Las Vegas, Nevada": a postal code after a city and a comma, at the end of a
    /// clause or before a ZIP code.
    func postalState(at i: Int) -> Reading? {
        guard let state = States.postal[tokens[i].text], let comma = afterSpaceBackward(i), isSymbol(comma, ","),
              let city = tok(comma - 1), city.isCapitalized, !city.isAllCaps || city.text.count > 3 else { return nil }
        if let next = tok(i + 1) {
            if next.isWord || next.isNumber { return nil }
            if next.isSpace, let k = afterSpace(i + 1), let after = tok(k), !(after.isNumber && after.text.utf8.count == 5) { return nil }
        }
        return Reading(end: i + 1, text: state, isReading: false)
    }
}
