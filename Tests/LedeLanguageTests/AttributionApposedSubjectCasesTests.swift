import Testing
import LedeCore
@testable import LedeLanguage

/// Short cases, written for Lede, of the sixth round of real-news attribution (issue 13): the subject
/// of the sentence before a quotation may stand before an apposition set off by commas ("Renzi, 52,
/// was angry. “…”"). Invented text.
@Suite struct AttributionApposedSubjectCasesTests {
    /// An age, a role, a participle clause or a relative clause between the name and its verb.
    @Test func theSubjectAcrossAnApposition() {
        #expect(AttributionLoneWitnessCasesTests.speakers([
            "Paolo Renzi, 52, was angry. “Ninety years, and they give us a press release.”",
            "Mira Soto, the union steward, shook her head. “Nobody asked us.”",
            "Dario Fenn, speaking outside the gates, stayed calm. “We will talk again on Monday.”",
            "Lucas Berne, who has run the ferry for twenty years, laughed. “I have seen worse winters.”",
        ]) == ["Paolo Renzi", "Mira Soto", "Dario Fenn", "Lucas Berne"])
    }

    /// A second name after the apposition's comma makes it a list, not a subject and its verb.
    @Test func aListOfNamesIsNoApposition() {
        #expect(AttributionLoneWitnessCasesTests.speakers([
            "Paolo Renzi, Mira Soto and Dario Fenn, all of them stewards, met the owners. “It went badly.”",
        ]) == [nil])
    }

    static func info(_ text: String) -> SentenceInfo {
        let chars = Array(text.unicodeScalars)
        return SentenceInfo(tokens: WordTokenizer.tokens(chars, in: 0..<chars.count))
    }

    @Test func theVerbAfterTheApposition() {
        let info = Self.info("Renzi, the steward of the union, a father of three, was angry.")
        #expect(Attribution.verbAfterApposition(from: 1, in: info).map { info.tokens[$0].text } == "was")
        let noVerb = Self.info("Renzi, the steward, and Soto left.")
        #expect(Attribution.verbAfterApposition(from: 1, in: noVerb) == nil)
    }
}
