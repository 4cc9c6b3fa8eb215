/// The spoken form being built: untouched text is appended as it stands; readings ("verbal" pieces)
/// get a space where they would otherwise touch a letter or a clause mark ("5pm,4am" → "five PM,
/// four AM"), so the voice does not run words together.
struct SpokenText {
    private(set) var text = ""
    /// Since the last reading only closing punctuation was added.
    private var afterReading = false
    init(capacity: Int) {
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
        guard !piece.isEmpty else { return }
        if let last = text.last, !last.isWhitespace, last.isLetter || last.isNumber || Self.clauseMarks.contains(last) {
            text += " "
        } else if text.hasSuffix(" '") {
            text += " "  // a lone apostrophe, not a quotation mark: "quote. '4" → "quote. ' four"
        }
        text += piece
        afterReading = true
    }
}
