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
        guard !prefix.isEmpty, let rest = telephone(at: j), rest.text.contains(", ") else { return nil }
        return Reading(end: rest.end, text: (prefix + [rest.text]).joined(separator: ", "))
    }
}
