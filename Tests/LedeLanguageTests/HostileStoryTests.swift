import Foundation
import Testing
import LedeCore
@testable import LedeLanguage

/// The story of a 5 MB text (issue 15: 35 s, as every quotation and name looked through all the
/// sentences, quotations and people before it) is built in linear time. No timing is asserted:
/// a very generous budget only turns a hang into a failure.
@Suite struct HostileStoryTests {
    /// One paragraph of about `bytes` bytes: a quotation in each sentence pair, a new person in each,
    /// with an age and a pronoun, so quotes, people and sentences all grow with the text.
    static func quotationsParagraph(bytes: Int) -> String {
        let first = ["Anna", "Boris", "Clara", "David", "Elena", "Farid", "Grace", "Hugo"]
        let syllables = ["ba", "ko", "ri", "de", "mu", "sa", "te", "lo", "vi", "ne"]
        var out = ""
        var i = 0
        while out.utf8.count < bytes {
            let surname = (syllables[i % 10] + syllables[(i / 10) % 10] + syllables[(i / 100) % 10] + syllables[(i / 1000) % 10]).capitalized
            out += "\"We will rebuild the bridge by spring,\" said \(first[i % 8]) \(surname), \(20 + i % 60). He added that the council agreed. "
            i += 1
        }
        return out
    }

    @Test func storyOfAFiveMegabyteTextIsBounded() throws {
        let text = Self.quotationsParagraph(bytes: 5 << 20)
        let article = Article(title: "A long piece", blocks: [.paragraph(text)])
        let story = try WorkBudget(seconds: 300).run("the story") { StoryBuilder().story(of: article) }
        #expect(story.sentences.count > 80_000)
        #expect(story.quotes.count > 40_000)
        #expect(story.people.count > 5_000)
    }

    /// Quotations no one is named for, short ones inside longer ones: each would be looked for in
    /// every other as an echo (quadratic), which stops at ``EchoedQuotations/maxQuotations``.
    @Test func manyUnattributedQuotationsAreBounded() throws {
        var text = ""
        for i in 0..<12_000 {
            text += i % 2 == 0 ? "The sign read “rebuild the bridge”. " : "Another said “we will rebuild the bridge by spring \(i)”. "
        }
        let article = Article(title: "Signs", blocks: [.paragraph(text)])
        let story = try WorkBudget(seconds: 300).run("the story") { StoryBuilder().story(of: article) }
        #expect(story.sentences.count > 10_000)
        // The echo of a longer, attributed quotation takes its speaker, on a page of two quotations…
        var short = try #require(story.quotes.first), long = short
        short.text = "rebuild the bridge"
        short.speaker = nil
        short.speakerDescription = nil
        long.text = "we will rebuild the bridge by spring"
        long.speaker = "Ana Lima"
        var two = [short, long]
        EchoedQuotations.attribute(&two, dropped: []) { _, _ in true }
        #expect(two[0].speaker == "Ana Lima")
        // …and is not looked for on a page past the bound.
        var many = [short] + Array(repeating: long, count: EchoedQuotations.maxQuotations)
        EchoedQuotations.attribute(&many, dropped: []) { _, _ in true }
        #expect(many[0].speaker == nil)
    }

    @Test func quotedOffsetsAreFoundByBinarySearch() {
        let quoted = [2..<5, 9..<12, 20..<21]
        for offset in -1...25 {
            #expect(StoryAnalysis.isQuoted(offset, quoted) == quoted.contains { $0.contains(offset) }, "\(offset)")
        }
        #expect(StoryAnalysis.partition(0) { _ in true } == 0)
        #expect(StoryAnalysis.partition(10) { $0 >= 7 } == 7)
    }

    @Test func storyStopsAtTheWorkBudget() {
        let article = Article(title: "A long piece", blocks: [.paragraph(Self.quotationsParagraph(bytes: 100_000))])
        #expect(throws: LedeError.self) {
            try WorkBudget(seconds: 0).run("the story") { StoryBuilder().story(of: article) }
        }
    }
}
