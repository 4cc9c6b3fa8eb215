import Foundation
import Testing
@testable import LedeCore
@testable import LedeExtract

/// The HTML path on pages written for these tests.
@Suite struct HTMLExtractionTests {
    static func example() throws -> Article {
        let bytes = Array(try Data(contentsOf: SharedData.packageRoot.appendingPathComponent("Examples/harbour-ferry.html")))
        return try ArticleReader().read(bytes, contentType: "text/html", url: "https://courier.example/x")
    }

    @Test func metadataOfTheBundledExample() throws {
        let a = try Self.example()
        #expect(a.title == "Night ferry returns to Port Avery after 12-year gap")
        #expect(a.authors == ["Maren Oduya"])
        #expect(a.published == "2026-03-14T06:30:00Z")
        #expect(a.modified == "2026-03-14T09:10:00Z")
        #expect(a.publisher == "The Avery Courier")
        #expect(a.language == "en")
        #expect(a.url == "https://courier.example/2026/03/14/night-ferry-returns")
        #expect(a.image == "https://courier.example/img/ferry-dock.jpg")
        #expect(a.subtitle?.hasPrefix("The Harbour Line") == true)
    }

    @Test func bodyKeepsProseHeadingsAndFiguresInOrder() throws {
        let a = try Self.example()
        #expect(a.blocks.map(\.kind) == ["paragraph", "paragraph", "figure", "paragraph", "heading", "paragraph", "paragraph", "paragraph"])
        let figure = try #require(a.figures.first)
        #expect(figure.image == "https://courier.example/img/kittiwake-deck.jpg")
        #expect(figure.caption == "Volunteers paint the deck rail of the Kittiwake at Port Avery on March 2, 2026.")
        #expect(figure.credit == "Jonas Lind/The Avery Courier")
        #expect(a.bodyText.contains("42-metre Kittiwake"))
    }

    @Test func furnitureIsRemovedWithReasons() throws {
        let a = try Self.example()
        let body = a.bodyText
        for junk in ["Share on social", "HARBOUR BUDGET VOTE", "Courier Morning newsletter", "Great news for the island", "All rights reserved", "We use cookies", "Sport", "You can now listen"] {
            #expect(!body.contains(junk), "\(junk) leaked into the body")
        }
        let reasons = Set(a.removed.map(\.reason))
        for r: Removal.Reason in [.navigation, .share, .relatedLink, .promo, .comments, .consent] {
            #expect(reasons.contains(r), "no removal with reason \(r.rawValue)")
        }
        #expect(a.removed.allSatisfy { !$0.text.isEmpty && $0.detail != nil })
    }

    @Test func lazyImagesListsAndQuotes() throws {
        let page = """
        <html><head><title>Storm closes schools | Daily</title></head><body><main>
        <h1>Storm closes schools across the county</h1>
        <p>All schools in the county closed on Monday as the storm brought winds of up to 90 mph, officials said.</p>
        <figure><img data-src="/p/storm.jpg" src="data:image/gif;base64,R0lGOD"><figcaption>A fallen tree on Mill Road. (AP Photo/Sam Reed)</figcaption></figure>
        <p>Officials listed the closures on the county website and asked parents to check again on Tuesday morning.</p>
        <ul><li>Bus services are suspended until further notice.</li><li>Libraries will open late, at noon, to let staff travel safely.</li></ul>
        <blockquote>We would rather lose a day of school than risk a child's safety on the roads.</blockquote>
        <p>The storm is expected to pass by Wednesday, forecasters said, with calmer weather later in the week.</p>
        </main></body></html>
        """
        let a = try ArticleReader().read(Array(page.utf8), url: "https://daily.example/news/storm")
        #expect(a.title == "Storm closes schools across the county")
        let f = try #require(a.figures.first)
        #expect(f.image == "https://daily.example/p/storm.jpg")
        #expect(f.caption == "A fallen tree on Mill Road.")
        #expect(f.credit == "AP Photo/Sam Reed")
        #expect(a.blocks.contains(.list(ordered: false, items: ["Bus services are suspended until further notice.", "Libraries will open late, at noon, to let staff travel safely."])))
        #expect(a.blocks.contains(.quote("We would rather lose a day of school than risk a child's safety on the roads.")))
    }
}
