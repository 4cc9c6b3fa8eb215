import Foundation
import LedeCore
import LedeExtract
import LedeLanguage

/// Reads a text fixture or the seed through the real extraction path and builds its story.
enum StoryFixture {
    static func story(fixture name: String, published: String? = nil) throws -> Story {
        var article = try ArticleReader().read(try Fixture.bytes(name))
        if let published { article.published = published }
        return StoryBuilder().story(of: article)
    }

    static func seedStory() throws -> Story? {
        guard let path = SharedData.path("seed/belarus-volunteers.txt") else { return nil }
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        return StoryBuilder().story(of: try ArticleReader().read(bytes))
    }

    /// (speaker, start of the quotation) in order.
    static func table(_ story: Story) -> [(String, String)] {
        story.quotes.map { ($0.speaker ?? $0.speakerDescription ?? "-", String($0.text.prefix(24))) }
    }
}
