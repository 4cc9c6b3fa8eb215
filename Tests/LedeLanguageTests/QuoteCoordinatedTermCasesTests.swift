import Testing
import LedeCore
@testable import LedeLanguage

/// `… longer berths and “tide tracking, berth sensing and crane scheduling” across the port.`: a quoted
/// phrase joined by "and" to the sentence's own words, in a sentence with no verb of saying and given
/// a speaker by nothing in the story, is a term held in marks (`StoryAnalysis.isCoordinatedTerm`),
/// not a quotation. The first case gives it as an unattributed quotation with the rule off; the
/// second keeps a phrase so joined when a verb of saying of its sentence gives it a speaker.
@Suite struct QuoteCoordinatedTermCasesTests {
    static func quotes(_ paragraphs: [String]) -> [Quote] {
        StoryBuilder().story(of: Article(blocks: paragraphs.map { .paragraph($0) })).quotes
    }

    @Test func aListedTermIsNoQuotation() {
        let quotes = Self.quotes([
            "The harbour board approved the new port plan on Monday after a long debate about its cost.",
            "The plan brings faster cranes, longer berths and “tide tracking, berth sensing and crane scheduling” to the whole port by 2030.",
        ])
        #expect(quotes.isEmpty, "\(quotes.map(\.text))")
    }

    @Test func aListedPhraseWithAVerbOfSayingStays() {
        let quotes = Self.quotes([
            "The harbour board approved the new port plan on Monday after a long debate about its cost.",
            "Mira Holt said the port needed faster cranes, longer berths and “a proper plan for the winter storms that close the quay”.",
        ])
        #expect(quotes.map(\.speaker) == ["Mira Holt"])
    }
}
