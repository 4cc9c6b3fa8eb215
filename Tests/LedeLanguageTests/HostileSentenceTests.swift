import Testing
import LedeCore
import LedeTestSupport
@testable import LedeExtract
@testable import LedeLanguage

/// Sentences built to make the language stage worse than linear: one sentence with tens of thousands
/// of quotations or names (no full stop to cut it). Each once grew with the square of its length
/// (`Benchmarks/scaling.py` found them); each is read to the end. No timing is asserted; the deadline
/// only turns a hang into a failure (in a debug build these took minutes before the fixes).
@Suite struct HostileSentenceTests {
    static func story(_ text: String) throws -> Story? {
        let article = try ArticleReader(options: ReadOptions(inputKind: .text)).read(Array(("Council meets\n\n" + text + "\n").utf8))
        return try Deadline.finishes(within: 120) { StoryBuilder().story(of: article) }
    }

    /// Each quotation's look-back for its verb of saying read the whole paragraph before it, and the
    /// token at each quotation mark was found by a scan from the first token.
    @Test func sixtyThousandQuotationsInOneSentence() throws {
        let count = 60_000
        let story = try Self.story(String(repeating: "“a” ", count: count))
        #expect(story != nil)
        #expect((story?.quotes.count ?? 0) <= count)
    }

    /// Each name in the sentence searched all the sentence's tagger names that replace the rules'.
    @Test func sixtyThousandPeopleWithAgesInOneSentence() throws {
        let story = try Self.story(String(repeating: "Jane Roe, 34, a nurse, ", count: 60_000) + "said.")
        #expect(story?.people.contains { $0.name == "Jane Roe" && $0.age == 34 } == true)
    }
}
