extension NormalizationPass {
    static let rangeDashes: Set<String> = ["-", "–", "‐", "‑"]

    /// Joins a number reading with a second one after a touching dash: "2010-2015" → "twenty ten to
    /// twenty fifteen", "5-10%" → "five to ten percent", "1960s-80s", "2pm-5pm". It is a range when
    /// the second value is larger (or a shortened year or decade after a year, or a time); otherwise
    /// the dash is a separator, as in a score or a code ("978-0" → "nine hundred seventy-eight -
    /// zero"), and is read as a pause.
    func withRange(_ left: Reading, from start: Int) -> Reading {
        var dash = left.end
        // "10am–noon", "9pm-midnight".
        if left.kind == .time, let d = tok(dash), d.isSymbol(in: Self.rangeDashes), glued(dash), glued(dash + 1),
           let w = word(dash + 1), w == "noon" || w == "midnight", !(tok(dash + 2).map { glued(dash + 2) && $0.isWord } ?? false) {
            var out = left
            out.text += " to " + tokens[dash + 1].text
            out.end = dash + 2
            return out
        }
        // "b-c-1-5": a number inside a hyphenated code is not a range.
        if glued(start), let p = tok(start - 1), p.isSymbol(in: Self.rangeDashes) || p.isWord { return left }
        // "50 – 100 employees": an en dash between spaces is a range too; a spaced hyphen only
        // between quantities of one kind (below), elsewhere it is a pause.
        var spaced = false
        if let k = afterSpace(dash), isSymbol(k, "–") || isSymbol(k, "-"), afterSpace(k + 1) != nil, isNumber(k + 2) {
            dash = k
            spaced = true
        }
        guard let lv = left.value, let d = tok(dash), d.isSymbol(in: Self.rangeDashes), glued(dash) || spaced,
              glued(dash + 1) || spaced, isNumber(dash + 1) || (spaced && isNumber(dash + 2)), telephone(at: dash + 1) == nil,
              let right = numeric(at: spaced ? dash + 2 : dash + 1), let rv = right.value else { return left }
        // "1-1-1", "978-0-13": a chain of numbers is a record or a code, not a range.
        if !spaced, let d2 = tok(right.end), d2.isSymbol(in: Self.rangeDashes), glued(right.end), isNumber(right.end + 1),
           glued(right.end + 1) { return left }
        // "5 km - 10 km", "5 - 10 km", "10:00 - 11:30", "2010 - 2015": a spaced hyphen between two
        // times, two years, or a number and a larger measure.
        if spaced, isSymbol(dash, "-") {
            let times = left.kind == .time && right.kind == .time
            let years = left.kind == .year && right.kind == .year && rv > lv
            let measures = right.kind == .measure && (left.kind == .measure || left.kind == .plain) && rv > lv
            guard times || years || measures else { return left }
        }
        let isRange: Bool
        switch (left.kind, right.kind) {
        case (.time, .time):
            isRange = true
        case (.year, _), (.decade, _):
            // "2010-15", "1960s-80s": a year shortened to its last two digits.
            isRange = rv > lv || (rv < 100 && rv > lv.truncatingRemainder(dividingBy: 100))
        default:
            // Scores and vote tallies ("won 3-2", "passed 52-48", "220-215") are said with "to" too;
            // a pair of very different lengths ("978-0") is a code, read with a pause.
            func digits(_ v: Double) -> Int { v < 10 ? 1 : v < 100 ? 2 : 3 }
            let small = lv >= 0 && lv < 1000 && rv >= 0 && rv < 1000 && lv == lv.rounded() && rv == rv.rounded()
            isRange = rv > lv || (small && left.kind == .plain && right.kind == .plain
                                  && (digits(lv) == digits(rv) || (lv < 100 && rv < 100)))
        }
        var out = right
        if spaced && !isRange { return left }
        if isRange {
            var rightText = right.text
            if (left.kind == .year || left.kind == .decade) && rv < 100 && right.kind == .plain, rv >= 10 {
                rightText = numbers.twoDigits(Int(rv)) // "2010-15": "fifteen"
            }
            out.text = left.text + " to " + rightText
        } else {
            out.text = left.text + " - " + right.text
        }
        out.value = rv
        return out
    }
}
