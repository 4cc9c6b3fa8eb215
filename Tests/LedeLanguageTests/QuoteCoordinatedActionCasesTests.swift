import Testing
import LedeCore
@testable import LedeLanguage

/// Short cases, written for Lede, of the eighth round of real-news attribution (issue 13): a
/// participle of saying joined to another participle ("adding and removing blocks") is an action,
/// so a single quoted word later in the sentence is no partial quotation. Invented text.
@Suite struct QuoteCoordinatedActionCasesTests {
    @Test func anActionIsNoVerbOfSaying() {
        let quotes = AttributionLoneWitnessCasesTests.quotes([
            "The software builds bridges out of virtual blocks, adding and removing blocks and “learning” which shapes hold the most weight.",
        ])
        #expect(quotes.isEmpty)
    }

    /// Guard: "adding that …" reports speech, and its quoted word is a partial quotation.
    @Test func addingThatStillReports() {
        let quotes = AttributionLoneWitnessCasesTests.quotes([
            "Ines Moll praised the software on Monday, adding that its bridges were “astonishing” for a first version.",
        ])
        #expect(quotes.map(\.text) == ["astonishing"])
    }
}
