import Testing
import LedeCore
@testable import LedeLanguage

/// Short cases, written for Lede, of the eighth round of real-news attribution (issue 13): one word in
/// quotation marks that the story itself writes, unquoted, three times or more is the story's own
/// term held at a distance (a scare quote), not a quotation. Invented text.
@Suite struct QuoteStoryTermCasesTests {
    static let story = [
        "Bees hear through their legs. What they hear, and how far off they hear it, is nothing like ours.",
        "Lotte Brandt, a biologist at Kessel University, has spent ten years on bee hearing.",
        "Brandt says the insects can “hear” a hornet long before it reaches the hive.",
        "“We used to think they only felt the air move,” she said.",
    ]

    @Test func aWordTheStoryUsesIsAScareQuote() {
        let quotes = AttributionLoneWitnessCasesTests.quotes(Self.story)
        #expect(quotes.map(\.text) == ["We used to think they only felt the air move"])
    }

    /// Guard: a word the story does not write itself stays a partial quotation.
    @Test func aWordOnlyTheSpeakerUsesStaysAQuotation() {
        let quotes = AttributionLoneWitnessCasesTests.quotes([
            "Bees hear through their legs, a study from Kessel University found.",
            "Lotte Brandt, a biologist at the university, called the result “astonishing” and said more work was planned.",
        ])
        #expect(quotes.map(\.text) == ["astonishing"])
        #expect(quotes.map(\.speaker) == ["Lotte Brandt"])
    }

    /// Guard: a word said as a sentence of its own stays a quotation, however often the story uses it.
    @Test func aOneWordSentenceStaysAQuotation() {
        let quotes = AttributionLoneWitnessCasesTests.quotes(Self.story.dropLast() + ["Asked whether bees hear, she answered at once. “Hear,” Brandt said."])
        #expect(quotes.map(\.text) == ["Hear"])
    }

    @Test func usesAreCountedOutsideQuotationMarks() {
        let splitter = SentenceSplitter()
        let units = ["They “hear” it. Hearing helps.", "Bees hear. They hear well, and hear often."].enumerated().map {
            TextUnit(block: $0.offset, text: $0.element, kind: .body, splitter: splitter)
        }
        let terms = StoryTerms(units: units)
        #expect(terms.uses("hear") == 3)
        #expect(terms.isStoryTerm("hear"))
        #expect(!terms.isStoryTerm("hearing"))
    }
}
