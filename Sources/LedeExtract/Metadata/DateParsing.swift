import LedeCore

/// Reads the ways pages write dates into ISO 8601.
///
/// ```swift
/// DateParsing.iso("Friday, May 20, 2022")   // "2022-05-20"
/// DateParsing.iso("2022-05-20T14:03:00Z")   // "2022-05-20T14:03:00Z"
/// ```
enum DateParsing {
    static let months: [String: Int] = [
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
        "oct": 10, "nov": 11, "dec": 12, "january": 1, "february": 2, "march": 3, "april": 4, "june": 6, "july": 7,
        "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
        // Spanish, French, German, Italian, Portuguese and Dutch names the English ones (and their
        // first three letters) do not already cover: "14 de marzo de 2026", "3. März 2026", "12 août 2026".
        "enero": 1, "febrero": 2, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8, "septiembre": 9,
        "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
        "janvier": 1, "février": 2, "fevrier": 2, "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "août": 8, "aout": 8,
        "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12,
        "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "oktober": 10, "dezember": 12,
        "gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7, "settembre": 9, "ottobre": 10,
        "dicembre": 12,
        "janeiro": 1, "fevereiro": 2, "março": 3, "maio": 5, "junho": 6, "julho": 7, "setembro": 9, "outubro": 10,
        "dezembro": 12,
        "januari": 1, "februari": 2, "maart": 3, "mei": 5, "augustus": 8,
    ]
    /// Words a day and its month may have between them: "14 de marzo", "the 3rd of May".
    static let dayMonthJoiners: Set<String> = ["de", "del", "of"]
    /// Years outside this window are not publication dates (copyright years aside, pages this old or new don't exist).
    static let years = 1990...2100

    static func iso(_ raw: String) -> String? {
        let s = TextCleaner.collapse(raw)
        guard !s.isEmpty else { return nil }
        if let isoForm = leadingISO(s) { return isoForm }
        // Unix timestamps (seconds or milliseconds).
        if s.allSatisfy(\.isNumber), s.count == 10 || s.count == 13, let n = Double(s) {
            return fromEpoch(s.count == 13 ? n / 1000 : n)
        }
        return written(s)
    }

    /// `2022-05-20`, `2022/05/20`, `2022.05.20`, with an optional ISO time and zone kept as written.
    static func leadingISO(_ s: String) -> String? {
        let c = Array(s.utf8)
        guard c.count >= 10, digits(c, 0, 4) != nil, [0x2D, 0x2F, 0x2E].contains(c[4]), c[7] == c[4] else { return nil }
        guard let y = digits(c, 0, 4), let m = digits(c, 5, 2), let d = digits(c, 8, 2) else { return nil }
        guard years.contains(y), (1...12).contains(m), (1...31).contains(d) else { return nil }
        let date = String(format4(y)) + "-" + two(m) + "-" + two(d)
        if c.count >= 16, c[10] == 0x54 || c[10] == 0x20, let hh = digits(c, 11, 2), c[13] == 0x3A, let mm = digits(c, 14, 2), hh < 24, mm < 60 {
            var time = "T" + two(hh) + ":" + two(mm)
            var i = 16
            if c.count >= 19, c[16] == 0x3A, let ss = digits(c, 17, 2) { time += ":" + two(ss); i = 19 }
            while i < c.count, c[i] == 0x2E || (c[i] >= 0x30 && c[i] <= 0x39) { i += 1 }  // fractions dropped
            if i < c.count, c[i] == 0x5A { time += "Z" } else if i + 5 <= c.count, c[i] == 0x2B || c[i] == 0x2D,
                let zh = digits(c, i + 1, 2) {
                let zm = c.count >= i + 6 && c[i + 3] == 0x3A ? digits(c, i + 4, 2) : digits(c, i + 3, 2)
                time += String(UnicodeScalar(c[i])) + two(zh) + ":" + two(zm ?? 0)
            }
            return date + time
        }
        return date
    }

    /// "May 20, 2022", "20 May 2022", "Fri, 20 May 2022 10:00:00 GMT", "May 20th 2022", "05/20/2022",
    /// "20.05.2022", "20-05-2022".
    static func written(_ s: String) -> String? {
        // Both forms need a year of four ASCII digits in a row (a token `Int` reads): a byte scan
        // rules out most lines before they are lower-cased and split.
        guard HeadlineDate.hasYear(s) else { return nil }
        let tokens = wordTokens(s)
        var month: Int?, day: Int?, year: Int?
        for (i, t) in tokens.enumerated() {
            if month == nil, let m = months[t] ?? (t.count > 3 ? months[String(t.prefix(3))] : nil),
               t.count >= 3 {
                month = m
                // "May 20 2022" / "20 May 2022"
                if i + 1 < tokens.count, let d = dayNumber(tokens[i + 1]), day == nil { day = d }
                else if i > 0, let d = dayNumber(tokens[i - 1]), day == nil { day = d }
                else if i > 1, dayMonthJoiners.contains(tokens[i - 1]), let d = dayNumber(tokens[i - 2]), day == nil { day = d }
                continue
            }
            if let n = Int(t), t.count == 4, years.contains(n), year == nil { year = n }
        }
        if let m = month, let d = day, let y = year { return format4(y) + "-" + two(m) + "-" + two(d) }
        if let d = eastAsian(s) { return d }
        // Numeric: 05/20/2022 (US order when the first part can't be a day > 12), 20.05.2022 (day first),
        // alone or as one word of a line ("Updated: 10/31/2024").
        if s.contains(" ") {
            for word in s.split(separator: " ") where word.count >= 8 && word.count <= 12 && word.first?.isNumber == true {
                if let d = numeric(String(word.trimmingCharacters(in: ",;)("))) { return d }
            }
            return nil
        }
        return numeric(s)
    }

    /// The text lower-cased and split at every Character that is neither a letter nor a number.
    /// ASCII text is split byte by byte: there every Character is one byte (CR LF, the one pair, is
    /// a separator either way), its letters are A–Z and a–z and its numbers 0–9. A Character by
    /// Character split cost 30,000 instructions a line.
    static func wordTokens(_ s: String) -> [String] {
        let ascii = s.utf8.withContiguousStorageIfAvailable { b -> [String]? in
            var tokens: [String] = []
            var start = -1
            for k in 0...b.count {
                let c: UInt8 = k < b.count ? b[k] : 0x20
                if c >= 0x80 { return nil }
                let isWord = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A)
                if isWord { if start < 0 { start = k }; continue }
                guard start >= 0 else { continue }
                let count = k - start, from = start
                tokens.append(String(unsafeUninitializedCapacity: count) { out in
                    for j in 0..<count { let x = b[from + j]; out[j] = x >= 0x41 && x <= 0x5A ? x | 0x20 : x }
                    return count
                })
                start = -1
            }
            return tokens
        }
        if let ascii, let tokens = ascii { return tokens }
        return s.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
    }

    /// A date as Chinese, Japanese and Korean pages print it: year, month and day each followed by
    /// its unit ("2026年3月14日", "2026년 3월 14일"); nil when the three are not there in that order.
    static func eastAsian(_ s: String) -> String? {
        // No Character of ASCII text is one of the units.
        if s.utf8.allSatisfy({ $0 < 0x80 }) { return nil }
        let units: [(year: Character, month: Character, day: Character)] = [("年", "月", "日"), ("년", "월", "일")]
        for unit in units where s.contains(unit.year) {
            let expected = [unit.year, unit.month, unit.day]
            var numbers: [Int] = [], digits = ""
            for c in s where numbers.count < 3 {
                if c.isASCII, c.isNumber { digits.append(c); continue }
                if c == " " { continue }
                if c == expected[numbers.count], digits.count <= 4, let n = Int(digits) { numbers.append(n) }
                digits = ""
            }
            guard numbers.count == 3, years.contains(numbers[0]), (1...12).contains(numbers[1]), (1...31).contains(numbers[2]) else { continue }
            return format4(numbers[0]) + "-" + two(numbers[1]) + "-" + two(numbers[2])
        }
        return nil
    }

    static func numeric(_ s: String) -> String? {
        let parts = s.split(whereSeparator: { $0 == "/" || $0 == "." || $0 == "-" }).prefix(3).map { String($0.prefix(while: \.isNumber)) }
        if parts.count == 3, let a = Int(parts[0]), let b = Int(parts[1]), let y = Int(parts[2]), years.contains(y), parts[2].count == 4 {
            // Dots and dashes are day-first ("20.05.2022", "02-12-2025": US pages write the month
            // first with slashes); either order gives way to the one that reads as a date.
            let dayFirst = s.contains(".") || s.contains("-")
            let (m, d) = dayFirst || a > 12 ? (b, a) : (a, b)
            if (1...12).contains(m), (1...31).contains(d) { return format4(y) + "-" + two(m) + "-" + two(d) }
            if (1...12).contains(d), (1...31).contains(m) { return format4(y) + "-" + two(d) + "-" + two(m) }
        }
        return nil
    }

    private static func dayNumber(_ t: String) -> Int? {
        let digitsOnly = t.prefix(while: \.isNumber)
        guard !digitsOnly.isEmpty, digitsOnly.count <= 2, let n = Int(digitsOnly), (1...31).contains(n) else { return nil }
        let suffix = t.dropFirst(digitsOnly.count)
        return suffix.isEmpty || ["st", "nd", "rd", "th"].contains(String(suffix)) ? n : nil
    }

    private static func digits(_ c: [UInt8], _ at: Int, _ n: Int) -> Int? {
        guard at + n <= c.count else { return nil }
        var v = 0
        for i in at..<(at + n) { guard c[i] >= 0x30 && c[i] <= 0x39 else { return nil }; v = v * 10 + Int(c[i] - 0x30) }
        return v
    }

    static func fromEpoch(_ seconds: Double) -> String? {
        let (y, m, d) = CivilCalendar.date(Int((seconds / 86400).rounded(.down)))
        guard years.contains(y) else { return nil }
        return format4(y) + "-" + two(m) + "-" + two(d)
    }

    /// Days since 1970-01-01 of the `YYYY-MM-DD` a string starts with (civil calendar).
    static func daysSinceEpoch(_ iso: String) -> Int? {
        let c = Array(iso.utf8)
        guard c.count >= 10, let y = digits(c, 0, 4), let m = digits(c, 5, 2), let d = digits(c, 8, 2) else { return nil }
        return CivilCalendar.days(y, m, d)
    }

    private static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    private static func format4(_ n: Int) -> String { String(n) }
}
