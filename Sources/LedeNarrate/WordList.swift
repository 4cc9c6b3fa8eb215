import Foundation

/// "A, B and C": how a list of names is read.
enum ListPhrase {
    static func join(_ items: [String]) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " and " + items[items.count - 1]
        }
    }
}

/// The publication day of an ISO 8601 timestamp, written as a reader would say it ("March 14, 2026");
/// the normaliser then turns it into words.
enum SpokenDate {
    private static let months = ["January", "February", "March", "April", "May", "June", "July",
                                 "August", "September", "October", "November", "December"]

    static func day(of iso: String?) -> String? {
        guard let iso, iso.count >= 10 else { return nil }
        let parts = iso.prefix(10).split(separator: "-")
        guard parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              (1...12).contains(m), (1...31).contains(d) else { return nil }
        return "\(months[m - 1]) \(d), \(y)"
    }
}

/// The words of a spoken sentence as the speech engine matches lexicon entries: runs of letters,
/// digits, apostrophes and hyphens, with a possessive `'s` also offered without it, and the parts of
/// a hyphenated compound too (the Piper voice reads "anti-Kyiv" as "anti Kyiv" and looks the parts up).
enum WordList {
    static func words(in text: String) -> Set<String> {
        var out = Set<String>()
        var word = ""
        func insert(_ w: String) {
            out.insert(w)
            for possessive in ["'s", "\u{2019}s"] where w.hasSuffix(possessive) { out.insert(String(w.dropLast(2))) }
        }
        func flush() {
            while let last = word.last, last == "-" || last == "'" || last == "\u{2019}" { word.removeLast() }
            if !word.isEmpty {
                insert(word)
                if word.contains("-") {
                    for part in word.split(separator: "-") where !part.isEmpty { insert(String(part)) }
                }
            }
            word = ""
        }
        for c in text {
            if c.isLetter || c.isNumber || ((c == "'" || c == "\u{2019}" || c == "-") && !word.isEmpty) {
                word.append(c)
            } else {
                flush()
            }
        }
        flush()
        return out
    }
}
