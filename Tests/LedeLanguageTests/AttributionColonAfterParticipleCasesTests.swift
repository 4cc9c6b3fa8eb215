import Testing
import LedeCore
@testable import LedeLanguage

/// Short cases, written for Lede, of the eighth round of real-news attribution (issue 13): a sentence
/// that opens on a participle of saying ("Asked about …,") and gives its quotation after a colon is
/// the colon's subject's, as `Vasquez quickly deflected: “…”` is. Invented text.
@Suite struct AttributionColonAfterParticipleCasesTests {
    @Test func asked_thenTheSubjectBeforeTheColon() {
        #expect(AttributionLoneWitnessCasesTests.speakers([
            "Harbour board chairwoman Ingrid Solberg defended the new quay on Tuesday.",
            "Tomas Berg, who chairs the fishing cooperative, said it would appeal.",
            "Asked about the cooperative’s plan to appeal, Solberg was brief: “They have every right.”",
        ]) == ["Ingrid Solberg"])
    }

    /// Guard: no person before the colon, no speaker from it.
    @Test func noPersonBeforeTheColon() {
        #expect(AttributionLoneWitnessCasesTests.speakers([
            "Asked about the plan to appeal, the board was brief: “They have every right.”",
        ]) == [nil])
    }
}
