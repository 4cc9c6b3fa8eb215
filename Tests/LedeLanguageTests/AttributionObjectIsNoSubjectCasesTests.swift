import Testing
import LedeCore
@testable import LedeLanguage

/// Short cases, written for Lede, of the sixth round of real-news attribution (issue 13): looking back
/// from a distant verb of saying for its subject, a name followed by a determiner or a preposition
/// ("called Dana Kirk a “liar”", "sat beside Dana Kirk at the hearing") is an object, not the
/// clause's subject. Invented text.
@Suite struct AttributionObjectIsNoSubjectCasesTests {
    @Test func aNameBeforeADeterminerIsAnObject() {
        #expect(AttributionLoneWitnessCasesTests.speakers([
            "Inspector Hal Brody questioned the witnesses for three days.",
            "He called Dana Kirk a “liar” in front of the jury and said, “Nobody in this town will believe a word of it now.”",
        ]) == ["Hal Brody", "Hal Brody"])
    }

    @Test func aNameBeforeAPrepositionIsAnObject() {
        #expect(AttributionLoneWitnessCasesTests.speakers([
            "Inspector Hal Brody spent the morning in court.",
            "He sat beside Dana Kirk at the hearing, saying only: “The file speaks for itself and I have nothing to add.”",
        ]) == ["Hal Brody"])
    }
}
