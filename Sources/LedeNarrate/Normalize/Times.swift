extension NormalizationPass {
    static let timeZones: Set<String> = ["est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc",
                                         "bst", "cet", "cest", "eet", "eest", "msk", "et", "pt", "ct", "mt", "ist", "jst"]

    /// "am", "PM", "a.m.", "p.m" at `j` (touching or after one space): "A M"/"AM" and the end.
    func meridiem(at j: Int) -> (text: String, end: Int)? {
        guard let k = gluedOrSpaced(j), let w = word(k) else { return nil }
        if w == "am" || w == "pm" {
            return (initialisms.letters(w.uppercased()), k + 1)
        }
        if w == "a" || w == "p", isSymbol(k + 1, "."), glued(k + 1), word(k + 2) == "m", glued(k + 2) {
            let end = isSymbol(k + 3, ".") && glued(k + 3) ? k + 4 : k + 3
            return (initialisms.letters(w.uppercased() + "M"), end)
        }
        return nil
    }

    /// "-11am", "-11.15pm" at `j`: a range dash and a clock time with am/pm ("9.30-11am").
    func meridiemRangeFollows(_ j: Int) -> Bool {
        guard let d = tok(j), d.isSymbol(in: Self.rangeDashes), glued(j), isNumber(j + 1), glued(j + 1),
              tokens[j + 1].text.utf8.count <= 2 else { return false }
        var k = j + 2
        if isSymbol(k, ".") || isSymbol(k, ":"), glued(k), isNumber(k + 1), glued(k + 1), tokens[k + 1].text.utf8.count == 2 { k += 2 }
        return meridiem(at: k) != nil
    }

    /// " EST", " e.s.t" after a time.
    func timeZone(at j: Int) -> (text: String, end: Int)? {
        guard let k = afterSpace(j), k < tokens.count else { return nil }
        if let w = word(k), Self.timeZones.contains(w), tokens[k].text == w || tokens[k].isAllCaps {
            return (initialisms.letters(w.uppercased()), k + 1)
        }
        // Dotted: "e.s.t", "E.S.T."
        var letters = "", e = k
        while let w = word(e), w.count == 1 {
            letters += w
            if isSymbol(e + 1, "."), glued(e + 1) { e += 2 } else { e += 1; break }
            if !(isWord(e) && glued(e)) { break }
        }
        guard letters.count >= 2, Self.timeZones.contains(letters) else { return nil }
        return (initialisms.letters(letters.uppercased()), e)
    }

    /// Hours after this are only on a 24-hour clock, said "seventeen hundred" on the hour.
    static let lastTwelveHourClock = 12

    /// "0900 GMT" → "oh nine hundred GMT", "1430 UTC" → "fourteen thirty UTC": four digits of a
    /// 24-hour clock, a time only when a time zone follows (otherwise a year or a count).
    func zonedClockTime(at i: Int) -> Reading? {
        guard isNumber(i), tokens[i].text.utf8.count == 4, let v = Int(tokens[i].text), v / 100 < 24, v % 100 < 60,
              let z = timeZone(at: i + 1) else { return nil }
        if let p = tok(i - 1), glued(i), p.isWord || p.isNumber || p.isSymbol(".") || p.isSymbol(",") { return nil }
        let h = v / 100, m = v % 100
        let hour = h == 0 ? "zero" : h < 10 ? "oh " + NumberWords.units[h] : numbers.cardinal(String(h))
        let minutes = m == 0 ? "hundred" : m < 10 ? "oh " + NumberWords.units[m] : numbers.twoDigits(m)
        return Reading(end: z.end, text: hour + " " + minutes + " " + z.text, value: Double(h), kind: .time)
    }

    /// "3:30 p.m." → "three thirty P M"; "01:00" → "one o'clock"; "5pm" → "five P M";
    /// "14:10:30" → "fourteen hours ten minutes and thirty seconds".
    func time(at i: Int) -> Reading? {
        guard isNumber(i), tokens[i].text.utf8.count <= 2, let h = Int(tokens[i].text), h <= 24 else { return nil }
        var text: String
        var end: Int
        // British style writes "8.30pm": a point between hours and minutes when am/pm follows.
        let pointed = isSymbol(i + 1, ".")
        let clock = isSymbol(i + 1, ":") || (pointed && h >= 1 && h <= 12 && (meridiem(at: i + 3) != nil || meridiemRangeFollows(i + 3)))
        if clock, glued(i + 1), isNumber(i + 2), glued(i + 2), tokens[i + 2].text.utf8.count == 2,
           let m = Int(tokens[i + 2].text), m < 60 {
            end = i + 3
            if !pointed, isSymbol(end, ":"), glued(end), isNumber(end + 1), glued(end + 1), tokens[end + 1].text.utf8.count == 2,
               let s = Int(tokens[end + 1].text), s < 60 {
                end += 2
                func unit(_ n: Int, _ name: String) -> String { numbers.cardinal(String(n)) + " " + name + (n == 1 ? "" : "s") }
                text = unit(h, "hour") + " " + unit(m, "minute") + " and " + unit(s, "second")
            } else if m == 0, h > Self.lastTwelveHourClock, meridiem(at: end) == nil {
                text = numbers.cardinal(String(h)) + " hundred"  // "17:00": "seventeen hundred", not "o'clock"
            } else if m == 0 {
                text = numbers.cardinal(String(h)) + (meridiem(at: end) == nil ? " o'clock" : "")
            } else if m < 10 {
                text = numbers.cardinal(String(h)) + " oh " + NumberWords.units[m]
            } else {
                text = numbers.cardinal(String(h)) + " " + numbers.twoDigits(m)
            }
            if let n = tok(end), glued(end), n.kind == .number || (n.isSymbol(":") && isNumber(end + 1)) { return nil }
            if let mer = meridiem(at: end) {
                text += " " + mer.text
                end = mer.end
            }
        } else if isSymbol(i + 1, ":"), glued(i + 1), isNumber(i + 2), glued(i + 2), tokens[i + 2].text.utf8.count == 1,
                  !(tok(i + 3).map { glued(i + 3) && ($0.isNumber || $0.isSymbol(":")) } ?? false) {
            // A ratio: "16:9", "3:1".
            return Reading(end: i + 3, text: numbers.cardinal(tokens[i].text) + " to " + numbers.cardinal(tokens[i + 2].text))
        } else if h >= 1, h <= 12, let mer = meridiem(at: i + 1) {
            text = numbers.cardinal(String(h)) + " " + mer.text
            end = mer.end
        } else {
            return nil
        }
        if let z = timeZone(at: end) {
            text += " " + z.text
            end = z.end
        }
        return Reading(end: end, text: text, value: Double(h), kind: .time)
    }
}
