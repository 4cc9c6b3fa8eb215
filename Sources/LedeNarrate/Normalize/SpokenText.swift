/// The spoken form being built: untouched text is appended as it stands; readings ("verbal" pieces)
/// get a space where they would otherwise touch a letter or a clause mark ("5pm,4am" → "five PM,
/// four AM"), so the voice does not run words together.
struct SpokenText {
    private(set) var text = ""
    /// Since the last reading only closing punctuation was added.
    private var afterReading = false
    let capitalizeSentenceStarts: Bool

    init(capitalizeSentenceStarts: Bool, capacity: Int) {
        self.capitalizeSentenceStarts = capitalizeSentenceStarts
        text.reserveCapacity(capacity)
    }

    /// Punctuation a reading may be followed by without breaking the "after a reading" state.
    static let closers: Set<Character> = [",", ";", ":", "!", "?", ".", ")", "]", "}", "\"", "”", "%"]
    /// Punctuation after which a reading gets a space: "yes,34" → "yes, thirty-four".
    static let clauseMarks: Set<Character> = [",", ";", ":", "!", "?", ".", ")", "]", "}", "%"]

    mutating func raw(_ piece: String) {
        guard let first = piece.first else { return }
        if afterReading, first.isLetter || first.isNumber, let last = text.last,
           Self.clauseMarks.contains(last) || last.isLetter || last.isNumber || last == "'" {
            text += " "
        }
        text += piece
        if !(piece.count == 1 && Self.closers.contains(first)) { afterReading = false }
    }

    mutating func reading(_ piece: String) {
        guard var piece = Optional(piece), !piece.isEmpty else { return }
        if let last = text.last, !last.isWhitespace, last.isLetter || last.isNumber || Self.clauseMarks.contains(last) {
            text += " "
        } else if text.hasSuffix(" '") {
            text += " "  // a lone apostrophe, not a quotation mark: "quote. '4" → "quote. ' four"
        }
        if capitalizeSentenceStarts && atSentenceStart, let f = piece.first, f.isLowercase {
            piece = f.uppercased() + piece.dropFirst()
        }
        text += piece
        afterReading = true
    }

    /// Nothing but opening quotes and brackets since the start or a sentence end (". ", "? ").
    private var atSentenceStart: Bool {
        var sawSpace = false
        for c in text.reversed() {
            if c.isWhitespace { sawSpace = true; continue }
            if "\"“‘'([".contains(c) { continue }
            return sawSpace && (c == "." || c == "!" || c == "?")
        }
        return true
    }
}
