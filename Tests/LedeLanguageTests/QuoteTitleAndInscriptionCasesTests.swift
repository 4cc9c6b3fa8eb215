import Testing
import LedeCore
@testable import LedeLanguage

/// Short cases, written for Lede, of the eighth round of real-news attribution (issue 13): quoted
/// words that are no one's speech though a verb of saying stands in the sentence: a title after
/// "titled" whatever its case, a name after "nicknamed", the words on a sign. Invented text.
@Suite struct QuoteTitleAndInscriptionCasesTests {
    static let opening = "Mayor Helen Droste spoke on Monday. “We will win this,” Droste said."

    static func texts(_ paragraph: String) -> [String] {
        AttributionLoneWitnessCasesTests.quotes([Self.opening, paragraph]).map(\.text)
    }

    @Test func aTitleInSentenceCase() {
        #expect(Self.texts("Droste said she had read the report, titled “A town that works for everyone,” twice.") == ["We will win this"])
    }

    @Test func aNickname() {
        #expect(Self.texts("Droste said the plan, nicknamed “the big dig” by residents, would take two years.") == ["We will win this"])
    }

    @Test func wordsOnSigns() {
        #expect(Self.texts("Signs reading “Droste out” lined the street, Droste said.") == ["We will win this"])
        #expect(Self.texts("Protesters carried a banner that read “Not our money” past the hall, police said.") == ["We will win this"])
    }

    /// Guard: a person holding a sign who speaks is quoted; "called" still gives a quoted label.
    @Test func aSpeakerHoldingASignStillSpeaks() {
        #expect(Self.texts("Ana Ruiz, holding a sign, said “this town deserves better than this.”")
                == ["We will win this", "this town deserves better than this."])
        #expect(Self.texts("Droste called the deal “fair” on Tuesday.") == ["We will win this", "fair"])
    }
}
