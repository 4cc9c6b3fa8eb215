import Foundation
import Testing
@testable import LedeCore
@testable import LedeExtract

/// A box whose class clips overflow ("overflow-hidden") is visible: when it holds the article's
/// prose it is read, while a clipped carousel of short cards and a box the page hides are still
/// dropped. The page is written for this test.
@Suite struct ClippedBoxTests {
    static let title = "Ferry service returns to the northern islands"
    static let opening = "The first crossing in three years left the harbour at dawn, with forty passengers, two cars and a crate of mail for the school."
    static let body = [
        "The council bought the boat second hand from a yard in the south and spent the summer refitting its engines, its deck and its small galley.",
        "Crews trained on the route for six weeks, learning the tides around the headland, where the old service had twice run aground in storms.",
        "Islanders say the crossing will bring back the weekly market, the visiting doctor and the teachers who stopped coming when the road was the only way.",
        "The timetable runs to three crossings a day in summer and one in winter, weather allowing, with a booking office reopened on the quay.",
    ]

    /// The opening paragraph sits alone in a clipped box of its own; the rest of the article
    /// follows in a second box of the same template; `extra` goes after it.
    static func page(openingBox: String, extra: String = "") throws -> Article {
        let first = "<section class=\"part\"><div class=\"\(openingBox)\"><p>\(opening)</p></div></section>"
        let rest = "<section class=\"part\"><div class=\"box\">" + body.map { "<p>\($0)</p>" }.joined() + "</div></section>"
        let html = "<html lang=\"en\"><head><title>\(title)</title></head><body><h1>\(title)</h1><div class=\"column\">"
            + first + rest + extra + "</div></body></html>"
        return try ArticleReader().read(Array(html.utf8), url: nil)
    }

    @Test func proseInAClippedBoxIsRead() throws {
        for cls in ["box overflow-hidden", "vds-box vds-overflow_hidden", "box overflow-x-hidden"] {
            let a = try Self.page(openingBox: cls)
            #expect(a.bodyText.contains("The first crossing in three years"), "\(cls)")
            #expect(a.bodyText.contains("booking office reopened on the quay"))
        }
    }

    @Test func aBoxThePageHidesIsStillDropped() throws {
        let a = try Self.page(openingBox: "box hidden")
        #expect(!a.bodyText.contains("The first crossing in three years"))
        #expect(a.bodyText.contains("booking office reopened on the quay"))
    }

    @Test func aClippedCarouselOfShortCardsIsStillDropped() throws {
        let cards = "<div class=\"slider overflow-hidden\"><ul>"
            + ["Harbour View Inn", "Rated 4.8", "From $120", "Quayside Rooms", "Rated 4.5", "From $95"].map { "<li>\($0)</li>" }.joined()
            + "</ul></div>"
        let a = try Self.page(openingBox: "box", extra: cards)
        #expect(!a.bodyText.contains("Harbour View Inn"))
        #expect(a.bodyText.contains("The first crossing in three years"))
    }
}
