import Foundation
import Testing
@testable import LedeCore
@testable import LedeExtract

/// Elements set inside a sentence (a name drawn as a button, a link whose class says
/// "recommendation") are words of the sentence, while the same elements standing alone are still
/// removed. The page is written for this test.
@Suite struct InlineRunTests {
    static let title = "Orchard trust buys the old cider press"
    static let filler = [
        "The trust signed for the press on Friday, after a year of raising money from members, grants and a long series of village suppers.",
        "Volunteers will take the press apart over the winter, clean every part, and rebuild it in the barn beside the visitor centre by spring.",
        "The first pressing, planned for the autumn, will use apples from the trust's own trees and from gardens across the valley.",
        "Tickets for the opening day, which will include tours of the barn and a talk on the history of the press, go on sale next month.",
    ]

    static func page(_ middle: String) throws -> Article {
        let body = "<h1>\(title)</h1><div class=\"story\">"
            + filler.prefix(2).map { "<p>\($0)</p>" }.joined() + middle
            + filler.suffix(2).map { "<p>\($0)</p>" }.joined() + "</div>"
        let html = "<html lang=\"en\"><head><title>\(title)</title></head><body>\(body)</body></html>"
        return try ArticleReader().read(Array(html.utf8), url: nil)
    }

    @Test func aNameSetAsAButtonInASentenceIsKeptWithItsSpaces() throws {
        // No space between the words and the button in the markup: the button's box parts them.
        let a = try Self.page("<p>“It was the last press of its kind in the county,” said trust chair<button class=\"profile-launcher\" title=\"Ines Marlow\">Ines Marlow,</button> who led the appeal.</p>")
        #expect(a.bodyText.contains("said trust chair Ines Marlow, who led the appeal."))
        #expect(!a.removed.contains { $0.text.contains("Ines Marlow") })
    }

    @Test func aHintedLinkInASentenceIsKept() throws {
        let a = try Self.page("<p>Members who want to help can read the <a class=\"recommendation-inline-link\" href=\"/guide\">volunteer guide</a> before the first work day.</p>")
        #expect(a.bodyText.contains("can read the volunteer guide before the first work day."))
    }

    @Test func theSameElementsStandingAloneAreStillRemoved() throws {
        let a = try Self.page("<button class=\"share\">Share this story</button><div class=\"recommendation\"><a href=\"/other\">Another story about orchards and presses</a></div><p>Prices will be set by the board.<button>Copy link</button></p>")
        #expect(!a.bodyText.contains("Share this story"))
        #expect(!a.bodyText.contains("Another story about orchards"))
        #expect(!a.bodyText.contains("Copy link"))
        #expect(a.bodyText.contains("Prices will be set by the board."))
        #expect(a.removed.contains { $0.text.contains("Share this story") })
    }
}
