import Testing
import LedeCore
@testable import LedeLanguage

/// `Her late uncle told Varga that “…”`: the person named right after "told" is the one told, the
/// listener; the words are the subject's, here someone the story does not name, not the words of the
/// paragraph's earlier speaker when that speaker is the one told. Fails with the listener not read.
@Suite struct AttributionListenerCasesTests {
    static func quotes(_ paragraphs: [String]) -> [Quote] {
        StoryBuilder().story(of: Article(blocks: paragraphs.map { .paragraph($0) })).quotes
    }

    @Test func theOneToldIsNoSpeaker() {
        let quotes = Self.quotes([
            "“Nobody in the family reads his books,” Ilona Varga said. “I don’t know why that is.” Years later, Hale’s late uncle told Varga that “the only letters I get from him are the ones I send back.”",
        ])
        #expect(quotes.map(\.speaker) == ["Ilona Varga", "Ilona Varga", nil])
    }

    /// `Hale’s late uncle told Varga that “…”` in a story about Hale: the owner of the subject's
    /// role is not its holder (the quotation is no lone bystander's). Fails with the owner read as one.
    @Test func theOwnerOfTheSubjectIsNoSpeaker() {
        let quotes = Self.quotes([
            "Tomas Hale wrote nine novels before he turned forty.",
            "“Nobody in the family reads his books,” Ilona Varga said. “I don’t know why that is.” Years later, Hale’s late uncle told Varga that “the only letters I get from him are the ones I send back.”",
        ])
        #expect(quotes.map(\.speaker) == ["Ilona Varga", "Ilona Varga", nil])
    }
}
