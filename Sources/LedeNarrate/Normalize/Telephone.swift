extension NormalizationPass {
    /// Telephone numbers, social security numbers and IP addresses, read digit by digit in groups:
    /// "+1 (123) 123-5678" → "plus one, one two three, one two three, five six seven eight";
    /// "123.123.0.40" → "one two three dot one two three dot zero dot four zero".
    func telephone(at i: Int) -> Reading? {
        guard isNumber(i) else { return nil }
        // IP address: four dot-separated groups of one to three digits.
        if let g = dottedGroups(at: i), g.groups.count == 4, g.groups.allSatisfy({ $0.utf8.count <= 3 && (Int($0) ?? 999) <= 255 }) {
            return Reading(end: g.end, text: g.groups.map { numbers.digits($0) }.joined(separator: " dot "))
        }
        // A version number: "2.0.1" → "two point zero point one".
        if let g = dottedGroups(at: i), g.groups.count == 3, g.groups.allSatisfy({ $0.utf8.count <= 3 }) {
            return Reading(end: g.end, text: g.groups.map { numbers.cardinal($0) }.joined(separator: " point "))
        }
        var groups: [String] = []
        var j = i, sep: String? = nil
        while isNumber(j), groups.count < 5 {
            groups.append(tokens[j].text)
            if let s = tok(j + 1), s.isSymbol("-") || s.isSymbol("."), glued(j + 1), isNumber(j + 2), glued(j + 2),
               sep == nil || sep == s.text {
                sep = s.text
                j += 2
            } else {
                j += 1
                break
            }
        }
        let lengths = groups.map { $0.utf8.count }
        let isPhone = lengths == [3, 3, 4] || (lengths == [1, 3, 3, 4] && sep == "-") || lengths == [3, 3, 4, 4] || (lengths == [3, 4] && sep == "-")
            || (lengths == [3, 2, 4] && sep == "-")
        guard isPhone else { return nil }
        if let n = tok(j), glued(j), n.isWord || n.isNumber { return nil }
        return Reading(end: j, text: groups.map { numbers.digits($0) }.joined(separator: ", "))
    }

    func dottedGroups(at i: Int) -> (groups: [String], end: Int)? {
        var groups: [String] = [], j = i
        while isNumber(j), groups.count < 5 {
            groups.append(tokens[j].text)
            if isSymbol(j + 1, "."), glued(j + 1), isNumber(j + 2), glued(j + 2) { j += 2 } else { j += 1; break }
        }
        return groups.count >= 3 ? (groups, j) : nil
    }

    /// "+1 123-123-5678", "(123) 123-5678", "+1 (123)-123-5678": the prefix before a phone number.
    func phonePrefix(at i: Int) -> Reading? {
        var j = i, prefix: [String] = []
        if isSymbol(j, "+"), isNumber(j + 1), glued(j + 1), tokens[j + 1].text.utf8.count <= 3 {
            prefix.append("plus " + numbers.digits(tokens[j + 1].text))
            j += 2
            if isSymbol(j, "-") || afterSpace(j) != nil { j += 1 }
        }
        if isSymbol(j, "("), isNumber(j + 1), tokens[j + 1].text.utf8.count == 3, isSymbol(j + 2, ")") {
            let area = tokens[j + 1].text
            var k = j + 3
            if isSymbol(k, "-") || afterSpace(k) != nil { k += 1 }
            guard let rest = telephone(at: k), rest.text.split(separator: ",").count == 2 else { return nil }
            prefix.append(numbers.digits(area))
            return Reading(end: rest.end, text: (prefix + [rest.text]).joined(separator: ", "))
        }
        guard !prefix.isEmpty else { return nil }
        if let rest = telephone(at: j), rest.text.contains(", ") {
            return Reading(end: rest.end, text: (prefix + [rest.text]).joined(separator: ", "))
        }
        // "+44 20 7946 0958": after a country code, groups of digits spaced as the country writes them.
        guard let g = spacedGroups(at: j) else { return nil }
        return Reading(end: g.end, text: (prefix + g.groups.map { numbers.digits($0) }).joined(separator: ", "))
    }

    /// Digits in a group of a spaced telephone number: at least this many…
    static let shortestPhoneGroup = 2
    /// …and at most this many.
    static let longestPhoneGroup = 4
    /// The national part of a telephone number has at least this many digits (and at most
    /// `longestNationalNumber`), so a year and a count after a "+" are not taken for one.
    static let shortestNationalNumber = 6
    static let longestNationalNumber = 12

    /// Groups of digits separated by single spaces at `j` ("20 7946 0958"), only after a prefix.
    func spacedGroups(at j: Int) -> (groups: [String], end: Int)? {
        var groups: [String] = [], k = j, digits = 0
        while isNumber(k), (Self.shortestPhoneGroup...Self.longestPhoneGroup).contains(tokens[k].text.utf8.count),
              digits < Self.longestNationalNumber {
            groups.append(tokens[k].text)
            digits += tokens[k].text.utf8.count
            k += 1
            guard let n = afterSpace(k), isNumber(n) else { break }
            k = n
        }
        guard groups.count >= 2, digits >= Self.shortestNationalNumber, digits <= Self.longestNationalNumber else { return nil }
        if let n = tok(k), glued(k), n.isWord || n.isNumber { return nil }
        return (groups, k)
    }

    /// Words after which a short number is one to dial: "call 911", "dial 999", "text 85258".
    static let dialWords: Set<String> = ["call", "dial", "text", "phone", "ring"]
    /// Numbers dialled are at most this long when written without groups.
    static let longestDialledNumber = 6
    /// Words that may follow a number to dial: anything else makes it a count ("call 100 people").
    static let afterDialledNumber: Set<String> = ["or", "and", "now", "immediately", "if", "for", "to", "from", "on", "in"]

    /// "Call 911" → "call nine one one": a short number after a verb of dialling, read digit by digit.
    func dialledNumber(at i: Int) -> Reading? {
        guard isNumber(i), (3...Self.longestDialledNumber).contains(tokens[i].text.utf8.count),
              let p = afterSpaceBackward(i), let w = word(p), Self.dialWords.contains(w) else { return nil }
        if let n = tok(i + 1), glued(i + 1), n.isWord || n.isNumber || ((n.isSymbol(",") || n.isSymbol(".")) && isNumber(i + 2)) { return nil }
        if let k = afterSpace(i + 1), let n = tok(k), n.isWord || n.isNumber, !Self.afterDialledNumber.contains(n.lower) { return nil }
        return Reading(end: i + 1, text: numbers.digits(tokens[i].text), kind: .plain)
    }
}
