import Testing
import LedeCore
@testable import LedeLanguage

/// Short cases, written for Lede, of the sixth round of real-news attribution (issue 13): a quotation
/// opening a sentence after one whose subject is a person is that person's, even when it ends its
/// paragraph and the next paragraph opens on someone else speaking. Invented text.
@Suite struct AttributionSentenceBeforeCasesTests {
    @Test func theSubjectBeforeOverTheNextParagraph() {
        #expect(AttributionLoneWitnessCasesTests.speakers([
            "Dario Fenn stayed calm. “We will talk again on Monday.”",
            "Lucas Berne laughed at that.",
        ]) == ["Dario Fenn"])
    }

    /// A quotation that opens its paragraph has no sentence before it there: the next paragraph's
    /// "Smith said." still names its speaker.
    @Test func aQuotationParagraphStillLooksAhead() {
        #expect(AttributionLoneWitnessCasesTests.speakers([
            "Dario Fenn stayed calm through the meeting.",
            "“We will talk again on Monday.”",
            "Lucas Berne said so to the crew.",
        ]) == ["Lucas Berne"])
    }
}
