import Testing
import LedeCore
@testable import LedeLanguage

/// Short cases, written for Lede, of the third round of real-news attribution (issue 13): verbs of
/// saying in the present, bodies taken for people, and words that stand beside a quotation without
/// saying it. Each case is invented text in the shape of a kind of sentence, never an article's words.
@Suite struct AttributionTenseAndBodyCasesTests {
    static func quotes(_ paragraphs: [String]) -> [Quote] {
        StoryBuilder().story(of: Article(blocks: paragraphs.map { .paragraph($0) })).quotes
    }

    static func speakers(_ paragraphs: [String]) -> [String?] { quotes(paragraphs).map(\.speaker) }

    /// `“…,” Aske concedes.`, `“…,” responds Aske.`, `Lund agrees, explaining that …`: the present of a
    /// verb of saying in the past, beside the speaker's name.
    @Test func theHistoricPresentOfAVerbOfSaying() {
        #expect(Self.speakers([
            "Oskar Brandt has run the ferry office since 2011.",
            "“We will find the money somewhere,” the mayor, Ruth Aske, responds.",
            "“Every year we patch the hulls,” Aske concedes, “and every year they leak again.”",
        ]) == ["Ruth Aske", "Ruth Aske", "Ruth Aske"])
        #expect(Self.speakers([
            "“The engines are older than most of the crew,” acknowledges Oskar Brandt.",
        ]) == ["Oskar Brandt"])
        #expect(Self.speakers([
            "Petra Lund agrees with the plan, explaining that the pupils “deserve better than a roof that leaks every winter.”",
        ]) == ["Petra Lund"])
    }

    /// A present form that is also a plural noun ("remarks", "demands") is no verb of saying away
    /// from a speaker: the quoted label after it stays no quotation.
    @Test func aPluralNounIsNoVerbOfSaying() {
        #expect(SpeechVerbs.presentCues.contains("concedes") && SpeechVerbs.presentCues.contains("testifies")
                && SpeechVerbs.presentCues.contains("quips"))
        #expect(!SpeechVerbs.presentCues.contains("stress") && !SpeechVerbs.presentCues.contains("labels"))
        #expect(Self.quotes(["The union's demands include “fair shifts” for the night crews."]).isEmpty)
    }

    /// `“…,” Kestrel Institutional Research said`: a name whose last word names a kind of body is a
    /// firm speaking, given as a description; `“…,” analysts at Pellham Securities wrote`: a plural
    /// noun with no determiner is a group speaking, not the last person quoted.
    @Test func aBodyOrAGroupSpeaking() {
        let quotes = Self.quotes([
            "Lena Moss, an economist at the central bank, expects rates to hold.",
            "“We remain cautious on a quick recovery in lending,” Kestrel Institutional Research said in a note to clients.",
            "“The risks are tilted to the downside,” analysts at Pellham Securities wrote.",
            "“The decision was expected,” Moss said.",
        ])
        #expect(quotes.map(\.speaker) == [nil, nil, "Lena Moss"])
        #expect(quotes.map(\.speakerDescription) == ["Kestrel Institutional Research", "analysts at Pellham Securities", nil])
    }

    /// `“…,” Mattson offers, “…”`: any verb in the clause between two parts of a quotation says who
    /// speaks them; the same verb closing a sentence after a name, with no quotation resuming, is no
    /// pattern's evidence: only the one person the sentence names gives it a speaker, at the lowest
    /// confidence (`AttributionLoneWitnessCasesTests`).
    @Test func aClauseBetweenTwoPartsOfAQuotation() {
        #expect(Self.speakers([
            "“One thing every beginner forgets,” Ilse Varga offers, “is that the first month is the hardest.”",
        ]) == ["Ilse Varga", "Ilse Varga"])
        let alone = Self.quotes(["“One thing every beginner forgets about the first month,” Ilse Varga offers."])
        #expect(alone.map(\.cue) == [nil])
        #expect(alone.allSatisfy { $0.confidence < AttributionCasesTests.highConfidence })
    }

    /// `…, noting that the building was “no longer fit for its purpose.”`: a participle of a verb of
    /// saying introduces a quotation long enough to be someone's words, spoken by the clause's subject;
    /// a short quoted term after it ("noting the “target number”") stays no quotation.
    @Test func aParticipleBeforeAPartialQuotation() {
        #expect(Self.speakers([
            "Councillor Ida Marsh backed the plan on Monday, noting that the old building was “no longer fit for its purpose.”",
        ]) == ["Ida Marsh"])
        #expect(Self.quotes([
            "Ida Marsh backed the plan on Monday, noting the “target number” of places.",
        ]).isEmpty)
        #expect(SpeechVerbs.participleCues.contains("noting") && SpeechVerbs.participleCues.contains("arguing")
                && SpeechVerbs.participleCues.contains("agreeing") && SpeechVerbs.participleCues.contains("replying"))
    }

    /// "He died a year after the closure was announced.": a verb of saying in the passive makes no one
    /// the last speaker, so the quotation paragraph after it goes on in the voice of the speaker before.
    @Test func aPassiveVerbOfSayingHasNoSpeaker() {
        #expect(Self.speakers([
            "“My knees complain, but I still climb the steps,” Moira Keane says.",
            "Her late husband, Donal Keane, kept the light before her. He died in 1993, a year after the closure was announced.",
            "“He swore they would never manage without a keeper. He was wrong about that one thing.”",
        ]) == ["Moira Keane", "Moira Keane"])
    }

    /// "Asked what she would do, Keane laughs. “…”": the subject of the sentence before a quotation is
    /// the main clause's, not a pronoun inside the participle clause that opens it.
    @Test func aParticipleClauseBeforeTheSubject() {
        #expect(Self.speakers([
            "“She will never move,” Aoife Brennan says.",
            "Asked what she will do if the board asks her to leave, Moira Keane laughs. “Climb the steps and lock the door.”",
        ]) == ["Aoife Brennan", "Moira Keane"])
    }

    /// `After playing “Quiet Rooms In Winter,” the singer told …`: title-cased words that are a verb's
    /// object are a title even with a verb of saying after them; opening their sentence they are words said.
    @Test func aTitleAfterAVerbIsNoQuotation() {
        #expect(Self.quotes([
            "After playing “Quiet Rooms In Winter,” the singer told the crowd she needed a rest.",
        ]).isEmpty)
        #expect(Self.speakers([
            "“We Will Rebuild This Town Together,” Lena Moss said.",
        ]) == ["Lena Moss"])
    }

    /// "To Vos, the hives are a kind of family. “…”": the person whose view the sentence before gives,
    /// in a phrase opening it, speaks the quotation after it in the same paragraph.
    @Test func aViewpointPhraseBeforeAQuotation() {
        #expect(Self.speakers([
            "“Mum is stubborn about the old ways,” Jonas Brekke said.",
            "The farm's future is uncertain. To Anneli Vos, the hives are a kind of family. “I cannot imagine a summer without them.”",
        ]) == ["Jonas Brekke", "Anneli Vos"])
    }

    /// "Harlan said" after "Dov Harlan, a lecturer at …": a one-word speaker read as a body is the one
    /// person named earlier with that surname; with two such people it stays as written.
    @Test func aSurnameReadAsABody() {
        // The name tagger decides which one-word names it reads as bodies, so the look-up is tested alone.
        var analysis = StoryAnalysis(units: [], published: nil)
        let id = analysis.registry.mention("Dov Harlan", as: "Dov Harlan", inCaption: false)
        #expect(analysis.surnameHolder("Harlan") == id)
        _ = analysis.registry.mention("Ruth Harlan", as: "Ruth Harlan", inCaption: false)
        #expect(analysis.surnameHolder("Harlan") == nil)
        #expect(analysis.surnameHolder("the board") == nil)
    }
}
