/// URLs and e-mail addresses, found whole by the tokenizer and read out piece by piece:
/// "https://www.example.com/a-b" → "H T T P S colon slash slash W W W dot example dot com slash a dash b".
enum Electronic {
    /// Chunks longer than this are not looked at as addresses (keeps the scan cheap on odd input).
    static let maxLength = 2048

    /// Top-level domains accepted without a scheme or "www." (a bare "word.word" is more often a
    /// missing space after a full stop than an address).
    static let knownTLDs: Set<String> = [
        "com", "org", "net", "edu", "gov", "mil", "int", "info", "biz", "io", "co", "ai", "app", "dev",
        "news", "tv", "me", "ly", "gg", "abc", "online", "site", "xyz", "uk", "us", "ca", "au", "nz",
        "de", "fr", "it", "es", "nl", "be", "ch", "at", "se", "no", "dk", "fi", "pl", "cz", "ru", "ua",
        "by", "lt", "lv", "ee", "jp", "cn", "kr", "in", "br", "mx", "ar", "za", "eu", "ie", "pt", "gr",
        "tr", "il", "sm", "sg", "hk", "tw",
    ]

    /// If an address starts at `start` (a chunk start), the end of its leading punctuation and the
    /// end of the address (trailing punctuation excluded).
    static func chunk(_ chars: [Character], from start: Int) -> (Int, Int)? {
        var end = start, marks = false
        while end < chars.count && !(chars[end] == " " || chars[end].isWhitespace) {
            // Every address has a "." (host), an "@" or a ":" (scheme): without one, stop early.
            if chars[end] == "." || chars[end] == "@" || chars[end] == ":" { marks = true }
            end += 1
            if end - start > maxLength { return nil }
        }
        guard marks, end - start >= 4 else { return nil }
        var lead = start
        while lead < end && "([\"'“‘<".contains(chars[lead]) { lead += 1 }
        var core = end
        while core > lead && ".,;:!?)]}\"'”’>".contains(chars[core - 1]) { core -= 1 }
        guard core - lead >= 4 else { return nil }
        return isAddress(chars[lead..<core]) ? (lead, core) : nil
    }

    static func isAddress(_ s: ArraySlice<Character>) -> Bool {
        let text = String(s)
        guard s.allSatisfy({ $0.isASCII }) else { return false }
        let lower = text.lowercased()
        if let r = schemeEnd(Array(lower)) {
            return r > 3 && lower.prefix(r - 3).allSatisfy { $0.isLetter }
        }
        if lower.hasPrefix("www.") && lower.count > 4 { return true }
        if let at = text.firstIndex(of: "@") {
            let local = text[..<at], domain = text[text.index(after: at)...]
            guard !local.isEmpty, local.allSatisfy({ $0.isLetter || $0.isNumber || "._%+-".contains($0) }) else { return false }
            return isDomain(domain, requireKnownTLD: false)
        }
        let host = text.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        return isDomain(host, requireKnownTLD: true)
    }

    /// The offset after "://", if the text has one.
    static func schemeEnd(_ chars: [Character]) -> Int? {
        guard chars.count >= 3 else { return nil }
        for k in 0..<(chars.count - 2) where chars[k] == ":" && chars[k + 1] == "/" && chars[k + 2] == "/" { return k + 3 }
        return nil
    }

    static func isDomain(_ host: Substring, requireKnownTLD: Bool) -> Bool {
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" } }),
              let tld = labels.last, tld.count >= 2, tld.count <= 6, tld.allSatisfy({ $0.isLetter }),
              labels[0].count >= 2, labels[0].contains(where: { $0.isLetter }) else { return false }
        if requireKnownTLD { return tld.allSatisfy { $0.isLowercase } && knownTLDs.contains(String(tld)) }
        return true
    }

    static let symbolNames: [Character: String] = [
        ".": "dot", "/": "slash", ":": "colon", "@": "at", "-": "dash", "_": "underscore", "~": "tilde",
        "?": "question mark", "=": "equals", "&": "and", "#": "hash", "%": "percent", "+": "plus",
    ]

    /// Spoken form of an address.
    static func read(_ text: String, numbers: NumberWords, initialisms: Initialisms) -> String {
        var words: [String] = []
        let chars = Array(text)
        // The last label of the host: a two-letter country code is said as letters ("dot D E").
        let hostStart = schemeEnd(chars) ?? 0
        let hostEnd = chars[hostStart...].firstIndex(of: "/") ?? chars.count
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c.isLetter {
                var j = i
                while j < chars.count && chars[j].isLetter { j += 1 }
                let word = String(chars[i..<j]), lower = word.lowercased()
                let isLastHostLabel = j == hostEnd && i > 0 && chars[i - 1] == "."
                if ["http", "https", "ftp", "www"].contains(lower) || (isLastHostLabel && word.count == 2) {
                    words.append(initialisms.letters(word.uppercased()))
                } else if lower == "jpg" {
                    words.append("jpeg")
                } else {
                    words.append(word)
                }
                i = j
            } else if Tokenizer.isDigit(c) {
                var j = i
                while j < chars.count && Tokenizer.isDigit(chars[j]) { j += 1 }
                words.append(numbers.digits(String(chars[i..<j])))
                i = j
            } else {
                words.append(symbolNames[c] ?? String(c))
                i += 1
            }
        }
        return words.joined(separator: " ")
    }
}
