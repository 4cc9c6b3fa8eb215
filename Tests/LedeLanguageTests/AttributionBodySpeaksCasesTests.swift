import Testing
import LedeCore
@testable import LedeLanguage

/// Short cases, written for Lede, of the eighth round of real-news attribution (issue 13): words a
/// body or a document gives are not the last person's. A quotation standing as its own paragraph after
/// one that opens on a body ("The company disputed the claims in a statement.") is the body's; a
/// quotation a document "reads" is the document's. Invented text.
@Suite struct AttributionBodySpeaksCasesTests {
    static let before = "“We will fight this all the way,” said Mayor Helen Droste on Monday."

    @Test func aQuotationParagraphAfterABodysParagraph() {
        #expect(AttributionLoneWitnessCasesTests.speakers([
            Self.before,
            "The company disputed the claims in a statement.",
            "“The allegations are baseless and we will defend ourselves in court.”",
        ]) == ["Helen Droste", nil])
    }

    @Test func anUnnamedSpokespersonsParagraph() {
        #expect(AttributionLoneWitnessCasesTests.speakers([
            Self.before,
            "A spokesperson for Kestrel Mining declined to comment on the suit but pointed to an earlier statement.",
            "“We have always followed the rules and we always will.”",
        ]) == ["Helen Droste", nil])
    }

    @Test func aDocumentReads() {
        let quotes = AttributionLoneWitnessCasesTests.quotes([
            Self.before,
            "Kestrel Mining did not respond to a request for comment. The suit seeks damages.",
            "“This is about accountability, not money,” the lawsuit reads.",
        ])
        #expect(quotes.map(\.speaker) == ["Helen Droste", nil])
        #expect(quotes.last?.speakerDescription == "the lawsuit")
    }

    /// Guard: a role the story gave a person ("spokeswoman Ana Ruiz") speaks on in her voice.
    @Test func aRoleSomeoneHoldsIsNoBody() {
        #expect(AttributionLoneWitnessCasesTests.speakers([
            "“We followed every rule,” said Kestrel Mining spokeswoman Ana Ruiz on Monday.",
            "The spokeswoman disputed the figures in the complaint.",
            "“Those numbers come from a study that was never published.”",
        ]) == ["Ana Ruiz", "Ana Ruiz"])
    }
}
