import Foundation
import LedeCore
import LedeExtract
import LedeLanguage
@testable import LedeNarrate
import Testing

/// Story → Script: reading order, what is never read, pauses, chapters and pronunciations.
@Suite struct NarratorTests {
    static let article = Article(
        title: "Ferry returns to Kyiv harbour",
        authors: ["Mara Lind", "Jonas Berg"],
        published: "2026-03-14T06:30:00Z",
        blocks: [
            .paragraph("The night ferry sailed again on Friday. About 300 people waited."),
            .figure(Figure(image: "https://example.org/a.jpg", caption: "Passengers board the ferry.", credit: "Jonas Berg/Courier")),
            .paragraph("Captain Oleksandr Kovalenko said the crossing was calm."),
            .heading(level: 2, text: "Tickets"),
            .paragraph("Tickets cost less than before."),
        ],
        removed: [Removal(reason: .promo, text: "CLICK HERE TO GET THE APP")])

    private func script(_ options: NarrationOptions = NarrationOptions()) -> Script {
        Narrator(options: options).script(for: StoryBuilder().story(of: Self.article))
    }

    @Test func readsTitleThenBodyAndNeverCaptionsCreditsOrRemovedPieces() {
        let s = script()
        #expect(s.segments.map(\.text) == [
            "Ferry returns to Kyiv harbour",
            "The night ferry sailed again on Friday.", "About 300 people waited.",
            "Captain Oleksandr Kovalenko said the crossing was calm.",
            "Tickets",
            "Tickets cost less than before.",
        ])
        #expect(s.segments.map(\.id) == Array(0..<6))
        #expect(s.segments.map(\.role) == [.title, .body, .body, .body, .heading, .body])
        let all = s.segments.map(\.text).joined(separator: " ")
        #expect(!all.contains("Jonas Berg/Courier"))
        #expect(!all.contains("CLICK HERE"))
        #expect(!all.contains("Passengers board"))
    }

    @Test func pausesAfterTitleBetweenParagraphsAndBeforeHeadings() {
        let o = NarrationOptions()
        let pauses = script(o).segments.map(\.pauseAfterMs)
        #expect(pauses == [o.afterTitleMs, o.betweenSentencesMs, o.betweenParagraphsMs, o.beforeHeadingMs, o.afterHeadingMs, 0])
        #expect(o.betweenSentencesMs < o.betweenParagraphsMs && o.betweenParagraphsMs < o.beforeHeadingMs)
    }

    @Test func spansPointBackIntoTheirBlocks() {
        for segment in script().segments where segment.span.block >= 0 {
            let text = Array(Self.article.blocks[segment.span.block].text ?? "")
            #expect(String(text[segment.span.charStart..<segment.span.charEnd]) == segment.text)
        }
    }

    @Test func bylineAndCaptionsOnlyWhenAsked() {
        let s = script(NarrationOptions(readByline: true, readCaptions: true))
        #expect(s.segments[1].role == .byline)
        #expect(s.segments[1].text == "By Mara Lind and Jonas Berg. Published March 14, 2026.")
        #expect(s.segments[1].span.block == TextSpan.bylineBlock)
        let caption = s.segments.first { $0.role == .caption }
        #expect(caption?.text == "Passengers board the ferry.")
        #expect(caption?.span.block == 1)
        // Read where the photo stands: after the paragraph before it.
        #expect(s.segments.firstIndex { $0.role == .caption } == 4)
    }

    @Test func chaptersAtTheStartAndAtHeadings() {
        let s = script()
        #expect(s.chapters.map(\.firstSegment) == [0, 4])
        #expect(s.chapters.last?.title == "Tickets")
    }

    @Test func pronunciationsForWordsSaidFromLexiconAndForeignNames() {
        let s = script()
        #expect(s.pronunciations["Kyiv"] == Lexicon.builtIn.entry(for: "Kyiv"))
        #expect(s.pronunciations["Kovalenko"] == .espeak(voice: "pl", text: "Kovalenko"))
        // Only words that are said.
        #expect(s.pronunciations["Zelenskyy"] == nil)
        let english = Narrator(options: NarrationOptions(foreignNames: false)).script(for: StoryBuilder().story(of: Self.article))
        #expect(english.pronunciations["Kovalenko"] == nil)
    }

    @Test func partsOfHyphenatedCompoundsFindTheirEntries() {
        let article = Article(title: "Marches", blocks: [.paragraph("An anti-Lukashenko march set off for the Kyiv-bound trains.")])
        let s = Narrator().script(for: article)
        #expect(s.pronunciations["Lukashenko"] == Lexicon.builtIn.entry(for: "Lukashenko"))
        #expect(s.pronunciations["Kyiv"] == Lexicon.builtIn.entry(for: "Kyiv"))
        #expect(WordList.words(in: "Kyiv-bound Lukashenko's") == ["Kyiv-bound", "Kyiv", "bound", "Lukashenko's", "Lukashenko"])
    }

    @Test func spokenFormIsAppliedToEverySegment() {
        let upper = Narrator(spokenForm: { $0.uppercased() }).script(for: Self.article)
        #expect(upper.segments[1].spoken == "THE NIGHT FERRY SAILED AGAIN ON FRIDAY.")
        #expect(upper.segments[1].text == "The night ferry sailed again on Friday.")
    }

    @Test func emptyAndPunctuationOnlyArticlesGiveNoSegments() {
        #expect(Narrator().script(for: Article(title: "", blocks: [])).segments.isEmpty)
        #expect(Narrator().script(for: Article(title: "—", blocks: [.paragraph("… * …")])).segments.isEmpty)
    }

    @Test func longArticleScriptIsLinear() {
        // 200 KB of text: every sentence becomes one segment, nothing is lost.
        let paragraph = "The council met on Tuesday and agreed the plan. Work starts in May."
        let blocks = Array(repeating: Block.paragraph(paragraph), count: 3000)
        let s = Narrator().script(for: Article(title: "Plan", blocks: blocks))
        #expect(s.segments.count == 1 + 6000)
    }

    @Test func seedIsReadWithoutBannerPromoTeaserOrCredit() throws {
        guard let path = SharedData.path("seed/belarus-volunteers.txt") else {
            print("skipped: ../shared/seed/belarus-volunteers.txt is absent")
            return
        }
        let article = try ArticleReader().read(Array(try Data(contentsOf: URL(fileURLWithPath: path))), url: nil)
        let s = Narrator().script(for: article)
        let blocksRead = Set(s.segments.map(\.span.block)).subtracting([TextSpan.titleBlock])
        #expect(blocksRead.count == 26, "the expected result reads the 26 body paragraphs")
        let all = s.segments.map(\.text).joined(separator: "\n")
        for junk in ["You can now listen", "CLICK HERE", "AP Photo", "Michal Dyjuk"] {
            #expect(!all.contains(junk), "\(junk) was read")
        }
        #expect(s.pronunciations["Kyiv"] != nil)
        #expect(s.pronunciations["Pavel"] != nil)
    }
}

extension Narrator {
    /// The script of an article taken through the language stage first, as `lede listen` does (the
    /// narrator itself reads only stories).
    func script(for article: Article) -> Script { script(for: StoryBuilder().story(of: article)) }
}
