import Foundation
import Testing
@testable import LedeCore

@Suite struct ArticleCodingTests {
    @Test func blocksRoundTripThroughJSONWithTypeTags() throws {
        let article = Article(title: "A title", authors: ["Jane Roe"], blocks: [
            .paragraph("First."),
            .heading(level: 2, text: "Section"),
            .quote("Quoted."),
            .list(ordered: true, items: ["one", "two"]),
            .figure(Figure(image: "https://example.com/a.jpg", caption: "A caption", credit: "Photo: Someone")),
        ], removed: [Removal(reason: .promo, text: "Get the app", detail: "line 3")])
        let data = try JSONEncoder().encode(article)
        let json = try #require(JSONSerialization.jsonObject(with: data) as? [String: Any])
        let blocks = try #require(json["blocks"] as? [[String: Any]])
        #expect(blocks.map { $0["type"] as? String } == ["paragraph", "heading", "quote", "list", "figure"])
        #expect(blocks[4]["credit"] as? String == "Photo: Someone")
        let removed = try #require(json["removed"] as? [[String: Any]])
        #expect(removed.first?["reason"] as? String == "promo")
        #expect(try JSONDecoder().decode(Article.self, from: data) == article)
    }

    @Test func unknownBlockTypeIsRejected() {
        let json = #"{"title":"t","authors":[],"blocks":[{"type":"banner","text":"x"}],"removed":[]}"#
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Article.self, from: Data(json.utf8)) }
    }

    @Test func bodyTextSkipsFigures() {
        let article = Article(title: "t", blocks: [.paragraph("One."), .figure(Figure(caption: "c")), .paragraph("Two.")])
        #expect(article.bodyText == "One.\n\nTwo.")
        #expect(article.figures.count == 1)
        #expect(article.textBlocks.map(\.index) == [0, 2])
    }
}
