import Testing
import LedeCore
@testable import LedeLanguage

/// Short cases, written for Lede, of the ninth round of real-news attribution (issue 13): a name the
/// article shows speaking ("said Jordan Ellery", "Jordan Quinlan told") that the rules read as no name
/// only because a word of it is a place is a person's, listed and given the quotation. Invented text.
@Suite struct AttributionSpeakingPersonCasesTests {
    @Test func aGivenNameThatIsAPlace() {
        let story = StoryBuilder().story(of: Article(blocks: [
            .paragraph("The study covered the hourly rates of every state."),
            .paragraph("“We found the best rates out west, and we have used a firm there for a year,” said Jordan Ellery, a nutritionist at Ahara."),
        ]))
        #expect(story.quotes.map(\.speaker) == ["Jordan Ellery"])
        #expect(story.people.map(\.name).contains("Jordan Ellery"))
    }

    @Test func theSpeakerBeforeTheVerb() {
        #expect(AttributionLoneWitnessCasesTests.speakers([
            "The council met late on Thursday.",
            "At the end, Jordan Quinlan told the meeting: “The bridge has to close before the winter.”",
        ]) == ["Jordan Quinlan"])
    }

    /// Guard: a company whose name ends in an English word stays no person.
    @Test func aCompanyStaysNoPerson() {
        let story = StoryBuilder().story(of: Article(blocks: [
            .paragraph("Storms cut power to thousands of homes."),
            .paragraph("“Crews will work through the night to restore service,” said Georgia Power in a statement."),
        ]))
        #expect(!story.people.map(\.name).contains("Georgia Power"))
    }
}
