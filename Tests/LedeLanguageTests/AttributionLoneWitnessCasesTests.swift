import Testing
import LedeCore
@testable import LedeLanguage

/// Short cases, written for Lede, of the fifth round of real-news attribution (issue 13): a quotation
/// no pattern reads a speaker for takes the one person its sentences name, at the lowest confidence.
/// Each case is invented text in the shape of a kind of sentence, never an article's words.
@Suite struct AttributionLoneWitnessCasesTests {
    static func quotes(_ paragraphs: [String]) -> [Quote] {
        StoryBuilder().story(of: Article(blocks: paragraphs.map { .paragraph($0) })).quotes
    }

    static func speakers(_ paragraphs: [String]) -> [String?] { quotes(paragraphs).map(\.speaker) }

    /// `It was defined by engineer Arvid Lund as “…”`: no verb of saying the patterns read, one person
    /// named: theirs, and less sure than any pattern's reading.
    @Test func theOnePersonTheSentenceNames() {
        let quotes = Self.quotes([
            "The term was defined in 1962 by the Swedish engineer Arvid Lund as “the study of machines that learn from their own mistakes.”",
        ])
        #expect(quotes.map(\.speaker) == ["Arvid Lund"])
        #expect(quotes.allSatisfy { $0.confidence < AttributionConfidence.lastSpeakerNearby.value })
    }

    /// `Nadia Petrov, via her lawyer, was firm: …`: a pronoun that stands for the one person counts
    /// as naming them, not as a second person.
    @Test func aNameAndItsPronoun() {
        #expect(Self.speakers([
            "Nadia Petrov, through her lawyer, has stuck to her line that “nothing in the contract was ever hidden from the board.”",
        ]) == ["Nadia Petrov"])
    }

    /// Two people named in the sentence: no reading says which one's words they are.
    @Test func twoPeopleNamedGiveNoSpeaker() {
        #expect(Self.speakers([
            "Arvid Lund and Nadia Petrov both signed the letter, whose last line runs “we ask the council to think again before the winter.”",
        ]) == [nil])
    }

    /// `It was said at the hearing that Lund had “…”`: a person named after a verb of saying is inside
    /// the words reported, not their voice.
    @Test func aPersonInsideReportedWordsIsNoSpeaker() {
        #expect(Self.speakers([
            "At the hearing it was claimed that Arvid Lund had “never once complained about the schedule or the pay.”",
        ]) == [nil])
    }
}

/// `A review of 27 trials concluded that “…”` in a paragraph where someone spoke before: a study, a
/// report or a filing that a sentence opens on reports the words; the paragraph's last speaker did not
/// say them. Invented text.
@Suite struct AttributionCommonNounCasesTests {
    @Test func aStudyReportsTheWordsNotTheLastSpeaker() {
        let quotes = AttributionLoneWitnessCasesTests.quotes([
            "“Most people who skip breakfast eat more at night,” says Orla Brennan, a dietitian in Cork. A review of 31 trials later found much the same and concluded that “skipping a meal rarely lowers what people eat in a day.”",
        ])
        #expect(quotes.map(\.speaker) == ["Orla Brennan", nil])
    }

    /// The present of a verb of saying after such a subject counts too ("concludes", "warns").
    @Test func theHistoricPresentAfterADocument() {
        let quotes = AttributionLoneWitnessCasesTests.quotes([
            "“Two cups a day is plenty for most adults,” Orla Brennan says. A large analysis published last spring concludes that “moderate drinking of coffee carries little risk for healthy adults.”",
        ])
        #expect(quotes.map(\.speaker) == ["Orla Brennan", nil])
    }

    /// A person who opens the sentence still speaks: "The dietitian Orla Brennan concluded that …"
    /// is hers (the patterns find her before the rule is read).
    @Test func aPersonAfterTheDeterminerStillSpeaks() {
        let quotes = AttributionLoneWitnessCasesTests.quotes([
            "The panel met for two days. The dietitian Orla Brennan concluded that “two cups a day is plenty for most adults.”",
        ])
        #expect(quotes.map(\.speaker) == ["Orla Brennan"])
    }
}

/// `…, with Foreign Minister Ayman Safadi warning of “…”`: a name and a participle of a verb of saying
/// between the sentence's verb of saying and the quotation. Invented text.
@Suite struct AttributionParticipleClauseCasesTests {
    @Test func aNameThenAParticipleBeforeTheQuotation() {
        #expect(AttributionLoneWitnessCasesTests.speakers([
            "The two neighbouring governments said the decision was unlawful, with Finance Minister Halvard Strand warning of “grave harm to trade.”",
        ]) == ["Halvard Strand"])
    }

    /// A participle with no name right before it leaves the sentence's own verb to say who speaks.
    @Test func aParticipleWithNoNameBeforeIt() {
        #expect(AttributionLoneWitnessCasesTests.speakers([
            "Halvard Strand said the decision was unlawful, warning of “grave harm to trade.”",
        ]) == ["Halvard Strand"])
    }

    /// With no verb of saying before it, the participle does not make a short quoted phrase a quotation.
    @Test func noVerbOfSayingMakesNoQuotation() {
        #expect(AttributionLoneWitnessCasesTests.quotes([
            "The border stayed shut all week, with Finance Minister Halvard Strand warning of “grave harm to trade.”",
        ]).isEmpty)
    }
}
