/// Cardinal, ordinal, digit-by-digit and year readings of digit strings, in one ``NormalizerStyle``.
/// Works on strings, not integers, so any length is safe: past ``maxCardinalDigits`` a number is
/// read digit by digit.
struct NumberWords: Sendable {
    let style: NormalizerStyle

    /// 10^36 and beyond have no everyday name; a longer string is an identifier, read digit by digit.
    static let maxCardinalDigits = 36

    static let units = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                        "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
                        "seventeen", "eighteen", "nineteen"]
    static let tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    static let scales = ["", "thousand", "million", "billion", "trillion", "quadrillion", "quintillion",
                         "sextillion", "septillion", "octillion", "nonillion", "decillion"]

    /// 0...99.
    func twoDigits(_ n: Int) -> String {
        if n < 20 { return Self.units[n] }
        let t = Self.tens[n / 10]
        return n % 10 == 0 ? t : t + (style.hyphenatedNumbers ? "-" : " ") + Self.units[n % 10]
    }

    /// 0...999, with "and" before the tens when the style says so.
    func threeDigits(_ n: Int, and: Bool) -> String {
        guard n >= 100 else { return twoDigits(n) }
        let head = Self.units[n / 100] + " hundred"
        if n % 100 == 0 { return head }
        return head + (and ? " and " : " ") + twoDigits(n % 100)
    }

    /// Digits only (ASCII); leading zeros ignored. Too long → digit by digit.
    func cardinal<S: StringProtocol>(_ digits: S, and useAnd: Bool? = nil) -> String {
        let useAnd = useAnd ?? style.andInNumbers
        let bytes = Array(digits.utf8).drop { $0 == 0x30 }
        if bytes.isEmpty { return "zero" }
        if bytes.count > Self.maxCardinalDigits { return self.digits(digits) }
        var groups: [Int] = []  // most significant first
        var i = bytes.startIndex
        let firstLen = bytes.count % 3 == 0 ? 3 : bytes.count % 3
        var len = firstLen
        while i < bytes.endIndex {
            var v = 0
            for b in bytes[i..<(i + len)] { v = v * 10 + Int(b - 0x30) }
            groups.append(v)
            i += len
            len = 3
        }
        var words: [String] = []
        for (k, g) in groups.enumerated() where g != 0 {
            let scale = Self.scales[groups.count - 1 - k]
            let isLast = k == groups.count - 1
            // British "and": "two thousand and five", after a higher group when the last is below 100.
            if isLast && useAnd && groups.count > 1 && g < 100 { words.append("and") }
            words.append(threeDigits(g, and: useAnd))
            if !scale.isEmpty { words.append(scale) }
        }
        return words.joined(separator: " ")
    }

    /// "one two three".
    func digits<S: StringProtocol>(_ s: S) -> String {
        var out: [String] = []
        out.reserveCapacity(s.utf8.count)
        for b in s.utf8 where b >= 0x30 && b <= 0x39 { out.append(Self.units[Int(b - 0x30)]) }
        return out.joined(separator: " ")
    }

    /// "twenty-first", "one hundred eleventh": ordinals never take the style's "and" (NeMo's files
    /// and spoken American alike say "one hundred first").
    func ordinal<S: StringProtocol>(_ digits: S) -> String {
        Self.ordinalize(cardinal(digits, and: false))
    }

    /// Turns the last word of a cardinal reading into its ordinal: "twenty-one" → "twenty-first".
    static func ordinalize(_ words: String) -> String {
        let cut = words.lastIndex { $0 == " " || $0 == "-" }.map { words.index(after: $0) } ?? words.startIndex
        let head = words[..<cut], last = String(words[cut...])
        let irregular = ["one": "first", "two": "second", "three": "third", "five": "fifth", "eight": "eighth",
                         "nine": "ninth", "twelve": "twelfth"]
        if let o = irregular[last] { return head + o }
        if last.hasSuffix("y") { return head + last.dropLast() + "ieth" }
        return head + last + "th"
    }

    /// Plural of a number word, for decades and denominators: "nineties", "sixes", "thirds".
    static func pluralize(_ words: String) -> String {
        if words.hasSuffix("y") { return words.dropLast() + "ies" }
        if words.hasSuffix("x") { return words + "es" }
        return words + "s"
    }

    /// A year read the way it is said: "nineteen ninety-four", "twenty twenty", "two thousand eight",
    /// "nineteen hundred", "nineteen oh five". `year` is 1000...9999.
    func year(_ year: Int) -> String {
        let hi = year / 100, lo = year % 100
        if year % 1000 == 0 || ((year / 100) % 10 == 0 && lo < 10) {
            // 2000, 2008, 1005: the thousands are said ("two thousand eight"), never with "and".
            return cardinal(String(year), and: false)
        }
        if lo == 0 { return twoDigits(hi) + " hundred" }
        if lo < 10 { return twoDigits(hi) + " oh " + Self.units[lo] }
        return twoDigits(hi) + " " + twoDigits(lo)
    }

    /// "one point five", "point one", "zero point zero four".
    func decimal(integer: String, fraction: String) -> String {
        let head = integer.isEmpty ? "" : cardinal(integer) + " "
        return head + "point " + digits(fraction)
    }
}
