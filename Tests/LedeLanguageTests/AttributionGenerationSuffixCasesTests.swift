import Testing
import LedeCore
@testable import LedeLanguage

/// Short cases, written for Lede, of the seventh round of real-news attribution (issue 13): "Omar
/// Lindqvist Jr., who …" is "Omar Lindqvist Jr.", as the same name before a lower-case word is: the
/// full stop of "Jr." and "Sr." belongs to the name. Invented text.
@Suite struct AttributionGenerationSuffixCasesTests {
    @Test func theFullStopOfJrIsTheName() {
        #expect(AttributionLoneWitnessCasesTests.speakers([
            "The council met on Monday to vote on the new road.",
            "“Build it now,” said Omar Lindqvist Jr., who owns the garage by the junction.",
        ]) == ["Omar Lindqvist Jr."])
    }

    @Test func aRunKeepsTheFullStop() {
        #expect(AttributionTitledPersonOfPlaceCasesTests.runs("They thanked Omar Lindqvist Sr., the founder.").map(\.name).last == "Omar Lindqvist Sr.")
        // Guard: any other abbreviation's full stop stays outside the run.
        #expect(AttributionTitledPersonOfPlaceCasesTests.runs("They thanked Omar Lindqvist. He left.").map(\.name).contains("Omar Lindqvist"))
    }
}
