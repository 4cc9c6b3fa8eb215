import Testing
import LedeCore
@testable import LedeLanguage

/// "He" and "she" with the given-name list's genders: a prior that picks the person the pronoun
/// fits, and gives way when it fits no one (the list calls "Morven" male; the story says "she").
@Suite struct GivenNameGendersTests {
    static var installed: Bool { GivenNameGenders.shared.count > 0 }

    @Test func readsTheList() {
        let list = GivenNameGenders(["Lydia": .female, "Oskar": .male])
        #expect(list.gender(of: "Lydia") == .female)
        #expect(list.gender(of: "Oskar") == .male)
        #expect(list.gender(of: "Andrea") == nil)
    }

    @Test(.enabled(if: installed, "deps/gazetteers/given-name-genders.txt is not installed (scripts/setup.sh)"))
    func sheIsTheWomanNamedBeforeTheMan() {
        let story = StoryBuilder().story(of: Article(blocks: [
            .paragraph("The painters Marta Quist and Oskar Lindahl opened a gallery on Friday."),
            .paragraph("“I can't paint backgrounds,” she said. “He can.”"),
            .paragraph("“She is too modest,” he said."),
        ]))
        #expect(story.quotes.map(\.speaker) == ["Marta Quist", "Marta Quist", "Oskar Lindahl"])
    }

    @Test(.enabled(if: installed, "deps/gazetteers/given-name-genders.txt is not installed (scripts/setup.sh)"))
    func theStoryOutranksTheList() {
        #expect(GivenNameGenders.shared.gender(of: "Morven") == .male)
        let story = StoryBuilder().story(of: Article(blocks: [
            .paragraph("Morven Galbraith won the seat by 412 votes."),
            .paragraph("“This belongs to the volunteers,” she said."),
        ]))
        #expect(story.quotes.map(\.speaker) == ["Morven Galbraith"])
    }
}
