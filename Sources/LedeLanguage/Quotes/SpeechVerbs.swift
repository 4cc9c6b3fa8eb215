/// Verbs (and the phrase "according to") that attribute words to a speaker in news writing.
///
/// ```swift
/// SpeechVerbs.cues.contains("said")    // true
/// SpeechVerbs.isAuxiliary("has")       // true: "Lukashenko has called them …"
/// ```
enum SpeechVerbs {
    static let cues: Set<String> = [
        "said", "says", "say", "told", "tells", "tell", "added", "adds", "asked", "asks", "wrote", "writes",
        "explained", "explains", "stated", "states", "declared", "declares", "insisted", "insists", "noted",
        "notes", "recalled", "recalls", "warned", "warns", "argued", "argues", "claimed", "claims", "continued",
        "replied", "replies", "responded", "answered", "shouted", "screamed", "whispered", "admitted", "admits",
        "acknowledged", "according", "called", "calls", "calling", "describing", "described", "describes",
        "dubbed", "termed", "labeled", "labelled", "tweeted", "posted", "joked", "urged", "urges", "announced",
        "predicted", "promised", "suggested", "suggests", "conceded", "confirmed", "denied", "vowed", "vows",
        "pleaded", "testified", "cautioned", "observed", "remarked", "concluded", "saying", "telling", "adding",
        "writing", "quipped", "boasted", "complained", "lamented", "emphasized", "emphasised", "stressed",
        "recounted", "texted", "emailed", "messaged", "exclaimed", "sighed", "laughed", "cried", "yelled",
        "muttered", "agreed", "disagreed", "objected", "demanded", "pledged", "hinted", "mused", "reflected",
        "wondered", "estimated", "predicts", "believes", "thinks",
    ]

    /// Verbs of saying the quotation pass reads beside `cues` but the name tagger does not: `cues` is
    /// one of the name model's features, so it stays as the model was trained on.
    static let moreCues: Set<String> = [
        "clarified", "clarifies", "confessed", "confesses",
    ]

    /// Whether a lower-case word attributes words to a speaker in the quotation pass: a cue or one of `moreCues`.
    ///
    /// ```swift
    /// SpeechVerbs.isCue("clarifies")   // true
    /// SpeechVerbs.isCue("needs")       // false
    /// ```
    static func isCue(_ word: String) -> Bool { cues.contains(word) || moreCues.contains(word) }

    /// Cues that name the words' speaker after them ("said Smith", "according to Smith").
    static let inverted: Set<String> = ["said", "says", "added", "asked", "wrote", "explained", "noted",
                                        "continued", "replied", "recalled", "insisted", "warned", "according",
                                        "argued", "declared", "observed", "remarked", "answered", "responded"]

    /// Verbs that put a label on something ("called it a “miracle”") rather than report what was said,
    /// and "according": with no speaker named, the quoted words they introduce are no quotation.
    static let naming: Set<String> = ["called", "calls", "calling", "dubbed", "termed", "labeled", "labelled",
                                      "according", "describing", "described", "describes"]

    static let auxiliaries: Set<String> = [
        "has", "had", "have", "is", "was", "were", "are", "will", "would", "can", "could", "did", "does", "do",
        "may", "might", "must", "should", "shall", "also", "once", "publicly", "repeatedly", "later", "then",
    ]

    static func isAuxiliary(_ word: String) -> Bool { auxiliaries.contains(word) }

    /// Pronouns that can stand for a speaker, with the grammatical gender they carry.
    static let pronouns: Set<String> = ["he", "she", "they", "He", "She", "They"]

    /// Pronouns that can be a clause's subject, in lower case (not "his", "her", "him").
    static let subjectPronouns: Set<String> = ["he", "she"]
}
