import LedeCore

/// Which letters an English voice can read: the Latin script (with its accented letters). Words in
/// other scripts come out of eSpeak's English rules as letter names ("Thai letter e…"), so they are
/// left out of a sentence, and a sentence with nothing else is refused with a clear error.
///
/// ```swift
/// let script = WritingSystem.unsupportedScript(in: "สวัสดี")   // "Thai"
/// let latin = WritingSystem.latinOnly("Hello สวัสดี world")    // "Hello", spaces for the Thai, "world"
/// ```
public enum WritingSystem {
    /// Named scripts, for the error message; anything else non-Latin is "a non-Latin script".
    private static let names: [(ClosedRange<UInt32>, String)] = [
        (0x0370...0x03FF, "Greek"), (0x0400...0x052F, "Cyrillic"), (0x0530...0x058F, "Armenian"),
        (0x0590...0x05FF, "Hebrew"), (0x0600...0x06FF, "Arabic"), (0x0900...0x097F, "Devanagari"),
        (0x0980...0x09FF, "Bengali"), (0x0E00...0x0E7F, "Thai"), (0x10A0...0x10FF, "Georgian"),
        (0x1100...0x11FF, "Hangul"), (0x3040...0x30FF, "Japanese kana"), (0x4E00...0x9FFF, "Chinese (Han)"),
        (0xAC00...0xD7AF, "Hangul"),
    ]

    static func isLatinLetter(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F, 0x250...0x2AF, 0x1E00...0x1EFF, 0x2C60...0x2C7F,
             0xA720...0xA7FF, 0xFB00...0xFB06:
            return true
        default:
            return false
        }
    }

    static func isForeignLetter(_ s: Unicode.Scalar) -> Bool {
        s.properties.isAlphabetic && !isLatinLetter(s) && !(0x300...0x36F).contains(s.value)
    }

    /// The name of the first non-Latin script in `text`, or nil when all its letters are Latin.
    public static func unsupportedScript(in text: String) -> String? {
        for s in text.unicodeScalars where isForeignLetter(s) {
            return names.first { $0.0.contains(s.value) }?.1 ?? "a non-Latin script"
        }
        return nil
    }

    /// True when the text holds something to say: a Latin letter or a digit.
    static func hasSpeakable(_ text: String) -> Bool {
        text.unicodeScalars.contains { isLatinLetter($0) || ("0"..."9").contains($0) }
    }

    /// `text` with letters of other scripts replaced by spaces.
    public static func latinOnly(_ text: String) -> String {
        guard unsupportedScript(in: text) != nil else { return text }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars { out.append(isForeignLetter(s) ? " " : s) }
        return String(out)
    }

    /// The text an English voice will read, or a clear error when it holds nothing it can read.
    static func readableText(_ text: String, voiceID: String) throws -> String {
        let cleaned = latinOnly(text)
        if !hasSpeakable(cleaned), let script = unsupportedScript(in: text) {
            throw LedeError.invalidInput(
                "the voice \(voiceID) reads English in the Latin script; this text is in \(script)")
        }
        return cleaned
    }
}
