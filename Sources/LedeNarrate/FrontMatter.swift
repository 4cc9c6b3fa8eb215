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
/// digits, apostrophes and hyphens, with a possessive `'s` also offered without it.
enum WordList {
    static func words(in text: String) -> Set<String> {
        var out = Set<String>()
        var word = ""
        func flush() {
            while let last = word.last, last == "-" || last == "'" || last == "\u{2019}" { word.removeLast() }
            if !word.isEmpty {
                out.insert(word)
                for possessive in ["'s", "\u{2019}s"] where word.hasSuffix(possessive) { out.insert(String(word.dropLast(2))) }
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
