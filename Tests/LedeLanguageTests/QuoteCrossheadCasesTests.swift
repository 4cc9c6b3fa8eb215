import Testing
import LedeCore
@testable import LedeLanguage

/// Short cases, written for Lede, of the ninth round of real-news attribution (issue 13): a crosshead
/// that is a quotation alone quotes the story as a headline does: words no quotation of the body holds
/// (a paraphrase, a slogan) are no one's; words a body quotation holds are that quotation's, whoever
/// said it, named or not. Invented text.
@Suite struct QuoteCrossheadCasesTests {
    static func quotes(_ blocks: [Block]) -> [Quote] { StoryBuilder().story(of: Article(blocks: blocks)).quotes }

    @Test func aParaphraseInACrossheadIsNoQuotation() {
        let quotes = Self.quotes([
            .paragraph("Hiring freelancers in cheaper states saved the agency money, its director said."),
            .heading(level: 2, text: "“Cut costs by a tenth without losing reach”"),
            .paragraph("“Freelancers have not changed everything, but they trimmed our budget by about a tenth and we lost no readers,” said Mara Quist, the agency's director."),
        ])
        #expect(quotes.map(\.speaker) == ["Mara Quist"])
    }

    /// Guard: a crosshead a body quotation holds keeps that quotation's voice, a described one too.
    @Test func aCrossheadTakesItsQuotationsVoice() {
        let quotes = Self.quotes([
            .paragraph("Seven doctors wrote to the agency on Tuesday."),
            .heading(level: 2, text: "“We write with urgency”"),
            .paragraph("“Winter has begun, so we write with urgency,” the doctors wrote."),
        ])
        #expect(quotes.count == 2)
        #expect(quotes.first?.speakerDescription == quotes.last?.speakerDescription)
        #expect(quotes.first?.speakerDescription != nil)
    }
}
