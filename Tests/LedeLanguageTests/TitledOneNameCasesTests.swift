import Testing
import LedeCore
@testable import LedeLanguage

/// Short cases, written for Lede (issue 13, eleventh round): a person named by one name after a
/// ruler's or a noble's title ("Prince Andrew", "Pope Francis") is shown with the title, in the people
/// list and as a quotation's speaker; a person with a surname keeps the name alone. Invented text.
@Suite struct TitledOneNameCasesTests {
    static func story(_ paragraphs: [String]) -> Story {
        StoryBuilder().story(of: Article(blocks: paragraphs.map { .paragraph($0) }))
    }

    @Test func aPrinceByHisGivenName() {
        let s = Self.story([
            "Prince Edwin opened the new bridge at Harrowgate on Monday.",
            "“It will serve the valley for a century,” Prince Edwin said. “I am proud to be here.”",
        ])
        #expect(s.quotes.map(\.speaker) == ["Prince Edwin", "Prince Edwin"])
        #expect(s.people.map(\.name) == ["Prince Edwin"])
        #expect(s.people.first?.descriptions.contains("Prince") == false)
    }

    @Test func aKingWithARegnalNumeral() {
        let s = Self.story(["“We must look after the rivers,” King Osric IV told the gathering in Dunmere."])
        #expect(s.quotes.map(\.speaker) == ["King Osric IV"])
    }

    @Test func aPeerByOneName() {
        let s = Self.story(["“Nobody reads the small print,” said Lord Fenwold, who chairs the committee."])
        #expect(s.quotes.map(\.speaker) == ["Lord Fenwold"])
    }

    /// Later mentions by the name alone are the same person, shown with the title.
    @Test func laterMentionsByTheNameAlone() {
        let s = Self.story([
            "Queen Isolde toured the flooded farms near Wexmoor on Friday.",
            "Isolde spoke to farmers for an hour. “The water came so fast,” Isolde said.",
        ])
        #expect(s.quotes.map(\.speaker) == ["Queen Isolde"])
    }

    /// Guard: a full name with a surname keeps the name alone ("Sir" left off as any title is).
    @Test func aKnightWithASurname() {
        let s = Self.story(["“We will build the homes,” said Sir Roland Pettigrew, the housing minister."])
        #expect(s.quotes.map(\.speaker) == ["Roland Pettigrew"])
    }
}
