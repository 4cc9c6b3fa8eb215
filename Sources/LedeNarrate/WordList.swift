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
