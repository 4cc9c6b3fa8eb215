import LedeCore

/// Finds dates in a sentence ("May 20, 2022", "on Saturday", "since 1994", "last year") and resolves
/// them against the article's publication date where one is given.
///
/// ```swift
/// let finder = DateFinder(published: "2022-05-23T10:00:00Z")
/// finder.mentions(in: tokens, block: 4).map(\.resolved)   // ["2022-05-21"] for "On Saturday"
/// ```
struct DateFinder {
    /// Year, month, day of publication.
    let published: (year: Int, month: Int, day: Int)?

    static let months = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                         "october", "november", "december"]
    static let shortMonths = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    static let weekdays = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]

    /// Words a year's mention takes with it: "since 1994", "in 2020", "early 2021".
    static let yearPrepositions: WordSet = ["in", "since", "by", "until", "from", "of", "during", "before", "after",
                                                "early", "late", "mid"]

    /// Each month's name → its number (one look-up, not a comparison with each name).
    static let monthNumbers = numbered(months)
    /// Each month's abbreviation → its number.
    static let shortMonthNumbers = numbered(shortMonths)

    /// Each word with its place in the list, from 1.
    private static func numbered(_ words: [String]) -> WordTable {
        var table = WordTable()
        for (i, word) in words.enumerated() { table[word] = UInt32(i + 1) }
        return table
    }

    init(published: String?) {
        if let p = published, p.count >= 10 {
            let parts = p.prefix(10).split(separator: "-").compactMap { Int($0) }
            self.published = parts.count == 3 ? (parts[0], parts[1], parts[2]) : nil
        } else {
            self.published = nil
        }
    }

    /// `lower`: the word's lower case when the caller has it (a token's), so it is not made again.
    static func month(_ word: String, lower: String? = nil) -> Int? {
        // Every month's name or abbreviation is 3 to 9 ASCII letters starting with one of "jfmasond":
        // most words are ruled out before any lower-casing (it showed in profiles of the story).
        let bytes = word.utf8
        guard (3...9).contains(bytes.count), let first = bytes.first, DateFinder.mayOpenMonth(first) else { return nil }
        let w = lower ?? word.lowercasedQuickly
        if let n = monthNumbers[w] { return Int(n) }
        // The first byte is an ASCII letter (checked above), so capitalised means A–Z.
        if first < 0x60, w != "may" || word == "May", let n = shortMonthNumbers[w] { return Int(n) }
        if w == "sept" { return 9 }
        return nil
    }

    /// Whether a word starting with `byte` can be one of the keywords `mentions` lower-cases words
    /// for: weekdays (s, m, t, w, f), "yesterday", "today", "tomorrow", "this", "last", "next",
    /// "century". A switch, not a set: hashing every word's first byte showed in profiles.
    static func mayOpenKeyword(_ byte: UInt8?) -> Bool {
        switch (byte ?? 0) | 0x20 {
        case UInt8(ascii: "c"), UInt8(ascii: "f"), UInt8(ascii: "l"), UInt8(ascii: "m"), UInt8(ascii: "n"),
             UInt8(ascii: "s"), UInt8(ascii: "t"), UInt8(ascii: "w"), UInt8(ascii: "y"): return true
        default: return false
        }
    }

    /// Whether a word starting with `byte` can be a month's name or abbreviation: "jfmasond" in
    /// either case (a switch, as for the keywords).
    static func mayOpenMonth(_ byte: UInt8) -> Bool {
        switch byte | 0x20 {
        case UInt8(ascii: "j"), UInt8(ascii: "f"), UInt8(ascii: "m"), UInt8(ascii: "a"), UInt8(ascii: "s"),
             UInt8(ascii: "o"), UInt8(ascii: "n"), UInt8(ascii: "d"): return true
        default: return false
        }
    }

    func mentions(in tokens: [Token], chars: [Unicode.Scalar], offsets: Scalars, block: Int) -> [DateMention] {
        var out: [DateMention] = []
        var i = 0
        func text(_ a: Int, _ b: Int) -> String { String(scalars: chars[tokens[a].range.lowerBound..<tokens[b].range.upperBound]) }
        while i < tokens.count {
            // The token is read in place, not copied out (a copy retains and releases its two strings).
            // Lower-cased once, and only where it can be a keyword: every keyword below is 4 to 9
            // ASCII letters starting with one of "cflmnstwy" (lower-casing each token several times
            // was 2 % of the language stage; every word of that length, still 1 %).
            let lower = tokens[i].isWord && (4...9).contains(tokens[i].text.utf8.count) && Self.mayOpenKeyword(tokens[i].text.utf8.first) ? tokens[i].lower : ""
            let span = { (a: Int, b: Int) -> TextSpan in
                let c = offsets.characterRange(tokens[a].range.lowerBound..<tokens[b].range.upperBound)
                return TextSpan(block: block, charStart: c.lowerBound, charEnd: c.upperBound)
            }
            // Weekday, optionally followed by a full date: "Friday, May 20, 2022".
            if !lower.isEmpty, tokens[i].isCapitalized, let wd = DateFinder.weekdays.firstIndex(of: lower) {
                if i + 2 < tokens.count, tokens[i + 1].text == ",", let m = fullDate(tokens, at: i + 2) {
                    out.append(DateMention(text: text(i, m.end), span: span(i, m.end), resolved: m.iso))
                    i = m.end + 1
                    continue
                }
                let start = i > 0 && tokens[i - 1].lower == "on" ? i - 1 : i
                out.append(DateMention(text: text(start, i), span: span(start, i), resolved: resolveWeekday(wd)))
                i += 1
                continue
            }
            if let m = fullDate(tokens, at: i) {
                out.append(DateMention(text: text(i, m.end), span: span(i, m.end), resolved: m.iso))
                i = m.end + 1
                continue
            }
            // A year: "since 1994", "in 2020", "the 2020 election".
            // Bytes, not Characters: a year is four ASCII digits, and counting Characters ran the
            // grapheme rules over every token.
            if tokens[i].text.utf8.count == 4, let y = Int(tokens[i].text), (1800...2100).contains(y),
               !(i + 1 < tokens.count && tokens[i + 1].text.hasPrefix("-")) {
                let start = i > 0 && Self.yearPrepositions.contains(tokens[i - 1].lower) ? i - 1 : i
                out.append(DateMention(text: text(start, i), span: span(start, i), resolved: String(y)))
                i += 1
                continue
            }
            // Every check below asks for a keyword: a word that cannot be one (most) goes on, without
            // comparing it to each (a million String comparisons over the benchmark's pages).
            if lower.isEmpty { i += 1; continue }
            // Relative days and years.
            if lower == "yesterday" || lower == "today" || lower == "tomorrow" {
                let offset = lower == "yesterday" ? -1 : (lower == "today" ? 0 : 1)
                out.append(DateMention(text: tokens[i].text, span: span(i, i), resolved: shifted(days: offset)))
                i += 1
                continue
            }
            if (lower == "last" || lower == "this" || lower == "next"), i + 1 < tokens.count, tokens[i + 1].lower == "year" {
                let offset = lower == "last" ? -1 : (lower == "this" ? 0 : 1)
                out.append(DateMention(text: text(i, i + 1), span: span(i, i + 1),
                                       resolved: published.map { String($0.year + offset) }))
                i += 2
                continue
            }
            // "the 19th century".
            if lower == "century", i >= 1, let n = Int(tokens[i - 1].text.filter(\.isNumber)), tokens[i - 1].text.hasSuffix("th") || tokens[i - 1].text.hasSuffix("st") || tokens[i - 1].text.hasSuffix("nd") || tokens[i - 1].text.hasSuffix("rd") {
                let start = i >= 2 && tokens[i - 2].lower == "the" ? i - 2 : i - 1
                out.append(DateMention(text: text(start, i), span: span(start, i), resolved: String(format2(n - 1))))
                i += 1
                continue
            }
            i += 1
        }
        return out
    }

    private func format2(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    /// "May 20, 2022", "May 20", "May 2022", "20 May 2022".
    func fullDate(_ tokens: [Token], at i: Int) -> (end: Int, iso: String?)? {
        guard i < tokens.count else { return nil }
        // Capitalised first: the month test lower-cases the word.
        if tokens[i].isCapitalized, let m = DateFinder.month(tokens[i].text, lower: tokens[i].lower) {
            var k = i + 1
            if k < tokens.count, tokens[k].text == "." { k += 1 }
            guard k < tokens.count else { return nil }
            if let d = Int(tokens[k].text.filter(\.isNumber)), tokens[k].text.first?.isNumber == true, (1...31).contains(d), tokens[k].text.count <= 4 {
                if k + 2 < tokens.count, tokens[k + 1].text == ",", let y = Int(tokens[k + 2].text), (1800...2100).contains(y) {
                    return (k + 2, iso(y, m, d))
                }
                let year = inferredYear(month: m)
                return (k, year.map { iso($0, m, d) })
            }
            if let y = Int(tokens[k].text), (1800...2100).contains(y), tokens[k].text.count == 4 {
                return (k, "\(y)-\(format2(m))")
            }
            return nil
        }
        // A day is one or two ASCII digits: other tokens (nearly all) are not parsed as numbers.
        guard tokens[i].text.utf8.count <= 2, let first = tokens[i].text.utf8.first, first >= 0x30 && first <= 0x39 else { return nil }
        if let d = Int(tokens[i].text), (1...31).contains(d), i + 1 < tokens.count, let m = DateFinder.month(tokens[i + 1].text, lower: tokens[i + 1].lower),
           tokens[i + 1].isCapitalized {
            if i + 2 < tokens.count, let y = Int(tokens[i + 2].text), (1800...2100).contains(y) { return (i + 2, iso(y, m, d)) }
            return (i + 1, inferredYear(month: m).map { iso($0, m, d) })
        }
        return nil
    }

    private func iso(_ y: Int, _ m: Int, _ d: Int) -> String { "\(y)-\(format2(m))-\(format2(d))" }

    /// A date without a year is in the publication's year, or the year before when that would put it
    /// months after publication (news reports the past).
    private func inferredYear(month: Int) -> Int? {
        guard let p = published else { return nil }
        return month > p.month + 1 ? p.year - 1 : p.year
    }

    /// "on Saturday": the latest such day on or before publication (news reports the recent past).
    private func resolveWeekday(_ wd: Int) -> String? {
        guard let p = published else { return nil }
        let today = DateFinder.weekday(p.year, p.month, p.day)
        let back = (today - wd + 7) % 7
        return shifted(days: -back)
    }

    private func shifted(days: Int) -> String? {
        guard let p = published else { return nil }
        let (y, m, d) = CivilCalendar.date(CivilCalendar.days(p.year, p.month, p.day) + days)
        return iso(y, m, d)
    }

    /// 0 = Sunday.
    static func weekday(_ y: Int, _ m: Int, _ d: Int) -> Int {
        ((CivilCalendar.days(y, m, d) % 7) + 7 + 4) % 7
    }

}
