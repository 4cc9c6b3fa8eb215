import Foundation
import Testing
@testable import LedeCore

@Suite struct StoryCodingTests {
    /// A story stored before stories held their captions' sentences still reads, with none.
    @Test func storyWithoutCaptionsDecodesWithNone() throws {
        let json = #"""
        {"article":{"title":"Ferry back","authors":[],"blocks":[{"type":"paragraph","text":"It sailed."}],"removed":[]},
         "sentences":[{"id":0,"span":{"block":0,"charStart":0,"charEnd":10},"text":"It sailed."}],
         "quotes":[],"people":[],"places":[],"organisations":[],"dates":[]}
        """#
        let story = try JSONDecoder().decode(Story.self, from: Data(json.utf8))
        #expect(story.captions.isEmpty)
        #expect(story.sentences.map(\.text) == ["It sailed."])
    }

    @Test func captionsRoundTrip() throws {
        let caption = Sentence(id: 0, span: TextSpan(block: 1, charStart: 0, charEnd: 14), text: "Boats at dawn.")
        let story = Story(article: Article(title: "t", blocks: [.paragraph("One."), .figure(Figure(caption: "Boats at dawn."))]),
                          captions: [caption])
        let decoded = try JSONDecoder().decode(Story.self, from: JSONEncoder().encode(story))
        #expect(decoded.captions == [caption])
    }
}
