import Testing
import LedeCore
@testable import LedeLanguage

/// Short cases, written for Lede, of the eighth round of real-news attribution (issue 13): a quotation
/// standing as its own paragraph, right after a paragraph with no quotation whose last sentence has a
/// person for its subject, is that person's, not the voice of a speaker quoted further back. Invented
/// text.
@Suite struct AttributionPlainParagraphBeforeCasesTests {
    static let opening = [
        "The state launched its new road safety campaign on Monday, and Governor Kirsten Nolan defended it.",
        "“We will not pull the ads,” said Ray Okafor, the state transport director.",
    ]

    @Test func theSubjectOfThePlainParagraphBefore() {
        #expect(AttributionLoneWitnessCasesTests.speakers(Self.opening + [
            "Nolan was unrepentant on Tuesday.",
            "“We knew people would talk, and they are talking.”",
        ]) == ["Ray Okafor", "Kirsten Nolan"])
    }

    /// Guard: with a pronoun for a subject, the last speaker's reading stands (the pronoun may be theirs).
    @Test func aPronounSubjectLeavesTheLastSpeaker() {
        #expect(AttributionLoneWitnessCasesTests.speakers(Self.opening + [
            "He was unrepentant on Tuesday.",
            "“We knew people would talk, and they are talking.”",
        ]) == ["Ray Okafor", "Ray Okafor"])
    }
}
