import Testing
import LedeCore
@testable import LedeLanguage

/// Short cases, written for Lede, of the eighth round of real-news attribution (issue 13): a body
/// described with a plural's possessive ("the residents’ association said") speaks its quotation; it
/// does not go on in the voice of the person quoted in the paragraph before. Invented text.
@Suite struct AttributionPluralPossessiveCasesTests {
    static let before = "Mayor Helen Droste said on Monday that the budget would pass. “We have the votes,” Droste said."

    @Test func aPluralPossessiveBodySpeaks() {
        let quotes = AttributionLoneWitnessCasesTests.quotes([
            Self.before,
            "“The plan breaks the town’s own rules and we will see the council in court,” the residents’ association said in a statement.",
        ])
        #expect(quotes.map(\.speaker) == ["Helen Droste", nil])
        #expect(quotes.last?.speakerDescription == "the residents’ association")
    }

    /// With a straight apostrophe, and a short quotation the body's verb makes one.
    @Test func aStraightApostropheAndAShortQuotation() {
        let quotes = AttributionLoneWitnessCasesTests.quotes([
            Self.before,
            "“Simply unlawful,” the teachers' union said.",
        ])
        #expect(quotes.map(\.text) == ["We have the votes", "Simply unlawful"])
        #expect(quotes.last?.speakerDescription == "the teachers' union")
    }
}
