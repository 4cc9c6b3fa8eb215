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
        var terms = StoryTerms(units: units)
        let hear = terms.uses("hear"), hearIsTerm = terms.isStoryTerm("hear"), hearingIsTerm = terms.isStoryTerm("hearing")
        #expect(hear == 3)
        #expect(hearIsTerm)
        #expect(!hearingIsTerm)
    }

    /// The words asked about against a count of every word of the body, on units written with
    /// quotations left open, curly and straight marks, capitals and non-ASCII words.
    @Test func usesMatchACountOfEveryWord() {
        let splitter = SentenceSplitter()
        let texts = ["Ärzte sagen “Ärzte” nicht. ÄRZTE helfen, Ärzte auch.", "The “plan” was a Plan. PLAN B and the plan’s cost.",
                     "An open “quote runs on plan plan", "\"Straight\" marks: plan, straight, Straight."]
        let units = texts.enumerated().map { TextUnit(block: $0.offset, text: $0.element, kind: .body, splitter: splitter) }
            + [TextUnit(block: 9, text: "Plan plan plan.", kind: .title, splitter: splitter)]
        var every: [String: Int] = [:]
        for unit in units where unit.kind == .body {
            let quoted = QuoteScanner.spans(in: unit.chars).map { $0.open..<(($0.close ?? unit.chars.count - 1) + 1) }
            for sentence in unit.tokens {
                for token in sentence where token.isWord && !quoted.contains(where: { $0.contains(token.range.lowerBound) }) {
                    every[token.lower, default: 0] += 1
                }
            }
        }
        var terms = StoryTerms(units: units)
        for word in ["ärzte", "plan", "straight", "quote", "b", "missing", "plan’s"] {
            let first = terms.uses(word), again = terms.uses(word)
            #expect(first == every[word, default: 0], "\(word)")
            #expect(again == first, "\(word), asked again")
        }
    }

    /// The joined stretches hold exactly the places some stretch holds: nested, overlapping, touching,
    /// empty and out-of-order stretches, every place from before the first to past the last.
    @Test func joinedStretchesHoldThePlacesTheStretchesHold() {
        var generator = SystemRandomNumberGenerator()
        let shapes: [[Range<Int>]] = [[], [3..<3], [0..<10, 2..<4], [5..<8, 1..<3, 8..<9], [0..<5, 5..<6, 20..<30, 25..<40]]
            + (0..<40).map { _ in
                (0..<Int.random(in: 1...12, using: &generator)).map { _ in
                    let start = Int.random(in: 0...60, using: &generator)
                    return start..<(start + Int.random(in: 0...15, using: &generator))
                }
            }
        for stretches in shapes {
            let joined = StoryTerms.joined(stretches)
            for place in -2...80 {
                #expect(StoryTerms.isInside(place, joined) == stretches.contains { $0.contains(place) }, "\(place) in \(stretches)")
            }
        }
    }
}
