/// Hyphenated compounds as separate words for the Piper voice.
///
/// eSpeak NG phonemizes "state-controlled" as one word (`stˈeɪtkəntɹˈoʊld`), and the voice, which
/// takes its word boundaries from the spaces between phoneme words, runs the parts together: the
/// Whisper round trip of the seed heard "staked and trolled" and "stake controlled" in half the
/// runs. With a space, each part keeps its own reading and the boundary between them. Only a hyphen
/// after a part of four letters or more is opened: short bound prefixes (re-, co-, e-) are not
/// words of their own and read wrongly alone ("re" as the note "ray"); "inter" alone is the verb
/// (to bury, stress on the second syllable), so inter- stays joined too. "ex" reads the same alone
/// (/ɛks/) and joined it swallowed the next word's first vowel: "ex-police" came back "ex bleece" in
/// 8 of 10 round trips. The parts also find their lexicon entries ("anti-Lukashenko" → "anti
/// Lukashenko").
enum CompoundWords {
    static let minimumFirstPart = 4
    static let boundPrefixes: Set<String> = ["inter", "intra"]
    static let shortWords: Set<String> = ["ex"]

    static func spaced(_ text: String) -> String {
        guard text.contains("-") else { return text }
        var out = ""
        var part = ""  // the letters of the word part before the current character
        var chars = Array(text)
        chars.append(" ")
        for (i, c) in chars.dropLast().enumerated() {
            let lower = part.lowercased()
            if c == "-", chars[i + 1].isLetter,
               (part.count >= minimumFirstPart && !boundPrefixes.contains(lower)) || shortWords.contains(lower) {
                out.append(" ")
                part = ""
                continue
            }
            out.append(c)
            part = c.isLetter ? part + String(c) : ""
        }
        return out
    }
}
