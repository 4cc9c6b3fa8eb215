import LedeCore

/// A publisher's pitch to its reader printed among the article's paragraphs: a sentence that tells
/// the reader to join, pay, sign up or tune in, and names what to join — the publisher ("our", "us")
/// or one of its products ("member", "newsletter", "podcast"): "If you value stories like this
/// one, become a member today.", "Listen to our latest podcasts to find out more." It reads like
/// prose, so the learned model keeps it; the article's own sentences do not speak to the reader
/// in the imperative about the outlet (a quoted speaker may, so a line opening on a quote mark is
/// never a pitch).
///
/// ```swift
/// ReaderPitch.isPitch("We're a nonprofit newsroom. If you value our work, become a member today.")  // true
/// ReaderPitch.isPitch("Join the two boards with wood glue and clamp them overnight.")                // false
/// ```
enum ReaderPitch {
    /// Verbs of a reader's dealings with a publisher, as the imperative that opens a pitch.
    static let verbs: Set<String> = ["become", "join", "subscribe", "sign", "donate", "support", "give", "listen", "download", "follow", "register"]
    /// Words naming the publisher or what it sells; a pitch names one (an instruction in a how-to
    /// names the thing to work on instead).
    static let objects: Set<String> = ["our", "us", "member", "members", "membership", "subscriber", "subscription", "newsletter",
                                          "newsletters", "podcast", "podcasts"]
    /// A pitch is short: at most this many words on its line.
    static let maxWords = 40

    static func isPitch(_ line: String) -> Bool {
        guard let first = line.first, !"\"“‘'«„".contains(first) else { return false }
        let raw = line.split(separator: " ")
        guard raw.count <= maxWords else { return false }
        // Each sentence's words, lower-cased without punctuation, and whether a comma closed the word.
        var sentences: [[(word: String, comma: Bool)]] = [[]]
        for r in raw {
            sentences[sentences.count - 1].append((r.lowercased().trimmingCharacters(in: ".,;:!?\"“”‘’()"), r.hasSuffix(",")))
            if let last = r.last, ".!?".contains(last) { sentences.append([]) }
        }
        return sentences.contains { s in
            // "If you value stories like this one, become a member": the clause before the comma is the reader's.
            var words = s[...]
            if words.first?.word == "if", let comma = words.firstIndex(where: \.comma) { words = words[(comma + 1)...] }
            guard let verb = words.first?.word, verbs.contains(verb) else { return false }
            return words.contains { objects.contains($0.word) }
        }
    }
}
