import Testing
import LedeCore
@testable import LedeLanguage

/// Short cases, written for Lede (issue 13, eleventh round): the name right after the comma that ends
/// a participle phrase opening a sentence is its subject, whom the next quotation's "he" means.
/// Invented text.
@Suite struct AttributionFrontedSubjectCasesTests {
    @Test func theNameAfterAnOpeningParticiplePhrase() {
        #expect(AttributionLoneWitnessCasesTests.speakers([
            "Paul Jansen and Theo Brandt played the late show at the Alder Hall on Friday.",
            "Theo Brandt came out for the encore and a surprise version of an old single.",
            "Following a long version of their song “Night Train,” Jansen introduced Brandt’s solo. “You might know him from the radio,” he said.",
        ]) == ["Paul Jansen"])
    }

    @Test func theNameAfterAParticiplePhraseWithNoQuotedTitle() {
        #expect(AttributionLoneWitnessCasesTests.speakers([
            "Oskar Lind and Hugo Berg met the growers at the depot on Monday.",
            "Hugo Berg spoke first about the price of feed.",
            "Speaking after the vote of the growers, Lind thanked Berg’s team. “We will need every one of them,” he said.",
        ]) == ["Oskar Lind"])
    }
}
