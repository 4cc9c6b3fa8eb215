enum Months {
    static let numbers: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
        "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
        "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]
    static let names = ["", "January", "February", "March", "April", "May", "June", "July", "August",
                        "September", "October", "November", "December"]
    static let daysInMonth = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

    /// The day exists in that month of that year (February 29 only in a leap year; without a year,
    /// or with a two-digit one whose century is unknown, the 29th is given the benefit of the doubt
    /// when the two digits are a multiple of four). A date that cannot exist is not read as a date.
    static func exists(day: Int, month: Int, year: Int? = nil, twoDigitYear: Bool = false) -> Bool {
        guard (1...12).contains(month), day >= 1, day <= daysInMonth[month] else { return false }
        guard month == 2, day == 29, let y = year else { return true }
        if twoDigitYear { return y % 4 == 0 }
        return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
    }
}

extension NormalizationPass {
    /// A month name or abbreviation at `i`: its number, the token after it (after the abbreviation's
    /// period), and whether it was abbreviated. "May" and "March" are verbs in lower case and
    /// "Mar"/"MAY" are too unlike a date to trust, so those must be written "May", "March", "Mar.".
    /// `loose`: the month stands where only a date can (between a day and a year, after "the 4th
    /// of"), so any case is a month: "17 may 2010", "3 MARCH 2021".
    func month(at i: Int, loose: Bool = false) -> (month: Int, end: Int, abbreviated: Bool, dotted: Bool)? {
        guard let w = word(i), let m = Months.numbers[w] else { return nil }
        let text = tokens[i].text
        let abbreviated = w.count <= 4 && w != "june" && w != "july" && w != "may"
        let dotted = abbreviated && isSymbol(i + 1, ".") && glued(i + 1)
        if !loose, w == "may" || w == "march" || w == "mar" {
            guard text.first?.isUppercase == true, text.dropFirst().allSatisfy({ $0.isLowercase }) || dotted else { return nil }
        }
        return (m, dotted ? i + 2 : i + 1, abbreviated, dotted)
    }

    func monthName(_ m: Int) -> String { capitalized(Months.names[m]) }

    /// A day of the month at `i` (1–31, maybe "20th"), not part of a longer number, time or measure.
    func day(at i: Int) -> (day: Int, end: Int)? {
        guard isNumber(i), let d = Int(tokens[i].text), tokens[i].text.utf8.count <= 2, (1...31).contains(d) else { return nil }
        var end = i + 1
        if let s = word(end), glued(end), Self.ordinalSuffixes.contains(s) { end += 1 }
        if let n = tok(end), glued(end), n.kind == .number || n.kind == .word { return nil }
        if let n = tok(end), glued(end), n.isSymbol(in: [":", "%", "°", "/"]) { return nil }
        if isSymbol(end, "."), glued(end), isNumber(end + 1), glued(end + 1) { return nil }
        if isSymbol(end, ","), glued(end), isNumber(end + 1), glued(end + 1) { return nil }
        return (d, end)
    }

    /// A year after a date: four digits, alone.
    func year(at i: Int) -> (text: String, end: Int)? {
        guard isNumber(i), tokens[i].text.utf8.count == 4, let y = Int(tokens[i].text), y >= Self.earliestYear else { return nil }
        if let n = tok(i + 1), glued(i + 1), n.kind == .number || n.kind == .word { return nil }
        if let n = tok(i + 1), glued(i + 1), n.isSymbol(in: [":", "%", "/", "."]), isNumber(i + 2) { return nil }
        if isSymbol(i + 1, ","), glued(i + 1), isNumber(i + 2), glued(i + 2) { return nil }
        return (numbers.year(y), i + 1)
    }

    /// ", 2022" / " 2022" / "-2022" after a day: the year's text (with its comma) and end.
    func trailingYear(after j: Int, hyphenated: Bool) -> (text: String, end: Int)? {
        if hyphenated {
            guard isSymbol(j, "-"), glued(j), glued(j + 1), let y = year(at: j + 1) else { return nil }
            return (" " + y.text, y.end)
        }
        if isSymbol(j, ","), glued(j), let k = afterSpace(j + 1), let y = year(at: k) { return (", " + y.text, y.end) }
        if let k = afterSpace(j), let y = year(at: k) { return (" " + y.text, y.end) }
        return nil
    }

    /// "May 20, 2022" → "May twentieth, twenty twenty-two"; "Jan-15-2020"; "Jan. 2020" → "January";
    /// "Sept." → "September".
    func monthDate(at i: Int) -> Reading? {
        // A month in any case when a day and a year follow it: "MARCH 3, 2021", "may 5 2020".
        guard let m = month(at: i) ?? month(at: i, loose: true).flatMap({ m in
            guard let k = afterSpace(m.end), let d = day(at: k), trailingYear(after: d.end, hyphenated: false) != nil else { return nil }
            return m
        }) else { return nil }
        var hyphenated = false
        var dayStart: Int? = afterSpace(m.end)
        if isSymbol(m.end, "-"), glued(m.end), isNumber(m.end + 1), glued(m.end + 1) {
            dayStart = m.end + 1
            hyphenated = true
        }
        if let k = dayStart, let d = day(at: k),
           Months.exists(day: d.day, month: m.month, year: trailingYear(after: d.end, hyphenated: hyphenated).flatMap { yearValue(before: $0.end) }) {
            var text = monthName(m.month) + " " + numbers.ordinal(String(d.day))
            var end = d.end
            // "October 14-15": a range of days.
            if let dash = tok(end), dash.isSymbol(in: Self.rangeDashes), glued(end), glued(end + 1),
               let d2 = day(at: end + 1), d2.day > d.day, d2.day <= Months.daysInMonth[m.month] {
                text += " to " + numbers.ordinal(String(d2.day))
                end = d2.end
            }
            if let y = trailingYear(after: d.end, hyphenated: hyphenated) {
                text += y.text
                end = y.end
            }
            return Reading(end: end, text: text, isReading: true)
        }
        // A month without a day: expand an abbreviation that is followed by a year or has its period.
        if m.abbreviated, m.dotted || (dayStart.map { year(at: $0) != nil } ?? false) {
            return Reading(end: m.end, text: monthName(m.month), isReading: false)
        }
        if !m.abbreviated, !style.capitalizedWords, let k = dayStart, year(at: k) != nil {
            return Reading(end: m.end, text: monthName(m.month), isReading: false)
        }
        return nil
    }

    /// "25 July 2012", "25th jul 2012", "15 january" → "the twenty-fifth of July …" ("the" only when
    /// the text does not already have it).
    func dayMonthDate(at i: Int) -> Reading? {
        guard let d = day(at: i), let k = afterSpace(d.end) else { return nil }
        // "the 4th of July": an ordinal day, "of", and a month in any case.
        var monthAt = k
        if word(k) == "of", tokens[d.end - 1].isWord, let k2 = afterSpace(k + 1), month(at: k2, loose: true) != nil { monthAt = k2 }
        guard let m = month(at: monthAt) ?? month(at: monthAt, loose: true).flatMap({ m in
                  monthAt != k || trailingYear(after: m.end, hyphenated: false) != nil ? m : nil }),
              Months.exists(day: d.day, month: m.month,
                            year: trailingYear(after: m.end, hyphenated: false).flatMap { yearValue(before: $0.end) }) else { return nil }
        var the = "the "
        if let p = afterSpaceBackward(i), word(p) == "the" { the = "" }
        var text = the + numbers.ordinal(String(d.day)) + " of " + monthName(m.month)
        var end = m.end
        if let y = trailingYear(after: m.end, hyphenated: false) {
            text += y.text
            end = y.end
        }
        return Reading(end: end, text: text)
    }

    /// The value of the four-digit year that ends just before `end` (see ``year(at:)``).
    func yearValue(before end: Int) -> Int? { tok(end - 1).flatMap { Int($0.text) } }

    /// Four digits from this year on are a year after a date ("May 5, 1066"); below it, a count.
    static let earliestYear = 1000

    /// The token before a single space that precedes `i`.
    func afterSpaceBackward(_ i: Int) -> Int? {
        guard i >= 2, tokens[i - 1].kind == .space else { return nil }
        return i - 2
    }

    /// A year written with two digits: "'05" and "11/17/05" → "oh five", "99" → "ninety-nine",
    /// "00" → "two thousand".
    func shortYear(_ v: Int) -> String {
        if v == 0 { return numbers.cardinal("2000", and: false) }
        return v < 10 ? "oh " + NumberWords.units[v] : numbers.twoDigits(v)
    }

    /// How the separator of a date-shaped group of numbers that is no date is read ("2021/2/31").
    static let dateSeparatorWords = ["/": "slash"]

    /// "2016-11-03", "2016/07/03", "15-01-2020", "5/20/2022", "20.05.2022", "11/17/05".
    func numericDate(at i: Int) -> Reading? {
        guard isNumber(i), let sep = tok(i + 1), sep.isSymbol(in: ["-", "/", "."]), glued(i + 1),
              isNumber(i + 2), glued(i + 2), isSymbol(i + 3, sep.text), glued(i + 3), isNumber(i + 4), glued(i + 4)
        else { return nil }
        if let n = tok(i + 5), glued(i + 5), n.kind == .number || n.kind == .word || (n.isSymbol(sep.text) && isNumber(i + 6)) { return nil }
        let a = tokens[i].text, b = tokens[i + 2].text, c = tokens[i + 4].text
        guard let av = Int(a), let bv = Int(b), let cv = Int(c) else { return nil }
        var y = "", m = 0, d = 0, dayFirst = false
        if a.utf8.count == 4, b.utf8.count <= 2, c.utf8.count <= 2 {
            y = a; m = bv; d = cv
        } else if a.utf8.count <= 2, b.utf8.count <= 2, c.utf8.count == 4 || (c.utf8.count == 2 && sep.text == "/") {
            y = c
            if sep.text == "." || (av > 12 && bv <= 12) { d = av; m = bv; dayFirst = true } else { m = av; d = bv }
        } else {
            return nil
        }
        // A day that cannot exist in that month and year ("1998/2/30", "2/29/2023") is no date: with
        // slashes the numbers are read as written, "nineteen ninety-eight slash two slash thirty".
        guard let yv = Int(y), Months.exists(day: d, month: m, year: yv, twoDigitYear: y.utf8.count == 2) else {
            // Hyphens and dots between such numbers are left to the readers of codes and versions.
            guard sep.text == "/", let separator = Self.dateSeparatorWords[sep.text] else { return nil }
            let parts = [a, b, c].map { $0.utf8.count == 4 ? numbers.year(Int($0) ?? 0) : numbers.cardinal($0) }
            return Reading(end: i + 5, text: parts.joined(separator: " " + separator + " "), kind: .plain)
        }
        let yearText = y.utf8.count == 4 ? numbers.year(yv) : shortYear(yv)
        let text = dayFirst
            ? "the " + numbers.ordinal(String(d)) + " of " + monthName(m) + " " + yearText
            : monthName(m) + " " + numbers.ordinal(String(d)) + " " + yearText
        return Reading(end: i + 5, text: text)
    }
}
