import Foundation
import LedeCore
import LedeExtract
import LedeLanguage
@testable import LedeNarrate
import Testing

/// Quotations in their own voice: sentences cut at their quotations, the quoted words given to the
/// quote voice with their speaker, the attribution to the narrator, a pause at each change.
@Suite struct QuotationVoiceTests {
    /// Our own short article: a quotation with its attribution after it, one that runs over two
    /// sentences, and a sentence with no quotation.
    static let article = Article(
        title: "Bridge to reopen in spring",
        blocks: [
            .paragraph("“We will open the bridge in May,” said Ana Ruiz, the mayor. The council agreed on Tuesday."),
            .paragraph("“The repairs took two years. Nobody expected that,” Tomas Berg said."),
        ])

    private func script(quotations: Bool) -> Script {
        Narrator(options: NarrationOptions(quotationsInOwnVoice: quotations)).script(for: StoryBuilder().story(of: Self.article))
    }

    @Test func offByDefaultOneSegmentPerSentenceAllNarrated() {
        let s = Narrator().script(for: StoryBuilder().story(of: Self.article))
        #expect(s.segments.map(\.text) == [
            "Bridge to reopen in spring",
            "“We will open the bridge in May,” said Ana Ruiz, the mayor.", "The council agreed on Tuesday.",
            "“The repairs took two years.", "Nobody expected that,” Tomas Berg said.",
        ])
        #expect(s.segments.allSatisfy { $0.voice == .narrator && $0.speaker == nil })
    }

    @Test func quotedWordsAndAttributionBecomePartsWithTheirVoices() {
        let s = script(quotations: true)
        #expect(s.segments.map(\.text) == [
            "Bridge to reopen in spring",
            "“We will open the bridge in May,”", "said Ana Ruiz, the mayor.", "The council agreed on Tuesday.",
            "“The repairs took two years.", "Nobody expected that,”", "Tomas Berg said.",
        ])
        #expect(s.segments.map(\.voice) == [.narrator, .quotation, .narrator, .narrator, .quotation, .quotation, .narrator])
        #expect(s.segments.map(\.id) == Array(0..<7))
        #expect(s.segments[1].speaker == "Ana Ruiz")
        #expect(s.segments[4].speaker == "Tomas Berg" && s.segments[5].speaker == "Tomas Berg")
        #expect(s.segments.filter { $0.voice == .narrator }.allSatisfy { $0.speaker == nil })
        // Chapters are named and placed as without the cut (a chapter that starts at a quotation
        // is named after its whole sentence).
        #expect(s.chapters.map(\.title) == Narrator().script(for: StoryBuilder().story(of: Self.article)).chapters.map(\.title))
        // Each part's span points at its own words in the block.
        let block = Array(Self.article.blocks[0].text!)
        for segment in s.segments where segment.span.block == 0 {
            #expect(String(block[segment.span.charStart..<segment.span.charEnd]) == segment.text)
        }
    }

    @Test func aPauseAtEachChangeOfVoiceAndNoneWithinAVoice() {
        let options = NarrationOptions()
        let s = script(quotations: true)
        let pauses = s.segments.map(\.pauseAfterMs)
        #expect(pauses[1] == options.voiceChangeMs)                               // quote → its attribution
        #expect(pauses[2] == options.betweenSentencesMs)                          // narrator → narrator
        #expect(pauses[3] == max(options.betweenParagraphsMs, options.voiceChangeMs))  // new paragraph, new voice
        #expect(pauses[4] == options.betweenSentencesMs)                          // one quotation over two sentences
        #expect(pauses[5] == options.voiceChangeMs)
        #expect(options.voiceChangeMs > options.betweenSentencesMs && options.voiceChangeMs < options.betweenParagraphsMs)
    }

    @Test func marksAndPunctuationGoWithTheQuotedPartAndNothingIsLost() {
        let chars = Array("He called it “a fair deal” and left.")
        let quote = Quote(text: "a fair deal", span: TextSpan(block: 0, charStart: 14, charEnd: 25), speaker: nil)
        let parts = QuotationParts.parts(of: TextSpan(block: 0, charStart: 0, charEnd: chars.count), in: chars, quotes: [quote])
        #expect(parts?.map { String(chars[$0.range]) } == ["He called it", "“a fair deal”", "and left."])
        #expect(parts?.map(\.quoted) == [false, true, false])
        // A sentence no quotation touches is left whole.
        #expect(QuotationParts.parts(of: TextSpan(block: 1, charStart: 0, charEnd: chars.count), in: chars, quotes: [quote]) == nil)
        // A full stop after the closing mark has nothing to say: it joins the quoted part.
        let tail = Array("She said “yes”.")
        let yes = Quote(text: "yes", span: TextSpan(block: 0, charStart: 10, charEnd: 13))
        let cut = QuotationParts.parts(of: TextSpan(block: 0, charStart: 0, charEnd: tail.count), in: tail, quotes: [yes])
        #expect(cut?.map { String(tail[$0.range]) } == ["She said", "“yes”."])
    }

    @Test func aLongParagraphOfQuotationsIsCutEverywhere() {
        // One block of 300 sentences, every other one opening with a quotation: each sentence's
        // quotations are found as the block is read in order.
        let text = (0..<300).map { $0.isMultiple(of: 2) ? "“We waited \($0 + 1) days,” Ana Ruiz said." : "The ferry was late." }
            .joined(separator: " ")
        let article = Article(title: "Waiting", blocks: [.paragraph(text)])
        let story = StoryBuilder().story(of: article)
        #expect(story.quotes.count == 150)
        let s = Narrator(options: NarrationOptions(quotationsInOwnVoice: true)).script(for: story)
        let quoted = s.segments.filter { $0.voice == .quotation }
        #expect(quoted.count == 150)
        #expect(quoted.allSatisfy { $0.text.hasPrefix("“We waited") && $0.text.hasSuffix("days,”") })
        #expect(s.segments.filter { $0.text == "Ana Ruiz said." }.count == 150)
    }

    /// The seed: its eight quotations (the language stage finds eight) all come out as quoted parts,
    /// and the quoted parts hold exactly the quoted words.
    @Test(.enabled(if: SharedData.path("seed/belarus-volunteers.txt") != nil, "../shared/seed is not on this machine"))
    func seedQuotationsAreAllQuotedParts() throws {
        let bytes = try Data(contentsOf: URL(fileURLWithPath: SharedData.path("seed/belarus-volunteers.txt")!))
        let story = StoryBuilder().story(of: try ArticleReader().read(Array(bytes)))
        #expect(story.quotes.count == 8)
        let s = Narrator(options: NarrationOptions(quotationsInOwnVoice: true)).script(for: story)
        // The title holds a quotation: the first chapter is still named after the whole title.
        let plain = Narrator().script(for: story)
        #expect(s.chapters.map(\.title) == plain.chapters.map(\.title))
        #expect(s.chapters.first?.title == story.article.title)
        let words = { (text: String) in text.split { !($0.isLetter || $0.isNumber) }.joined(separator: " ") }
        for quote in story.quotes {
            let parts = s.segments.filter {
                $0.voice == .quotation && $0.span.block == quote.span.block
                    && $0.span.charStart < quote.span.charEnd && quote.span.charStart < $0.span.charEnd
            }
            #expect(words(parts.map(\.text).joined(separator: " ")) == words(quote.text), "\(quote.text)")
            #expect(parts.allSatisfy { $0.speaker == quote.speaker })
        }
        // No other part is quoted, and no narrated part holds quoted words.
        let quoted = s.segments.filter { $0.voice == .quotation }
        #expect(quoted.allSatisfy { part in story.quotes.contains { $0.span.block == part.span.block
            && $0.span.charStart < part.span.charEnd && part.span.charStart < $0.span.charEnd } })
        for part in s.segments where part.voice == .narrator {
            #expect(!story.quotes.contains { $0.span.block == part.span.block
                && $0.span.charStart < part.span.charEnd && part.span.charStart < $0.span.charEnd }, "\(part.text)")
        }
    }
}
