import Testing
import LedeCore
@testable import LedeLanguage

@Suite struct LanguageRobustnessTests {
    func article(_ paragraphs: [String], title: String = "A title") -> Article {
        Article(title: title, blocks: paragraphs.map { .paragraph($0) })
    }

    @Test func unbalancedQuotationMarks() {
        let story = StoryBuilder().story(of: article([
            "“This never closes, said Anna Berg, a 30-year-old pilot.",
            "Then a closing mark with no opening” appears, and another “one here.",
            "Plain text follows.",
        ]))
        #expect(story.sentences.count >= 4)
        // Every span stays inside its block.
        for q in story.quotes {
            let text = Array(story.article.blocks[q.span.block].text ?? "")
            #expect(q.span.charStart <= q.span.charEnd && q.span.charEnd <= text.count)
        }
        #expect(story.people.map(\.name) == ["Anna Berg"])
    }

    @Test func tenThousandSentences() {
        let paragraph = (0..<100).map { "Sentence number \($0) was said by Tom Reed." }.joined(separator: " ")
        let story = StoryBuilder().story(of: article(Array(repeating: paragraph, count: 100)))
        #expect(story.sentences.count == 10_001)
        #expect(story.people.first?.name == "Tom Reed")
        #expect(story.people.first?.mentions == 10_000)
    }

    @Test func noPunctuationAtAll() {
        let story = StoryBuilder().story(of: article(["just words without any marks at all and no capitals either"]))
        #expect(story.sentences.count == 2)
        #expect(story.quotes.isEmpty && story.people.isEmpty)
    }

    @Test func cyrillicNamesInALatinText() {
        let story = StoryBuilder().story(of: article([
            "“Мы вернёмся,” said Алексей Смирнов, a 33-year-old engineer from Minsk.",
            "Смирнов later left for Warsaw.",
        ]))
        #expect(story.people.map(\.name) == ["Алексей Смирнов"])
        #expect(story.people.first?.mentions == 2)
        #expect(story.quotes.first?.speaker == "Алексей Смирнов")
        #expect(Set(story.places.map(\.name)) == ["Minsk", "Warsaw"])
    }

    @Test func emptyArticle() {
        let story = StoryBuilder().story(of: Article(title: "", blocks: []))
        #expect(story.sentences.isEmpty && story.quotes.isEmpty && story.people.isEmpty)
    }
}

@Suite struct CaptionSentenceTests {
    /// The language stage splits the captions too (the narrator reads them, and splits nothing).
    @Test func captionsAreSplitWithTheirFiguresBlock() {
        let article = Article(title: "Ferry back", blocks: [
            .paragraph("The ferry sailed again."),
            .figure(Figure(caption: "Passengers  board at dawn. The  crossing takes an hour.", credit: "Jo Lee")),
            .figure(Figure(caption: nil)),
            .figure(Figure(caption: "The harbour.")),
        ])
        let story = StoryBuilder().story(of: article)
        #expect(story.captions.map(\.text) == ["Passengers board at dawn.", "The crossing takes an hour.", "The harbour."])
        #expect(story.captions.map(\.span.block) == [1, 1, 3])
        #expect(story.captions.map(\.id) == [0, 1, 2])
        #expect(story.captions[1].span.charStart == 27)
        #expect(!story.sentences.contains { $0.text.contains("Passengers") })
    }
}
