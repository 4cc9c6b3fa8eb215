import LedeCore

/// A better reading for a foreign personal name than the English rules give: the name read with the
/// eSpeak NG rules of its likely language, guessed from its spelling.
///
/// - Letters only one language's alphabet has (Polish ł ś ż, German ß ä ö ü, Spanish ñ, Czech ř ě)
///   point to that language.
/// - English transliterations of Russian, Ukrainian and Belarusian names (Prokopiev, Kukhta,
///   Zelenskyy, Aliaksiej) are recognised by their endings and letter groups, respelled in Polish
///   orthography (kh → ch, zh → ż, sh → sz…) and read with the Polish rules: Polish is the eSpeak
///   language whose letters map most directly onto these sounds and its penultimate stress is a
///   better guess for these names than English's first-syllable stress.
enum ForeignNames {
    static func reading(of name: String) -> Pronunciation? {
        guard name.count >= 4, name.first?.isUppercase == true, name.allSatisfy({ $0.isLetter }) else { return nil }
        let lower = name.lowercased()
        if lower.contains(where: { "łśżźćńąę".contains($0) }) { return .espeak(voice: "pl", text: name) }
        if lower.contains(where: { "řěů".contains($0) }) { return .espeak(voice: "cs", text: name) }
        if lower.contains(where: { "ßäöü".contains($0) }) { return .espeak(voice: "de", text: name) }
        if lower.contains("ñ") { return .espeak(voice: "es", text: name) }
        if looksEastSlavic(lower) { return .espeak(voice: "pl", text: polishSpelling(of: lower)) }
        return nil
    }

    /// Endings and letter groups of English transliterations from Cyrillic; -ia alone is not a signal
    /// (Olivia, Victoria).
    ///
    /// Measured with `Benchmarks/names_roundtrip.py`: names in -ov, -ev and with "kh" (Prokopiev,
    /// Kukhta) came back better with the English rules, so those are not signals.
    ///
    /// -ouski and -ouskaya are Belarusian: the Łacinka ŭ of Kalinoŭski, Cichanoŭskaja written as "u"
    /// (Kalinouski, Tsikhanouskaya); English rules split it into a vowel of its own (kay-lin-OW-ski).
    private static let slavicEndings = ["enko", "chuk", "yuk", "iuk", "vich", "vych", "ovna", "evna", "skyy", "skiy",
                                        "sky", "iej", "ovsky", "ouski", "ouskaya", "ouskaja"]
    private static let slavicGroups = ["zh", "yy", "shch", "iy"]

    static func looksEastSlavic(_ lower: String) -> Bool {
        if slavicGroups.contains(where: { lower.contains($0) }) { return true }
        return slavicEndings.contains { lower.hasSuffix($0) }
    }

    /// English transliteration → Polish orthography, longest groups first.
    private static let respellings: [(String, String)] = [
        ("shch", "szcz"), ("kh", "ch"), ("zh", "ż"), ("sh", "sz"), ("ch", "cz"), ("ts", "c"),
        ("ya", "ja"), ("yu", "ju"), ("ye", "je"), ("yo", "jo"), ("yy", "yj"), ("iy", "ij"), ("iu", "iu"),
    ]

    static func polishSpelling(of lower: String) -> String {
        var out = ""
        var rest = Substring(lower)
        outer: while !rest.isEmpty {
            // Belarusian ŭ (written "u" after a vowel, before a consonant: Kalinouski) is a w-like
            // glide, Polish "ł"; with "u" the Polish rules give it a syllable of its own. In the round
            // trip "Kalinołski" came back as one word ("Kalinovsky") 2 times of 2, the English
            // reading as "Kelenowski", "Kalinowski" and, in the seed, "kale and oski".
            if rest.hasPrefix("ou"), let next = rest.dropFirst(2).first, !"aeiouy".contains(next) {
                out += "oł"
                rest = rest.dropFirst(2)
                continue outer
            }
            // "ch" in the source becomes "cz", but the "ch" produced from "kh" must stay: rewrite left
            // to right, one group at a time, never re-reading output.
            for (from, to) in respellings where rest.hasPrefix(from) {
                out += to
                rest = rest.dropFirst(from.count)
                continue outer
            }
            out.append(rest.removeFirst())
        }
        // A final "y" after a consonant is the Ukrainian и: Polish "y" reads it well; "w" in English
        // transliterations does not occur, so "v" stays.
        return out.prefix(1).uppercased() + out.dropFirst()
    }
}
