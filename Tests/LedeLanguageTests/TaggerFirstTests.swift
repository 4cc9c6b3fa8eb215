import Testing
import LedeCore
@testable import LedeLanguage

/// The tagger decides first: where it is sure of every name over a capitalised run, its names replace
/// the rules' reading; the rules keep what the article shows (speakers, titles, a person introduced
/// by age) and a body joined by connectors that the tagger would cut into several.
@Suite struct TaggerFirstTests {
    static func story(_ paragraphs: [String]) -> Story {
        StoryBuilder().story(of: Article(title: "Council results", blocks: paragraphs.map { .paragraph($0) }))
    }

    /// The rules take an unknown title for a given name and stop at the hyphen ("Generalissimo Chiang");
    /// the tagger surely reads "Chiang Kai-shek" and wins. A title the rules know stays out of the name
    /// ("Rep. Ilhan Omar" is "Ilhan Omar"), and a person introduced by age keeps the rules' reading.
    @Test func theTaggersSureNamesReplaceTheRulesGuess() {
        let story = Self.story([
            "Rep. Ilhan Omar spoke after Generalissimo Chiang Kai-shek was mentioned.",
            "A 19-year-old, Ales, said he had joined in March.",
        ])
        let people = story.people.map(\.name)
        #expect(people.contains("Chiang Kai-shek"), "\(people)")
        #expect(!people.contains("Generalissimo Chiang"), "\(people)")
        #expect(people.contains("Ilhan Omar"), "\(people)")
        #expect(people.contains("Ales"), "\(people)")
    }

    /// Bodies and places the tagger surely reads keep their whole names, "of", "for" and an apostrophe
    /// inside them.
    @Test func bodiesJoinedByConnectorsStayWhole() {
        let story = Self.story([
            "The Popular Front for the Liberation of Palestine and the Workers' Party of Belgium sent delegates.",
            "He studied at Heidelberg University and the University of Jena before moving to Vienna.",
        ])
        let organisations = Set(story.organisations.map(\.name))
        #expect(organisations.isSuperset(of: ["Popular Front for the Liberation of Palestine", "Workers' Party of Belgium",
                                              "Heidelberg University", "University of Jena"]), "\(organisations)")
        #expect(story.places.map(\.name) == ["Vienna"])
    }
}
