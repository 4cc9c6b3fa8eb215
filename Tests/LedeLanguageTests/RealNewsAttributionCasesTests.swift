import Testing
import LedeCore
@testable import LedeLanguage

/// Short cases, written for Lede, of the attribution mechanisms the real-news set's tune half led to.
@Suite struct RealNewsAttributionCasesTests {
    static func speakers(_ paragraphs: [String]) -> [String?] {
        StoryBuilder().story(of: Article(blocks: paragraphs.map { .paragraph($0) })).quotes.map(\.speaker)
    }

    /// "a survey by X": the work's author speaks; "appointed by X" names someone else.
    @Test func aWorksAuthorIsTheSpeaker() {
        #expect(Self.speakers(["According to a 2021 survey by Marta Quillen of Dunmore College, rural libraries are “closing faster than anyone admits.”"]) == ["Marta Quillen"])
    }

    /// "Orla Fenwick said Harrowgate would …": the name after "said" opens the reported clause, so the
    /// next "she said" is still Fenwick's.
    @Test func aNameAfterSaidThatStartsTheReportedClauseDoesNotSpeak() {
        let speakers = Self.speakers([
            "Orla Fenwick, the chief engineer, said Harrowgate would build the first two ferries itself. “We start small,” she said.",
        ])
        #expect(speakers == ["Orla Fenwick"])
    }

    /// Titles of songs and books are written in title case: no quotation, whatever verb stands earlier
    /// in the sentence; a title-cased line that a verb of saying follows is still someone's words.
    @Test func titleCasedPhrasesAreTitlesNotQuotations() {
        #expect(Self.speakers(["According to the promoter, the set will include “Paper Lanterns In The Rain,” “Go Tell the River” and older songs."]).isEmpty)
        #expect(Self.speakers(["In her book “Salt and Iron: A History of the Northern Mills,” Dana Whitcombe argues that the towns never recovered."]).isEmpty)
        #expect(Self.speakers(["“We Will Not Move,” Dana Whitcombe said."]) == ["Dana Whitcombe"])
        #expect(Self.speakers(["The band closed with a song called “Lanterns Over Harlow Bay,” Dana Whitcombe said."]).isEmpty)
        #expect(Self.speakers(["Dana Whitcombe said the mills were “never coming back.”"]) == ["Dana Whitcombe"])
    }

    /// "Lindqvist, a veteran of three missions, responded": the speaker takes the focus across the
    /// apposition, so the next "he" is him, not the congressman named before.
    @Test func aSpeakerBeforeAnAppositionTakesTheFocus() {
        let speakers = Self.speakers([
            "Two witnesses, the retired pilot Oskar Lindqvist and the engineer Maren Holt, answered questions. Rep. Declan Farrow, who chairs the panel, asked them about repeated launches.",
            "“We managed it with one launch,” Lindqvist, a veteran of three missions, responded. He then cited Holt’s earlier figures. “I cannot argue with them.”",
            "“But with eight launches, the odds fall to a coin toss,” he concluded.",
        ])
        #expect(speakers == ["Oskar Lindqvist", "Oskar Lindqvist", "Oskar Lindqvist"])
    }

    /// "The 61-year-old said": when no one was given that age, the person last named.
    @Test func anAgeStandsForThePersonLastNamed() {
        let speakers = Self.speakers([
            "Rafael Ostrander has agreed to coach Harlow City, replacing Ivo Brandt. Brandt was dismissed on Monday.",
            "Talks with Ostrander’s agents went on all week. The Brazilian coach had been out of work since March.",
            "The 61-year-old said after signing: “I am proud to lead a club with such history.”",
        ])
        #expect(speakers == ["Rafael Ostrander"])
    }

    /// "comments Haskett in a statement": a verb in the present before the speaker's name.
    @Test func aPresentTenseVerbBeforeTheName() {
        #expect(Self.speakers(["“We are thrilled to tour again,” comments Lorna Haskett in a statement."]) == ["Lorna Haskett"])
        #expect(Self.speakers(["“We are thrilled to tour again,” notes Lorna Haskett."]) == ["Lorna Haskett"])
    }

    /// "Marcus Bell Jr. said": the stop of the abbreviation ends the name, not the subject.
    @Test func aNameEndingInAnAbbreviationSpeaks() {
        let speakers = Self.speakers(["U.S. Attorney Marcus Bell Jr. said in a release that no one may “threaten officials because they disagree with them.”"])
        #expect(speakers.count == 1)
        #expect(speakers.first??.hasPrefix("Marcus Bell") == true)
    }

    /// `“…”` then "That’s the hopeful view offered by Celia Marsh": the sentence pointing back names the speaker.
    @Test func theViewOfSomeoneNamedAfterTheQuotation() {
        let speakers = Self.speakers([
            "The merger will create a company “with deep roots in every town it serves and a reach no rival has.”",
            "That’s the hopeful view offered by Celia Marsh, the chief executive of Dunmore Media, on Monday.",
        ])
        #expect(speakers == ["Celia Marsh"])
    }

    /// A page that copies a passage further down (a summary): the repeats keep the speaker of the
    /// place where the story attributes them, not whoever "he" is down there.
    @Test func aRepeatedPassageKeepsItsSpeaker() {
        let speakers = Self.speakers([
            "Ivo Marchetti, a retired teacher, left his job at 52.",
            "“You need to know two numbers before you plan anything at all,” he told the Courier. “The first is what you own, down to the car.”",
            "Later savers such as Bruno Kessler took a slower path.",
            "“You need to know two numbers before you plan anything at all,” he told the Courier. “The first is what you own, down to the car.”",
        ])
        #expect(speakers == ["Ivo Marchetti", "Ivo Marchetti", "Ivo Marchetti", "Ivo Marchetti"])
    }

    /// One quotation the page gives twice, said by one speaker and taken up by another, keeps both.
    @Test func aQuotationTwoSpeakersSayKeepsEach() {
        let speakers = Self.speakers([
            "“If the council funds the bridge first, the rest follows within a year,” Ada Ferreira said.",
            "Tomas Lund agreed at the meeting. “The money is there,” he said. “If the council funds the bridge first, the rest follows within a year.”",
        ])
        #expect(speakers == ["Ada Ferreira", "Tomas Lund", "Tomas Lund"])
    }

    /// "“Correct.”" and "“Everything.”": a one-word sentence said is a quotation; a name after a
    /// naming verb is not, stop or no stop.
    @Test func aOneWordSentenceIsAQuotation() {
        #expect(Self.speakers(["“Did they know?” asked Nora Vance. Her source, Eliot Crane, answered, “Correct.”"]) == ["Nora Vance", "Eliot Crane"])
        #expect(Self.speakers(["“We did everything they asked,” Dennis Aldous said. “Everything.”"]) == ["Dennis Aldous", "Dennis Aldous"])
        #expect(Self.speakers(["Dennis Aldous said the new brigade is called “Harrier.”"]).isEmpty)
    }

    /// `“…,” Brisk, who has led the branch since 2009 and who …, said`: the relative clause runs
    /// longer than an apposition.
    @Test func aLongRelativeClauseBeforeTheVerb() {
        #expect(Self.speakers([
            "“They knew in March,” Anton Brisk, who has led the union branch since 2009 and who negotiated the last three contracts with the owners in Chicago, said.",
        ]) == ["Anton Brisk"])
    }

    /// "A Harlow police spokesperson said": a place or a body inside a role is whom the speaker works
    /// for; the description speaks (no person).
    @Test func aRoleWithANameInsideIsADescription() {
        let story = StoryBuilder().story(of: Article(blocks: [
            .paragraph("Ruth Harlow opened the new station in March."),
            .paragraph("A Harlow police spokesperson said: “Inquiries are continuing.”"),
        ]))
        #expect(story.quotes.map(\.speaker) == [nil])
        #expect(story.quotes.first?.speakerDescription == "A Harlow police spokesperson")
    }

    /// "their lawyer, Petra Holm, told reporters": "their" opens the role like "the".
    @Test func theirRoleThenTheName() {
        let speakers = Self.speakers([
            "Eva Moe said her husband had not slept since. “He keeps going over it,” she said.",
            "The two men will appear in court on Monday.",
            "“We will plead not guilty,” their lawyer, Petra Holm, told reporters.",
        ])
        #expect(speakers == ["Eva Moe", "Petra Holm"])
    }

    /// `“…” - that was the verdict of former mayor Ian Fell.`
    @Test func aDashThenTheVerdictOfSomeone() {
        #expect(Self.speakers(["“This has been coming for years” - that was the verdict of former mayor Ian Fell."]) == ["Ian Fell"])
    }

    /// `“…,” Ruth Alder, deputy head of the Dunmore Orbital Office, said.` ending its paragraph: the
    /// next paragraph's "she said" is the speaker's, not a name met inside her apposition.
    @Test func theSpeakerEndingAParagraphKeepsTheFocus() {
        let speakers = Self.speakers([
            "“We needed more providers,” Ruth Alder, deputy head of science at the agency run by Greta Voss, said in a call with reporters.",
            "“This is based on our goals, to reach the moon soon,” she said.",
        ])
        #expect(speakers == ["Ruth Alder", "Ruth Alder"])
    }

    /// A pull quote signed on the line under it, or after a dash in its own paragraph.
    @Test func aSignatureAfterADash() {
        #expect(Self.speakers([
            "Dennis Aldous has managed the Harlow plant since 1991.",
            "“We gave them everything, and it still was not enough.”",
            "— Dennis Aldous, plant manager",
        ]) == ["Dennis Aldous"])
        #expect(Self.speakers(["“Nobody saw this coming.” — Carla Benning, union official"]) == ["Carla Benning"])
    }

    /// "Ralph Orton, said in a statement that …" with no quotation: a quotation paragraph with no
    /// attribution right after it goes on in his voice, not in the voice of the speaker before him.
    @Test func reportedSpeechMakesTheLastSpeaker() {
        let speakers = Self.speakers([
            "“Nobody saw this coming,” union official Carla Benning said.",
            "The company's chief executive, Ralph Orton, said in a statement that the closure was unavoidable.",
            "“Demand has fallen for six years running.”",
        ])
        #expect(speakers == ["Carla Benning", "Ralph Orton"])
    }

    /// "Sen. Mark Dorsey (D-Calif.) said": a parenthesis between the name and the verb.
    @Test func aParenthesisAfterTheName() {
        #expect(Self.speakers(["“The bridge is safe,” Sen. Mark Dorsey (D-Calif.) said."]) == ["Mark Dorsey"])
        #expect(Self.speakers(["“It is not,” Alana Ortiz (R) told reporters on Monday."]) == ["Alana Ortiz"])
    }

    /// `…, Voss says. Just because …, “that does not mean …”`: a quotation inside a sentence after
    /// one that reports someone's words goes on in their voice.
    @Test func aQuotationAfterASentenceOfReportedSpeech() {
        #expect(Self.speakers([
            "Nobody knows which use came first, Greta Voss says. Just because the receptors were found on the tongue first, “that does not mean the tongue is where they began.”",
        ]) == ["Greta Voss"])
    }

    /// A headline's quoted slogan that no attributed quotation of the body holds is no quotation; a
    /// headline quoting words the body gives to someone keeps them, with that speaker.
    @Test func aHeadlineSloganIsNoQuotation() {
        let slogan = StoryBuilder().story(of: Article(title: "Harlow bets on ‘Drive slow. Live long.’", blocks: [
            .paragraph("The council launched the campaign on Monday with billboards on every road into town."),
            .paragraph("“Drive slow. Live long.”"),
        ]))
        #expect(!slogan.quotes.contains { $0.text.hasPrefix("Drive slow. Live long") && $0.span.block < 0 })
        let said = StoryBuilder().story(of: Article(title: "Mayor: ‘We will not back down’", blocks: [
            .paragraph("“We will not back down,” Mayor Lina Cruz said on Monday."),
        ]))
        #expect(said.quotes.map(\.speaker) == ["Lina Cruz", "Lina Cruz"])
    }

    /// "As Ode put it, “…”", "In Aske's words, “…”", "In the words of X", "To quote X": whose words follow.
    @Test func aPhraseThatFramesWhoseWordsFollow() {
        let speakers = Self.speakers([
            "Margaret Ode and Ben Aske argued over the budget for three hours.",
            "As Ode put it, “there is no money tree.”",
            "In Aske's words, “nobody voted for this.”",
            "To quote Aske, “it is cuts dressed up as savings.”",
        ])
        #expect(speakers == ["Margaret Ode", "Ben Aske", "Ben Aske"])
    }

    /// `“…,” Jim Orr, senior vice president at Dunmore Rail, Freight, and Ports, said`: commas inside
    /// the apposition; it ends at the comma "said" follows.
    @Test func anAppositionWithCommasOfItsOwn() {
        let speakers = Self.speakers([
            "Minister Carla Benning opened the hearing on Monday.",
            "“We built the cheapest route to the coast,” Jim Orr, senior vice president for planning and finance at Dunmore Rail, Freight, and Ports, said in a statement.",
        ])
        #expect(speakers == ["Jim Orr"])
    }

    /// `Jim Orr, senior vice president … at Dunmore Rail, Freight, and Ports, said: “…”`: back over an
    /// apposition with commas of its own to the name.
    @Test func anAppositionWithCommasBeforeTheQuotation() {
        #expect(Self.speakers([
            "Jim Orr, senior vice president for planning and finance at Dunmore Rail, Freight, and Ports, said: “We built the cheapest route to the coast.”",
        ]) == ["Jim Orr"])
    }

    /// The sentence after a quotation standing alone, with commas inside its apposition.
    @Test func anAppositionWithCommasInTheSentenceAfter() {
        #expect(Self.speakers([
            "“We built the cheapest route to the coast.” Jim Orr, head of planning at Dunmore Rail, Freight, and Ports, wrote on Twitter.",
        ]) == ["Jim Orr"])
    }

    /// "so-called “experts”": a label held at a distance is no quotation, even with "said" in the sentence.
    @Test func aSoCalledLabelIsNoQuotation() {
        #expect(Self.speakers(["The so-called “experts” were wrong again, Mayor Lina Cruz said on Monday."]).isEmpty)
        #expect(Self.speakers(["Mayor Lina Cruz said the experts were “wrong again.”"]) == ["Lina Cruz"])
    }
}
