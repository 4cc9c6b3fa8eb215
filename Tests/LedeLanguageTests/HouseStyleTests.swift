import Foundation
import Testing
import LedeCore
import LedeExtract
@testable import LedeLanguage

/// Fixtures written for Lede in several house styles (Tests/LedeLanguageTests/Fixtures).
@Suite struct HouseStyleTests {
    @Test func wireStyleSaidAfterAndPronouns() throws {
        let story = try StoryFixture.story(fixture: "wire-harbour-strike.txt", published: "2026-03-12T08:00:00Z")
        let table = StoryFixture.table(story)
        #expect(table.map(\.0) == ["Marta Okonkwo", "Marta Okonkwo", "Marta Okonkwo", "Henrik Vale", "Henrik Vale",
                                   "a city official", "Marta Okonkwo"], "\(table)")
        // The headline's quoted phrase is matched to the body quotation that holds it.
        #expect(story.quotes[0].span.block == TextSpan.titleBlock)
        // A speaker the article never names has a description, not a name.
        let official = try #require(story.quotes.first { $0.text.hasPrefix("This is a very difficult week") })
        #expect(official.speaker == nil)
        #expect(official.speakerDescription == "a city official")
        let okonkwo = try #require(story.people.first { $0.name == "Marta Okonkwo" })
        #expect(okonkwo.age == 41)
        #expect(okonkwo.descriptions.contains("crane operator"))
        #expect(story.places.map(\.name).contains("Port Elling"))
        #expect(!story.organisations.map(\.name).contains("ELLING"))
        // "on Tuesday" resolved against the publication date (Thursday 2026-03-12).
        #expect(story.dates.first { $0.text == "on Tuesday" }?.resolved == "2026-03-10")
    }

    @Test func agencyStraightQuotesTitlesAndAccordingTo() throws {
        let story = try StoryFixture.story(fixture: "agency-straight-quotes.txt")
        #expect(StoryFixture.table(story).map(\.0) == ["Ilse Brandt", "Ilse Brandt", "Rafael Monteiro"])
        #expect(story.quotes[0].cue == "told")
        let brandt = try #require(story.people.first { $0.name == "Ilse Brandt" })
        #expect(brandt.age == 58)
        #expect(brandt.descriptions.contains("Governor"))
        #expect(brandt.aliases.contains("Brandt"))
    }

    @Test func twoSpeakersAlternatingByGender() throws {
        let story = try StoryFixture.story(fixture: "broadcaster-alternating.txt")
        #expect(StoryFixture.table(story).map(\.0) == ["Priya Natarajan", "Tom Hadley", "Priya Natarajan", "Tom Hadley"])
        #expect(story.quotes[2].cue == "replied")
    }

    @Test func quotationOverSeveralParagraphs() throws {
        let story = try StoryFixture.story(fixture: "newspaper-long-quote.txt")
        #expect(story.quotes.count == 3)
        #expect(story.quotes.allSatisfy { $0.speaker == "Edith Marlow" })
        // The second paragraph opens a quotation it does not close; the third continues it.
        #expect(!story.quotes[1].continuesPrevious)
        #expect(story.quotes[2].continuesPrevious)
        // "the retired teacher said" is resolved to the person so described.
        #expect(story.quotes[2].cue == "said")
        // One-word "miracle" after a crowd's verb is not a quotation of a speaker.
        #expect(!story.quotes.contains { $0.text.hasPrefix("miracle") })
    }

    /// The bundled example (Examples/harbour-ferry.html): a title before the speaker's name, and
    /// invented places and a company known by their words ("Island", "Port", "Line").
    @Test func bundledExampleTitlesPlacesAndCompanies() throws {
        let bytes = Array(try Data(contentsOf: SharedData.packageRoot.appendingPathComponent("Examples/harbour-ferry.html")))
        let story = StoryBuilder().story(of: try ArticleReader().read(bytes, contentType: "text/html", url: nil))
        #expect(StoryFixture.table(story).map(\.0) == ["Ines Carvalho", "Ines Carvalho", "Tom Reyes"])
        #expect(Set(story.people.map(\.name)) == ["Ines Carvalho", "Tom Reyes", "Priya Nand"])
        #expect(Set(story.places.map(\.name)) == ["Port Avery", "Gull Island"])
        #expect(story.organisations.map(\.name) == ["Harbour Line"])
    }

    /// Phrases before a name's comma that do not describe the person (a time, the object of a
    /// preposition, a possession that is no relation), the pronoun "I", and text in a script without
    /// spaces glued to a capitalised word (Tests/LedeLanguageTests/Fixtures/entity-precision.txt).
    @Test func whatDoesNotDescribeOrNameAPerson() throws {
        let story = try StoryFixture.story(fixture: "entity-precision.txt")
        let people = Dictionary(uniqueKeysWithValues: story.people.map { ($0.name, $0) })
        #expect(Set(people.keys) == ["Mara Quill", "Tom Price", "Ivo Price", "Ana Ferreira"], "\(people.keys)")
        // "Last week, Mara Quill", "In a statement, Tom Price", "everyone in the town, Quill said".
        #expect(people["Mara Quill"]?.descriptions == [])
        #expect(people["Tom Price"]?.descriptions == [])
        // A real apposition still counts.
        #expect(people["Ivo Price"]?.descriptions.contains("engineer from the north quay") == true)
        // "Her company, Harbour Works": an organisation, not a relation of anyone.
        #expect(story.organisations.map(\.name).contains("Harbour Works"))
        // Led by initials: a body or a product, not a person.
        #expect(story.organisations.map(\.name).contains("BKT Marine"))
    }
}
