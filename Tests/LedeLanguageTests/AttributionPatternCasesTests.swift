import Testing
import LedeCore
@testable import LedeLanguage

/// Short cases, written for Lede, of the attribution patterns the second real-news tune set
/// (`attribution-wcxb-tune.txt`, issue 13) led to: each case is invented text in the shape of a kind
/// of sentence, never an article's words.
@Suite struct AttributionPatternCasesTests {
    static func speakers(_ paragraphs: [String]) -> [String?] {
        StoryBuilder().story(of: Article(blocks: paragraphs.map { .paragraph($0) })).quotes.map(\.speaker)
    }

    /// `…, but “…” for older patients, says X.`: the sentence's attribution comes after words that
    /// follow the quotation; `“…,” which …, “…,” X explains.`: two quotations share the clause.
    @Test func anAttributionClosingTheSentenceLater() {
        #expect(Self.speakers([
            "Most runners recover within days, but “the scans tell a different story for older athletes” in the long run, says Ilse Varga.",
        ]) == ["Ilse Varga"])
        #expect(Self.speakers([
            "“Rest is part of the training plan,” which many beginners forget, “and sleep matters more than the weekly mileage,” Tomas Reyna explains.",
        ]) == ["Tomas Reyna", "Tomas Reyna"])
        // No clause of attribution at the sentence's end: nobody.
        #expect(Self.speakers([
            "Critics call the plan “a done deal decided long before the vote,” and the vote is on Monday.",
        ]) == [nil])
    }

    /// Verbs of saying the quotation pass reads that the name model's list does not hold ("clarifies",
    /// "confessed"); a word that only looks like one ("needs") is no cue.
    @Test func moreVerbsOfSaying() {
        #expect(Self.speakers(["“The tide comes in twice a day here,” Mira Dunn clarifies."]) == ["Mira Dunn"])
        #expect(Self.speakers(["Mira Dunn ran the ferry for a decade.", "“I never learned to swim,” she confessed."]) == ["Mira Dunn"])
        #expect(SpeechVerbs.isCue("clarifies") && !SpeechVerbs.isCue("needs"))
    }

    /// `X, a nurse at the clinic run by Y, told …: “…”`: a name after a preposition ends the
    /// apposition; the speaker is the name before it.
    @Test func aNameAfterAPrepositionEndsTheApposition() {
        #expect(Self.speakers([
            "Ana Brell, a nurse at the clinic founded by Tomas Vikander, told the inquiry, “We had no masks for the night shift.”",
        ]) == ["Ana Brell"])
        #expect(Self.speakers([
            "The night nurse, Ana Brell, told the inquiry, “We had no masks for the night shift.”",
        ]) == ["Ana Brell"])
    }

    /// `says Harbourline Events Co-Owner and Lead Planner Erica Solberg`: capitalised words of a body and
    /// a title before the name are not the speaker; two people joined by "and" keep the first.
    @Test func aCapitalisedTitleBeforeTheName() {
        let speakers = Self.speakers([
            "“Guests remember the food, not the flowers,” says Harbourline Events Co-Owner and Lead Planner Erica Solberg.",
            "“Start with the menu,” said Tove Lindahl and Arne Vik.",
        ])
        #expect(speakers == ["Erica Solberg", "Tove Lindahl"])
    }

    /// A bare surname is the person it is the surname of, before a run taken for a name that begins
    /// with the same word ("Ravel Events Founder").
    @Test func aBareSurnameBeforeAFirstWord() {
        let speakers = Self.speakers([
            "“We love a printed menu,” says Ravel Events Founder and Lead Designer Ines Ravel.",
            "Other planners disagree.",
            "“Clients want colour this year,” Ravel says.",
        ])
        #expect(speakers == ["Ines Ravel", "Ines Ravel"])
    }

    /// "Pamela Lyon of the University of Adelaide": a person's name before "of" and a body is the
    /// speaker, and her bare surname later is her; "the Mayor of Harlow" stays a title.
    @Test func aPersonOfABody() {
        let story = StoryBuilder().story(of: Article(blocks: [
            .paragraph("“It was the last frontier,” says Marguerite Fell of the University of Dunmore, a historian of science."),
            .paragraph("Later, Fell went further. “We keep moving the line,” she says."),
        ]))
        #expect(story.quotes.map(\.speaker) == ["Marguerite Fell", "Marguerite Fell"])
        #expect(story.people.map(\.name).contains("Marguerite Fell"))
    }

    /// "Larchmont Bakery Founder Odile Marchetti": a capitalised job inside the run ends the body and
    /// the role before the name; the name alone is the speaker, and her surname later is her.
    @Test func aCapitalisedJobInsideTheRun() {
        #expect(Self.speakers([
            "Larchmont Bakery Founder Odile Marchetti says the ovens run all night.",
            "“We bake for the night shift first,” she says.",
            "“Bread sells out by seven,” Marchetti adds.",
        ]) == ["Odile Marchetti", "Odile Marchetti"])
    }

    /// "As Ode, the union's lawyer, put it, “…”": the framing phrase names whose words follow, across
    /// the apposition after the name.
    @Test func asXWithAnAppositionPutIt() {
        #expect(Self.speakers([
            "Talks broke down on Friday. As Halvard Ode, a lawyer for the dockers' union since 2011, put it, “Nobody wanted to be the first to blink.”",
        ]) == ["Halvard Ode"])
    }

    /// "Wolverhampton said in a statement": a one-word speaker nothing marks as a person that the
    /// installed lists know as a place (not a given name) is a club or a council, given as a
    /// description; a surname the lists do not hold as a place still speaks. Needs the lists
    /// (`scripts/setup.sh`).
    @Test(.enabled(if: !NameLists.shared.isEmpty, "the name lists are not installed"))
    func aPlaceSpeakingIsNoPerson() {
        let story = StoryBuilder().story(of: Article(blocks: [
            .paragraph("The club confirmed the transfer on Friday."),
            .paragraph("“The club wishes him well,” Wolverhampton said in a statement."),
            .paragraph("“I am sad to leave,” Okonkwo said after training."),
        ]))
        #expect(story.quotes.map(\.speaker) == [nil, "Okonkwo"])
        #expect(story.quotes.first?.speakerDescription == "Wolverhampton")
    }

    /// A people named by its nationality ("Canadians said") speaks as many, not as one person.
    @Test func aNationalitySpeakingIsNoPerson() {
        let story = StoryBuilder().story(of: Article(blocks: [
            .paragraph("A poll taken last week asked about the new tariffs."),
            .paragraph("“It is a tax on our groceries,” Canadians said in the survey."),
        ]))
        #expect(story.quotes.map(\.speaker) == [nil])
    }
}
