import LedeCore

/// A sentence cut where lexicon words stand: plain text for eSpeak, and the words with their own
/// reading.
enum PronunciationPieces: Equatable {
    case text(String)
    case ipa(String)
    /// Another eSpeak voice's reading of `text`, then `suffix` (IPA) such as a possessive `z`.
    case espeak(voice: String, text: String, suffix: String)

    static func split(_ text: String, pronunciations: [String: Pronunciation]) -> [PronunciationPieces] {
        guard !pronunciations.isEmpty else { return [.text(text)] }
        var pieces: [PronunciationPieces] = []
        var plain = ""
        var word = ""
        func flushWord() {
            guard !word.isEmpty else { return }
            if let piece = reading(of: word, pronunciations) {
                if !plain.isEmpty { pieces.append(.text(plain)); plain = "" }
                pieces.append(piece)
            } else {
                plain += word
            }
            word = ""
        }
        for c in text {
            if c.isLetter || c.isNumber || ((c == "'" || c == "\u{2019}" || c == "-") && !word.isEmpty) {
                word.append(c)
            } else {
                flushWord()
                plain.append(c)
            }
        }
        flushWord()
        if !plain.isEmpty { pieces.append(.text(plain)) }
        return pieces
    }

    /// The word's reading: an exact entry, or an entry for its stem before a possessive `'s`.
    private static func reading(of word: String, _ pronunciations: [String: Pronunciation]) -> PronunciationPieces? {
        var w = word
        while let last = w.last, last == "-" || last == "'" || last == "\u{2019}" { w.removeLast() }
        if let p = pronunciations[w] { return piece(p, suffix: "") }
        for possessive in ["'s", "\u{2019}s"] where w.hasSuffix(possessive) {
            if let p = pronunciations[String(w.dropLast(2))] { return piece(p, suffix: "z") }
        }
        return nil
    }

    private static func piece(_ p: Pronunciation, suffix: String) -> PronunciationPieces {
        switch p {
        case .ipa(let ipa): return .ipa(ipa + suffix)
        case .espeak(let voice, let text): return .espeak(voice: voice, text: text, suffix: suffix)
        }
    }
}
