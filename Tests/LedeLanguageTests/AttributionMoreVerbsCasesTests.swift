import Testing
import LedeCore
@testable import LedeLanguage

/// Short cases, written for Lede, of the sixth round of real-news attribution (issue 13): verbs of
/// saying news uses beside "said" (`SpeechVerbs.moreCues`: "alleged", "maintained", "snapped",
/// "interjected", …) attribute words as "said" does. Invented text.
@Suite struct AttributionMoreVerbsCasesTests {
    /// "the lawsuit alleged": a document's words, not the paragraph before's speaker's.
    @Test func aLawsuitAlleges() {
        let quotes = AttributionLoneWitnessCasesTests.quotes([
            "“We have the contracts,” said Tobias Wren, the singer's lawyer.",
            "“The label kept two sets of books for five years,” the lawsuit alleged.",
        ])
        #expect(quotes.map(\.speaker) == ["Tobias Wren", nil])
        #expect(quotes.last?.speakerDescription == "the lawsuit")
    }

    /// A partial quotation after "maintained that" is found, and is the subject's.
    @Test func aPartialQuotationAfterMaintained() {
        #expect(AttributionLoneWitnessCasesTests.speakers([
            "Anders Kjell has maintained that the royalties were “paid in full.”",
        ]) == ["Anders Kjell"])
    }

    /// A short phrase quoted after "speculated that" is reported speech, the subject's.
    @Test func aPartialQuotationAfterSpeculated() {
        #expect(AttributionLoneWitnessCasesTests.speakers([
            "Mara Quell speculated that the label had been “cooking the books.”",
        ]) == ["Mara Quell"])
    }
}
