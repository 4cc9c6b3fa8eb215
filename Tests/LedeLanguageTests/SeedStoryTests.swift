import Testing
import LedeCore
@testable import LedeLanguage

/// The story of ../shared/seed/belarus-volunteers.txt as `belarus-volunteers.expected.md` states it.
@Suite(.enabled(if: SharedData.path("seed/belarus-volunteers.txt") != nil, "../shared/seed is not on this machine"))
struct SeedStoryTests {
    @Test func quotationsAndSpeakers() throws {
        let story = try #require(try StoryFixture.seedStory())
        // The expected file's table: quotation start and speaker, in order.
        let expected: [(String, String)] = [
            ("Vadim Prokopiev", "A long journey"),
            ("Alexander Lukashenko", "big brother"),
            ("Vadim Prokopiev", "We understand that it’s a long journey"),
            ("Vadim Prokopiev", "When the Ukraine war will be eventually over"),
            ("Vadim Prokopiev", "Power from Lukashenko can only be taken by force"),
            ("Alexander Lukashenko", "crazy Belarusian citizens"),
            ("Ales", "but to make Belarus independent."),
            ("Pavel Kukhta", "If Putin is defeated, Lukashenko will be defeated"),
        ]
        try #require(story.quotes.count == expected.count, "\(StoryFixture.table(story))")
        for (q, e) in zip(story.quotes, expected) {
            #expect(q.speaker == e.0, "\(q.text)")
            #expect(q.text.hasPrefix(e.1), "\(q.text)")
        }
        #expect(story.quotes[0].span.block == TextSpan.titleBlock)
        // A name and a scare quote are not quotations.
        #expect(!story.quotes.contains { $0.text.contains("Pahonia") || $0.text.contains("velvet revolution") })
    }

    @Test func quoteSpansPointAtTheirWords() throws {
        let story = try #require(try StoryFixture.seedStory())
        for q in story.quotes where q.span.block >= 0 {
            let text = try #require(story.article.blocks[q.span.block].text)
            let chars = Array(text)
            #expect(String(chars[q.span.charStart..<q.span.charEnd]).hasPrefix(q.text))
        }
    }

    @Test func peoplePlacesOrganisations() throws {
        let story = try #require(try StoryFixture.seedStory())
        let people = Set(story.people.map(\.name))
        #expect(people == ["Vadim Prokopiev", "Alexander Lukashenko", "Vladimir Putin", "Volodymyr Zelenskyy", "Ales",
                           "Aliaksiej Skoblia", "Pavel Kukhta", "Nikita Krivtsov", "Matthew Parker", "Dariusz Tomysek"])
        func person(_ n: String) throws -> Person { try #require(story.people.first { $0.name == n }) }
        #expect(try person("Vadim Prokopiev").age == 50)
        #expect(try person("Vadim Prokopiev").descriptions.contains("businessman"))
        #expect(try person("Ales").age == 19)
        #expect(try person("Pavel Kukhta").age == 24)
        #expect(try person("Aliaksiej Skoblia").descriptions.contains("deputy commander"))
        #expect(try person("Nikita Krivtsov").descriptions.contains { $0.hasPrefix("half-brother") })
        #expect(try person("Alexander Lukashenko").descriptions.contains { $0.contains("President") })
        #expect(try person("Alexander Lukashenko").aliases.contains("Lukashenko"))
        #expect(try person("Matthew Parker").inCaptionsOnly)
        #expect(try person("Dariusz Tomysek").inCaptionsOnly)
        #expect(!(try person("Vadim Prokopiev").inCaptionsOnly))

        #expect(Set(story.places.map(\.name)) == ["Belarus", "Ukraine", "Russia", "Poland", "Warsaw", "Minsk", "Kyiv", "Donbas"])
        #expect(Set(story.organisations.map(\.name)) == ["Pahonia", "Kastus Kalinouski",
                                                          "International Legion for the Territorial Defense of Ukraine",
                                                          "KGB", "The Associated Press", "NATO", "Belarus House"])
    }

    @Test func sentencesCoverTitleAndBody() throws {
        let story = try #require(try StoryFixture.seedStory())
        #expect(story.sentences.first?.span.block == TextSpan.titleBlock)
        #expect(story.sentences.contains { $0.text == "It is a dangerous mission." })
        #expect(story.sentences.contains { $0.text == "“Power from Lukashenko can only be taken by force,” he said." })
        // Captions are not sentences of the story (narration never reads them in the body).
        #expect(!story.sentences.contains { $0.text.contains("shooting range near Warsaw") })
    }
}
