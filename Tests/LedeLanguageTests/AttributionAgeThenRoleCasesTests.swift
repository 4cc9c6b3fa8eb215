import Testing
import LedeCore
@testable import LedeLanguage

/// Short cases, written for Lede, of the sixth round of real-news attribution (issue 13): "Lena Holm,
/// 34, a farmer near the border," has an age and a description; "the farmer said" later is her.
/// Invented text.
@Suite struct AttributionAgeThenRoleCasesTests {
    @Test func aDescriptionAfterTheAge() {
        let story = StoryBuilder().story(of: Article(blocks: [
            .paragraph("Lena Holm, 34, a farmer near the border, has lost half her crop to the drought."),
            .paragraph("“We cannot wait for the rain,” the farmer said."),
        ]))
        #expect(story.quotes.map(\.speaker) == ["Lena Holm"])
        let holm = story.people.first { $0.name == "Lena Holm" }
        #expect(holm?.age == 34)
        #expect(holm?.descriptions == ["farmer near the border"])
    }

    /// An age alone, then the verb: no description.
    @Test func anAgeAlone() {
        let story = StoryBuilder().story(of: Article(blocks: [.paragraph("Lena Holm, 34, has lost half her crop to the drought.")]))
        #expect(story.people.first { $0.name == "Lena Holm" }?.descriptions == [])
    }
}
