import Testing
import LedeCore
@testable import LedeLanguage

/// Short cases, written for Lede, of the ninth round of real-news attribution (issue 13): a position's
/// initials before a given name and a surname ("Wolves DL Marcus Whitcombe", "WR Daniel Ortwell") are the
/// person's role, not the first word of a body's name ("LG Electronics", "SLS Block"): the person is
/// listed and speaks later by their surname. Invented text.
@Suite struct AttributionRoleInitialsCasesTests {
    @Test func initialsInsideTheRun() {
        #expect(AttributionLoneWitnessCasesTests.speakers([
            "Wolves DL Marcus Whitcombe, however, weighed in on the brawl on Monday.",
            "Whitcombe, via the Courier, said that the rookie “started it and then cried foul. He got what was coming.”",
        ]) == ["Marcus Whitcombe"])
    }

    @Test func initialsOpeningTheRun() {
        #expect(AttributionLoneWitnessCasesTests.speakers([
            "On Sunday, WR Daniel Ortwell caught two passes in the rain.",
            "“We kept it simple and it worked,” Ortwell said.",
        ]) == ["Daniel Ortwell"])
    }

    @Test func theRunLosesItsInitials() {
        let runs = AttributionTitledPersonOfPlaceCasesTests.runs("Wolves DL Marcus Whitcombe shoved him.")
        #expect(runs.map(\.name) == ["Marcus Whitcombe"])
        #expect(runs.first?.prefix == ["Wolves", "DL"])
    }

    /// Guards: initials before words that are no given name, before a body's name, in a shouted line,
    /// or an English word shouted at the run's start are left as they were.
    @Test func bodiesAndShoutingStay() {
        #expect(AttributionTitledPersonOfPlaceCasesTests.runs("LG Electronics Chairman spoke.").first?.prefix == [])
        #expect(!AttributionTitledPersonOfPlaceCasesTests.runs("She joined JP Morgan Bank last year.").map(\.name).contains("Morgan Bank"))
        #expect(AttributionTitledPersonOfPlaceCasesTests.runs("CALL DL MARK NOW.").allSatisfy { $0.prefix.isEmpty })
        #expect(AttributionTitledPersonOfPlaceCasesTests.runs("Fans of TRUE Grace Street gathered.").allSatisfy { $0.prefix.isEmpty })
    }
}
