/// eSpeak NG's IPA (American English) rewritten in the phoneme alphabet Kokoro voices, and so the
/// hibari voice, were trained on: diphthongs and affricates as single letters (`eɪ` → `A`, `dʒ` →
/// `ʤ`), r-coloured vowels spelled out (`ɚ` → `əɹ`), length marks dropped, syllabic consonants with
/// a small schwa. The voice's own word list (`lexicon_us_gold`) shows which spellings it knows.
///
/// ```swift
/// KokoroPhonemes.fromEspeak("həlˈoʊ wˈɜːld")   // "həlˈO wˈɜɹld"
/// KokoroPhonemes.fromEspeak("lˈeɪɾɚɹ ɪn")      // "lˈAɾəɹ ɪn"
/// ```
enum KokoroPhonemes {
    /// Rewrites applied in this order (longer sequences before the letters inside them).
    static let rewrites: [(String, String)] = [
        // r-coloured vowels: eSpeak links a following vowel with an extra ɹ ("later in" → ɾɚɹ ɪn).
        ("ɚɹ", "əɹ"), ("ɚ", "əɹ"), ("ɜːɹ", "ɜɹ"), ("ɜː", "ɜɹ"), ("oːɹ", "ɔɹ"),
        // syllabic consonants (the combining mark U+0329); a glottal stop before n stays as Kokoro has it.
        ("ʔn\u{329}", "ʔn"), ("n\u{329}", "ᵊn"), ("l\u{329}", "ᵊl"), ("m\u{329}", "ᵊm"),
        // diphthongs and affricates: one letter each.
        ("eɪ", "A"), ("aɪ", "I"), ("aʊ", "W"), ("ɔɪ", "Y"), ("oʊ", "O"), ("dʒ", "ʤ"), ("tʃ", "ʧ"),
        ("ɪə", "iə"),
        // letters outside the American set, to their nearest American phoneme.
        ("ɐ", "ə"), ("r", "ɹ"), ("x", "k"), ("ç", "k"), ("ɬ", "l"), ("ʲ", ""), ("e", "A"), ("o", "O"), ("a", "ɑ"),
        // length is not written.
        ("ː", ""),
    ]

    static func fromEspeak(_ ipa: String) -> String {
        var out = ipa.precomposedStringWithCanonicalMapping
        for (from, to) in rewrites {
            out = out.replacingOccurrences(of: from, with: to)
        }
        return syllabicL(out)
    }

    /// A word-final unstressed `əl` ("little" lˈɪɾəl) is Kokoro's syllabic `ᵊl`.
    static func syllabicL(_ text: String) -> String {
        guard text.contains("əl") else { return text }
        var scalars = Array(text.unicodeScalars)
        var i = 0
        while i + 1 < scalars.count {
            if scalars[i] == "ə", scalars[i + 1] == "l",
               i + 2 == scalars.count || !scalars[i + 2].properties.isAlphabetic {
                scalars[i] = "ᵊ"
            }
            i += 1
        }
        return String(String.UnicodeScalarView(scalars))
    }
}
