import CEspeakNG
import LedeCore

extension EspeakSession {
    /// The IPA of `text` clause by clause, read with the eSpeak voice `voice`, with each clause's
    /// closing punctuation recovered (Debian's eSpeak NG 1.51 does not report it).
    public func phonemeClauses(_ text: String, voice: String) throws -> [PhonemeClause] {
        try setVoice(voice)
        let bytes = Array(text.utf8)
        var cString = bytes.map { CChar(bitPattern: $0) }
        cString.append(0)
        var clauses: [PhonemeClause] = []
        cString.withUnsafeBufferPointer { buffer in
            let base = UnsafeRawPointer(buffer.baseAddress!)
            var cursor: UnsafeRawPointer? = base
            while let position = cursor, position.load(as: CChar.self) != 0 {
                let phonemes = espeak_TextToPhonemes(&cursor, Int32(espeakCHARS_UTF8), Int32(espeakPHONEMES_IPA))
                let ipa = PhonemeText.withoutLanguageMarks(phonemes.map { String(cString: $0) } ?? "")
                let end = cursor.map { $0 - base } ?? bytes.count
                clauses.append(PhonemeClause(ipa: ipa, terminator: ClauseEnd.terminator(in: bytes, consumedTo: end)))
                if let next = cursor, next <= position { break }  // no progress: stop rather than loop
            }
        }
        return clauses
    }

    /// The IPA of a sentence with `pronunciations` applied: words listed there are read as given
    /// (IPA as is, or another eSpeak voice's reading), the rest with `voice`.
    public func phonemeClauses(_ text: String, voice: String,
                               pronunciations: [String: Pronunciation]) throws -> [PhonemeClause] {
        let pieces = PronunciationPieces.split(text, pronunciations: pronunciations)
        if pieces.count == 1, case .text(let only) = pieces[0] { return try phonemeClauses(only, voice: voice) }
        var builder = ClauseBuilder()
        for piece in pieces {
            switch piece {
            case .text(let t):
                for clause in try phonemeClauses(t, voice: voice) { builder.append(clause) }
            case .ipa(let ipa):
                builder.appendWords(ipa)
            case .espeak(let otherVoice, let t, let suffix):
                let words = try phonemeClauses(t, voice: otherVoice).map(\.ipa).filter { !$0.isEmpty }
                builder.appendWords(words.joined(separator: " ") + suffix)
            }
        }
        return builder.clauses
    }
}

/// Gathers clauses, joining words to the open clause until punctuation closes it.
struct ClauseBuilder {
    var clauses: [PhonemeClause] = []

    mutating func appendWords(_ ipa: String) {
        guard !ipa.isEmpty else { return }
        if let last = clauses.indices.last, clauses[last].terminator == nil {
            clauses[last].ipa += clauses[last].ipa.isEmpty ? ipa : " " + ipa
        } else {
            clauses.append(PhonemeClause(ipa: ipa))
        }
    }

    mutating func append(_ clause: PhonemeClause) {
        appendWords(clause.ipa)
        guard let terminator = clause.terminator, let last = clauses.indices.last else { return }
        if clauses[last].terminator == nil { clauses[last].terminator = terminator }
    }
}

/// Finds the punctuation that closed a clause, from where eSpeak stopped reading.
enum ClauseEnd {
    static let terminators: Set<UInt8> = Set(".,;:!?".utf8)
    /// Closing quotes and brackets that may stand between a clause's punctuation and the next clause.
    static let closers: Set<Unicode.Scalar> = ["\"", "'", ")", "]", "}", "\u{201D}", "\u{2019}", "\u{00BB}", "\u{203A}", "\u{201C}", "\u{2018}", "\u{00AB}"]

    /// eSpeak's text pointer runs one code point past a clause that ends in punctuation and
    /// whitespace (it has read the next clause's first letter): step back over it, then over
    /// whitespace and closing quotes, and take the punctuation found there.
    static func terminator(in bytes: [UInt8], consumedTo end: Int) -> Character? {
        var i = min(end, bytes.count)
        if let (scalar, start) = scalar(before: i, in: bytes),
           scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
            i = start
        }
        while let (scalar, start) = scalar(before: i, in: bytes),
              scalar.properties.isWhitespace || closers.contains(scalar) {
            i = start
        }
        guard i > 0, terminators.contains(bytes[i - 1]) else { return nil }
        return Character(Unicode.Scalar(bytes[i - 1]))
    }

    private static func scalar(before i: Int, in bytes: [UInt8]) -> (Unicode.Scalar, Int)? {
        guard i > 0 else { return nil }
        var start = i - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        var iterator = bytes[start..<i].makeIterator()
        var decoder = UTF8()
        if case .scalarValue(let s) = decoder.decode(&iterator) { return (s, start) }
        return nil
    }
}

enum PhonemeText {
    /// Drops eSpeak's language-switch marks such as `(en)` or `(fr)`.
    static func withoutLanguageMarks(_ ipa: String) -> String {
        guard ipa.contains("(") else { return ipa }
        var out = ""
        var inMark = false
        for c in ipa {
            if c == "(" { inMark = true; continue }
            if inMark { if c == ")" { inMark = false }; continue }
            out.append(c)
        }
        return out
    }
}
