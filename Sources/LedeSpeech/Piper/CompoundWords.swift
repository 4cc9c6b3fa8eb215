/// Hyphenated compounds as separate words for the Piper voice.
///
/// eSpeak NG phonemizes "state-controlled" as one word (`stˈeɪtkəntɹˈoʊld`), and the voice, which
/// takes its word boundaries from the spaces between phoneme words, runs the parts together: the
/// Whisper round trip of the seed heard "staked and trolled" and "stake controlled" in half the
/// runs. With a space, each part keeps its own reading and the boundary between them. Only a hyphen
/// after a part of four letters or more is opened: short bound prefixes (re-, co-, ex-, e-) are not
/// words of their own and read wrongly alone ("re" as the note "ray"); "inter" alone is the verb
/// (to bury, stress on the second syllable), so inter- stays joined too. The parts also find their
/// lexicon entries ("anti-Lukashenko" → "anti Lukashenko").
enum CompoundWords {
    static let minimumFirstPart = 4
    static let boundPrefixes: Set<String> = ["inter", "intra"]

    static func spaced(_ text: String) -> String {
        guard text.contains("-") else { return text }
        var out = ""
        var part = ""  // the letters of the word part before the current character
        var chars = Array(text)
        chars.append(" ")
        for (i, c) in chars.dropLast().enumerated() {
            if c == "-", chars[i + 1].isLetter, part.count >= minimumFirstPart,
               !boundPrefixes.contains(part.lowercased()) {
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
