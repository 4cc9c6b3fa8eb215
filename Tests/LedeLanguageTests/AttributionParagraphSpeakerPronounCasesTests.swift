import Testing
import LedeCore
@testable import LedeLanguage

/// Short cases, written for Lede, of the eighth round of real-news attribution (issue 13): a pronoun
/// right after its paragraph's speaker is that speaker even when the given-name list gives their first
/// name the other gender ("Cameron", "Taylor" are given to both), rather than someone of the pronoun's
/// gender the paragraph does not name. Invented text; the list's genders are the installed ones.
@Suite struct AttributionParagraphSpeakerPronounCasesTests {
    @Test func theParagraphsSpeakerOverTheList() {
        let speakers = AttributionLoneWitnessCasesTests.speakers([
            "Event designer Beth Holloway says the season starts early. “People book in June now,” she says.",
            "Planner Cameron Vance has seen the same. Vance says to look for produce with character. “Figs and cherries add color without feeling forced,” she explains.",
        ])
        // Without the installed given-name list both readings are the same.
        guard GivenNameGenders.shared.gender(of: "Cameron") == .male else { return }
        #expect(speakers == ["Beth Holloway", "Cameron Vance"])
    }

    /// Guard: someone this paragraph names with the pronoun's gender keeps it.
    @Test func aWomanNamedInTheParagraphKeepsTheReading() {
        #expect(AttributionLoneWitnessCasesTests.speakers([
            "Planner Cameron Vance says the season starts early. Vance says Ana Ortiz will run the floral side. “Peonies sell out by May,” she said.",
        ]) == ["Ana Ortiz"])
    }

    /// Guard: a relative the paragraph names who does not speak is no reading for the pronoun.
    @Test func aNamedRelativeWhoDoesNotSpeak() {
        #expect(AttributionLoneWitnessCasesTests.speakers([
            "Margit Olsen has run the bakery on Quay Street since 1988.",
            "Her husband, Robert, died in 2019. “I still bake his bread every morning,” she said.",
        ]) == ["Margit Olsen"])
    }
}
