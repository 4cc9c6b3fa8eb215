import LedeCore

/// Verbs (and the phrase "according to") that attribute words to a speaker in news writing.
///
/// ```swift
/// SpeechVerbs.cues.contains("said")    // true
/// SpeechVerbs.isAuxiliary("has")       // true: "Lukashenko has called them …"
/// ```
enum SpeechVerbs {
    static let cues: WordSet = [
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
    /// one of the name model's features, so it stays as the model was trained on. "written" is the
    /// perfect of "wrote" ("Roe, a senior fellow at …, has written."), where "said" and "told" are
    /// their own participles.
    static let moreCues: WordSet = [
        "clarified", "clarifies", "confessed", "confesses",
        "chanted", "begged", "implored", "assured", "reiterated", "countered", "retorted", "asserted", "contended",
        "proclaimed", "bemoaned", "scoffed",
        "alleged", "maintained", "affirmed", "elaborated", "interjected", "gushed", "grumbled", "snapped",
        "marveled", "marvelled", "mumbled", "murmured", "groaned", "fumed", "opined", "surmised", "speculated",
        "reasoned", "advised", "written",
    ]

    /// Whether a lower-case word attributes words to a speaker in the quotation pass: a cue or one of `moreCues`.
    ///
    /// ```swift
    /// SpeechVerbs.isCue("clarifies")   // true
    /// SpeechVerbs.isCue("needs")       // false
    /// ```
    static func isCue(_ word: String) -> Bool { cueKinds[word] == CueKind.cue.rawValue }

    /// What a lower-case word is among the verbs of saying: one look-up answers what asking `cues`,
    /// `moreCues` and `presentCues` in turn did (the quotation pass asks it of every word before a
    /// quotation and at the end of every paragraph: three hashes a word showed in profiles).
    private enum CueKind: UInt32 { case cue, present }

    /// Every cue, every one of `moreCues` and every one of `presentCues` with its kind; a word in
    /// both `moreCues` and `presentCues` ("clarifies") is a cue.
    private static let cueKinds: WordTable = {
        var kinds = WordTable()
        for word in presentCues { kinds[word] = CueKind.present.rawValue }
        for word in cues.union(moreCues) { kinds[word] = CueKind.cue.rawValue }
        return kinds
    }()

    /// The present in "-s" of every cue in the past but the naming ones ("acknowledged" →
    /// "acknowledges", "replied" → "replies", "admitted" → "admits"): a feature or a story in the
    /// historic present writes "Roe concedes" where news writes "Roe conceded". Derived by spelling (a
    /// form that is no word, "respondes", is never met). Many are plural nouns too ("remarks",
    /// "texts", "demands"), so they count only beside a speaker (`isCue(at:in:)`).
    static let presentCues: WordSet = derived { past, stem in
        if stem.hasSuffix("i") { return [stem.dropLast() + "ies"] }  // replied → replies
        var forms = [stem + "s", past.dropLast() + "s"]             // responded → responds; agreed → agrees, conceded → concedes
        if let last = stem.last, "bdgmnprt".contains(last), stem.dropLast().last == last {
            forms.append(stem.dropLast() + "s")                      // admitted → admits, quipped → quips
        }
        return forms
    }

    /// The participle in "-ing" of every past verb of saying that is not already a cue ("noted" →
    /// "noting", "explained" → "explaining", "argued" → "arguing", "admitted" → "admitting"), naming
    /// verbs left out. Derived by spelling (a form that is no word is never met). Read only before a
    /// quotation long enough to be someone's words: before a short quoted term ("noting the
    /// “target number”") it is no sign of a quotation.
    static let participleCues: WordSet = derived { past, stem in
        if stem.hasSuffix("i") { return [stem.dropLast() + "ying"] }  // replied → replying
        // explained → explaining, noted → noting, admitted → admitting; agreed → agreeing
        return [stem + "ing", past.dropLast() + "ing"]
    }

    /// Forms spelled from every past verb of saying in "-ed" but the naming ones (`form` gets the
    /// past and its stem without "ed"), less the words that are cues already.
    private static func derived(_ form: (Substring, Substring) -> [Substring]) -> WordSet {
        var out: Set<String> = []
        for past in Set(cues).union(moreCues).subtracting(naming) where past.hasSuffix("ed") && past.count > 4 {
            out.formUnion(form(Substring(past), past.dropLast(2)).map(String.init))
        }
        return WordSet(out.subtracting(cues))
    }

    /// A verb of saying in the slot right after a speaker's phrase (a name, its apposition): a cue or
    /// one of `presentCues`.
    static func isCueAfterSpeaker(_ word: String) -> Bool { cueKinds[word] != nil }

    /// Whether the word at `index` is a verb of saying: a cue anywhere, or one of `presentCues` right
    /// after a person's name or "he"/"she" (words of `Attribution.between` may stand between) or
    /// right before a name ("concedes Aske") — where a plural noun never stands.
    ///
    /// ```swift
    /// // “It is not new,” Aske concedes.  → true at "concedes"
    /// // the remarks of the mayor            → false at "remarks"
    /// ```
    static func isCue(at index: Int, in info: SentenceInfo) -> Bool {
        guard let kind = cueKinds[info.tokens[index].lower] else { return false }
        if kind == CueKind.cue.rawValue { return true }
        guard info.tokens[index].text.first?.isLowercase == true else { return false }
        var subject = index - 1
        while subject >= 0, Attribution.isBetween(info.tokens[subject]) { subject -= 1 }
        if subject >= 0, info.personAt[subject] != nil || info.pronounAt[subject] != nil && subjectPronouns.contains(info.tokens[subject].lower) {
            return true
        }
        return index + 1 < info.tokens.count && info.personAt[index + 1] != nil
    }

    /// Cues that name the words' speaker after them ("said Smith", "according to Smith").
    static let inverted: WordSet = ["said", "says", "added", "asked", "wrote", "explained", "noted",
                                        "continued", "replied", "recalled", "insisted", "warned", "according",
                                        "argued", "declared", "observed", "remarked", "answered", "responded"]

    /// Verbs that put a label on something ("called it a “miracle”") rather than report what was said,
    /// and "according": with no speaker named, the quoted words they introduce are no quotation.
    static let naming: WordSet = ["called", "calls", "calling", "dubbed", "termed", "labeled", "labelled",
                                      "according", "describing", "described", "describes"]

    static let auxiliaries: WordSet = [
        "has", "had", "have", "is", "was", "were", "are", "will", "would", "can", "could", "did", "does", "do",
        "may", "might", "must", "should", "shall", "also", "once", "publicly", "repeatedly", "later", "then",
    ]

    static func isAuxiliary(_ word: String) -> Bool { auxiliaries.contains(word) }

    /// Last words of a firm's name that speaks in business news ("… Institutional Equities said",
    /// "… Research wrote in a note") beside `Gazetteer.organisationWords`, which the name model reads
    /// as a feature and so stays as it was trained on.
    static let bodyEndings: WordSet = [
        "Equities", "Research", "Advisors", "Advisers", "Advisory", "Management", "Investments", "Investors",
        "Associates", "Consulting", "Consultants", "Analytics", "Economics", "Strategies", "Markets", "Brokers",
        "Brokerage", "Bancorp", "Financial", "Asset", "Assets", "Wealth", "Ratings", "Intelligence", "Institutional",
        "Office", "Rights", "Affairs", "Services", "Security", "Safety", "Health", "Justice", "Defence", "Defense",
    ]

    /// Pronouns that can stand for a speaker, with the grammatical gender they carry.
    static let pronouns: WordSet = ["he", "she", "they", "He", "She", "They"]

    /// Pronouns that can be a clause's subject, in lower case (not "his", "her", "him").
    static let subjectPronouns: WordSet = ["he", "she"]
}
