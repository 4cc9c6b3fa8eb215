import Testing
import LedeCore
@testable import LedeLanguage

/// Short cases, written for Lede, of the sixth round of real-news attribution (issue 13): a paragraph
/// that opens on a speaker described, not named ("A curator, who asked not to be named, said …") goes
/// on in that speaker's voice: its "she said" is no one named earlier. Invented text.
@Suite struct AttributionUnnamedSpeakerCasesTests {
    @Test func anUnnamedSpeakerIsNotTheLastNamedOne() {
        #expect(AttributionLoneWitnessCasesTests.speakers([
            "Museum director Sarah Kent called the return of the plaque long overdue.",
            "A curator, who asked not to be named because she was not allowed to speak, said the decision had been rushed. “There was no vote among the staff,” she said.",
            "Kent rejected that. “Every curator was consulted,” she said.",
        ]) == [nil, "Sarah Kent"])
    }

    /// Once the paragraph names a person, "she" may be them again.
    @Test func aNameInTheParagraphEndsIt() {
        #expect(AttributionLoneWitnessCasesTests.speakers([
            "Museum director Sarah Kent called the return of the plaque long overdue.",
            "A curator said the decision had been rushed. Kent disagreed. “Every curator was consulted,” she said.",
        ]) == ["Sarah Kent"])
    }
}
