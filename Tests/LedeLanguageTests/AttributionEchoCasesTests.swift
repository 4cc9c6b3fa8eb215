import Testing
import LedeCore
@testable import LedeLanguage

/// Short cases, written for Lede, of the fourth round of real-news attribution (issue 13): words the
/// page quotes twice, pronouns after a sentence naming two people, and quoted words that stand beside
/// a verb of saying without one of the usual shapes. Each case is invented text in the shape of a kind
/// of sentence, never an article's words.
@Suite struct AttributionEchoCasesTests {
    static func quotes(_ paragraphs: [String]) -> [Quote] {
        StoryBuilder().story(of: Article(blocks: paragraphs.map { .paragraph($0) })).quotes
    }

    static func speakers(_ paragraphs: [String]) -> [String?] { quotes(paragraphs).map(\.speaker) }

    /// `3. “Not a back channel”` over the paragraph where the words are said: a crosshead quoting
    /// the story is a quotation of whoever says them there, even as a short phrase with no verb.
    @Test func aCrossheadQuotingTheStory() {
        let quotes = Self.quotes([
            "Edvard Halvorsen, the former envoy, answered questions for five hours.",
            "3. “Not a back channel”",
            "“Mine was not a back channel but the main one,” Halvorsen told the panel.",
        ])
        #expect(quotes.map(\.text) == ["Not a back channel", "Mine was not a back channel but the main one"])
        #expect(quotes.map(\.speaker) == ["Edvard Halvorsen", "Edvard Halvorsen"])
    }

    /// A crosshead whose words no quotation of the page holds stays no quotation: a slogan, a title.
    @Test func aCrossheadNoQuotationHolds() {
        #expect(Self.quotes([
            "Edvard Halvorsen, the former envoy, answered questions for five hours.",
            "“Three wise men”",
            "“I was never part of any group,” Halvorsen told the panel.",
        ]).map(\.text) == ["I was never part of any group"])
    }

    /// `Brandt, by her own count, has made “dozens of visits”` after her own “I have made dozens of
    /// visits …”: a partial quotation with no verb of saying takes the speaker of the quotation it
    /// repeats when its sentence names that speaker; not when it names no one or someone else.
    @Test func aPartialQuotationRepeatingAnAttributedOne() {
        #expect(Self.speakers([
            "“I have made dozens of visits to the site and found nothing wrong,” Hanne Brandt told reporters.",
            "Brandt, by her own count, has made “dozens of visits to the site.” The inspectors want more.",
        ]) == ["Hanne Brandt", "Hanne Brandt"])
        #expect(Self.speakers([
            "“I have made dozens of visits to the site and found nothing wrong,” Hanne Brandt told reporters.",
            "Inspector Tomas Reyes counted “dozens of visits to the site” in the log book.",
        ]) == ["Hanne Brandt", nil])
    }

    /// `Aalto was the second official on the call with President Ilves. He said …`: the subject of
    /// the sentence before, not someone first named in a phrase after a preposition or "as", is whom
    /// "he" means; someone named later who speaks, or who is no such bystander, still is.
    @Test func theSubjectOverABystanderForThePronoun() {
        #expect(Self.speakers([
            "Jari Aalto was the second official who listened to the call with President Henrik Ilves.",
            "He said he feared the transcript would cause “a storm in the capital” once it was out.",
        ]) == ["Jari Aalto"])
        #expect(Self.speakers([
            "Jari Aalto likes to say that nature, as Gregor Mendel might have put it, keeps its own ledger.",
            "“We only ever read the last page,” he said.",
        ]) == ["Jari Aalto"])
        #expect(Self.speakers([
            "Jari Aalto introduced the new harbour master, Henrik Ilves, on Monday.",
            "“The quay will be rebuilt by spring,” he said.",
        ]) == ["Henrik Ilves"])
    }

    /// `Aalto said he never used the term “three wise men”`: words mentioned after a noun such as
    /// "term" or "nickname", or after "known as the", are talked about, not said, even beside a verb of
    /// saying; the same words after the verb alone are a partial quotation.
    @Test func wordsMentionedAreNoQuotation() {
        #expect(Self.quotes([
            "Jari Aalto said he never used the term “three wise men” for the group.",
            "The three were known as the “Harbour Trio” in the ministry.",
        ]).isEmpty)
        #expect(Self.speakers([
            "Jari Aalto said the group was “three wise men” at best.",
        ]) == ["Jari Aalto"])
    }

    /// `“Splendid,” Hale said.`: one capitalised word opening its sentence, with the comma inside the
    /// marks and a name and a verb of saying right after, is a word said; a word named inside a
    /// sentence (`They called the boat “Osprey,” Hale said.`) is still no quotation.
    @Test func aOneWordReplyBeforeTheSpeaker() {
        #expect(Self.speakers([
            "Tomas Hale watched the last boat come in.",
            "“Splendid,” Hale said. “We did not lose a single net this year.”",
        ]) == ["Tomas Hale", "Tomas Hale"])
        #expect(Self.quotes(["They called the boat “Osprey,” Tomas Hale said."]).isEmpty)
    }

    /// `When Ilves walked in, the crowd turned as he waved.` then `“Sit down, please!” he told them.`:
    /// the subject of a clause opening the sentence is in focus, over someone named before.
    @Test func theSubjectOfAnOpeningClause() {
        #expect(Self.speakers([
            "Henrik Ilves was due at the hall at eight.",
            "The caterer, Tomas Hale, had laid out the tables by seven.",
            "When Ilves walked in, the room turned as he waved from the door.",
            "“Sit down, please!” he told them.",
        ]) == ["Henrik Ilves"])
    }

    /// `he said, “…,” the prosecutor's office said`: the office reports the words of the person whose
    /// verb of saying stands right before the opening mark.
    @Test func aSourceReportingSomeoneElsesWords() {
        #expect(Self.speakers([
            "Tomas Hale, 41, admitted the charge on Friday.",
            "On the recording, Hale said, “nobody will find the money,” the district attorney's office said.",
        ]) == ["Tomas Hale"])
    }

    /// `Carlineo said` after `Patrick W. Carlineo Jr.`: the surname is the word before "Jr.", "Sr.",
    /// "III", not the suffix.
    @Test func aSurnameBeforeAGenerationSuffix() {
        #expect(NameKnowledge.surname(of: "Patrick W. Carlineo Jr.") == "Carlineo")
        #expect(NameKnowledge.surname(of: "Edvard Halvorsen III") == "Halvorsen")
        #expect(NameKnowledge.surname(of: "Ruth Aske") == "Aske")
        #expect(Self.speakers([
            "Martin L. Osterby Jr., 62, pleaded guilty on Monday.",
            "“I regret every word,” Osterby said.",
        ]) == ["Martin L. Osterby Jr."])
    }

    /// A picture's credit the page left in its text ("… on the quay in May. Jo Marsh / AP file") names
    /// no one the story is about: the next "he" is still the man of the story.
    @Test func aPhotoCreditTakesNoFocus() {
        #expect(Self.speakers([
            "Tomas Hale, 41, was arrested in April after the call.",
            "The harbour office on the quay in May. Piet Marsh / AP file",
            "During the call, he said, “the boats will burn,” the district attorney's office said.",
        ]) == ["Tomas Hale"])
    }

    /// `“…,” one Weibo commenter said` / `another neighbour wrote`: a speaker described by number is no
    /// person, and not the last person quoted.
    @Test func aSpeakerDescribedByNumber() {
        let quotes = Self.quotes([
            "“The pier was closed for good reason,” Ruth Aske said.",
            "“Nobody told us a thing,” one harbour resident said.",
            "“We read it in the paper first,” another neighbour wrote.",
        ])
        #expect(quotes.map(\.speaker) == ["Ruth Aske", nil, nil])
        #expect(quotes.map(\.speakerDescription) == [nil, "one harbour resident", "another neighbour"])
    }

    /// "begged", "assured", "chanted", "reiterated" and a few more verbs of saying: a short quotation
    /// beside them is words said.
    @Test func moreVerbsOfSayingBesideShortQuotations() {
        #expect(Self.speakers([
            "The mayor, Ruth Aske, begged the council “not to forget the harbour” before the vote.",
        ]) == ["Ruth Aske"])
        let chant = Self.quotes(["Hundreds of teachers chanted, “Fund the schools,” outside the hall."])
        #expect(chant.map(\.text) == ["Fund the schools"] && chant.map(\.speaker) == [nil])
    }

    /// `The Commissioner for Maritime Rights said the rule did “not change the law”`: a name the tagger
    /// reads as a person whose last word ends bodies' names ("Rights", "Office", "Affairs") is a body.
    @Test func aBodyEndingInRightsOrOffice() {
        #expect(["Rights", "Office", "Affairs"].allSatisfy(SpeechVerbs.bodyEndings.contains))
        #expect(Self.speakers([
            "“The rule does not change the law of the sea at all,” Maritime Rights said in a statement.",
        ]) == [nil])
    }
}
