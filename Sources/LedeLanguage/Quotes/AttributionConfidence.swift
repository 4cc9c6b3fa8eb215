/// How sure an attribution is (0…1, stored as ``Quote/confidence``): one named level for each kind
/// of evidence that finds a speaker, so the patterns read as what they found, not as numbers.
///
/// The levels rank the evidence: the speaker named right beside the verb is the surest, a speaker
/// carried over from an earlier paragraph the least. Levels at or above `acrossApposition` are the
/// "high confidence" that `AttributionCasesTests` checks is right at least as often as the rest.
///
/// ```swift
/// let found = Attribution(speaker: .person(id), cue: "said", confidence: .namedAfterVerb)
/// quote.confidence = found.confidence.value   // 0.95
/// ```
struct AttributionConfidence: Comparable, Sendable {
    /// The number stored in the story (and its JSON).
    let value: Double

    static func < (lhs: Self, rhs: Self) -> Bool { lhs.value < rhs.value }

    /// `“…,” said Smith` / `“…,” Smith said` / `“…,” according to Smith`: named right beside the
    /// verb that follows the quotation.
    static let namedAfterVerb = Self(value: 0.95)
    /// `According to Smith, “…”`: the phrase names its speaker and nothing else.
    static let accordingToBefore = Self(value: 0.9)
    /// `“…,” he said` (a pronoun, resolved by the focus), `Smith said: “…”` and `said Smith: “…”`
    /// (named before the quotation, which may still be someone else's words reported).
    static let pronounOrNamedBefore = Self(value: 0.85)
    /// `Salo, the festival director, said: “…”`: the name found back across an apposition.
    static let acrossApposition = Self(value: 0.8)
    /// `“…,” said X. “…”`: a second quotation in the paragraph of an attributed one is the same speaker's.
    static let sameParagraph = Self(value: 0.8)
    /// A paragraph that opens with the quotation the previous paragraph left open (news style).
    static let continuedQuotation = Self(value: 0.8)
    /// A headline's quoted phrase takes the speaker of the body quotation holding its words, at
    /// most this sure: the headline may shorten or rephrase.
    static let headlinePhrase = Self(value: 0.8)
    /// A quotation the page repeats (a summary) takes the speaker of its attributed occurrence.
    static let repeatedQuotation = Self(value: 0.8)
    /// `Vasquez quickly deflected: “…”`: the subject of the sentence before a colon.
    static let subjectBeforeColon = Self(value: 0.75)
    /// The subject of the clause of a participle or a distant verb (`…, describing him as his “…”`),
    /// or the speaker named in the sentence after a quotation standing alone (`Smith said.`).
    static let subjectOfClause = Self(value: 0.7)
    /// `Arrowood smiled. “Ask me in the spring.”`: a quoted sentence with no attribution of its own
    /// takes the subject of the sentence before it in the paragraph.
    static let subjectOfSentenceBefore = Self(value: 0.65)
    /// `“…,” the French teenager said`: an epithet ("teenager", "veteran") standing for the person in focus.
    static let epithet = Self(value: 0.6)
    /// `“…,” police said`: a description or an organisation, not a person, beside the verb.
    static let describedSpeaker = Self(value: 0.6)
    /// A quotation paragraph with no attribution, within two paragraphs of the last speaker: most
    /// often theirs, often not.
    static let lastSpeakerNearby = Self(value: 0.5)
    /// A quotation nothing else attributes, in sentences that name one person and no other
    /// (`defined by the engineer Arvid Lund as “…”`): the weakest reading the story gives.
    static let lonePerson = Self(value: 0.45)
}
