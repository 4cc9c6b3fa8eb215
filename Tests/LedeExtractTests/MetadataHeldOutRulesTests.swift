import Foundation
import Testing
@testable import LedeCore
@testable import LedeExtract

/// Metadata rules of issue 12's held-out round, each on a page written for this test.
@Suite struct MetadataHeldOutRulesTests {
    static func read(_ head: String, _ body: String = "", url: String? = nil) throws -> Article {
        try MetadataTests.read(head, body, url: url)
    }

    @Test func aCanonicalLinkThatIsNoAddressGivesWayToTheOpenGraphURL() throws {
        // The CMS printed the headline where the address belongs; the date in og:url is the page's.
        let head = """
            <link rel="canonical" href="How the orchard survived the frost">
            <meta property="og:url" content="https://orchard.example/blog/2023/october/03/orchard-frost">
            """
        let a = try Self.read(head, "<h1>How the orchard survived the frost</h1><div class=\"post-time\">03/10/2023</div>")
        #expect(a.published == "2023-10-03")
        #expect(a.url == "https://orchard.example/blog/2023/october/03/orchard-frost")
        #expect(MetaTags.isAddress("https://orchard.example/a") && MetaTags.isAddress("/a/b") && MetaTags.isAddress("story.html"))
        #expect(!MetaTags.isAddress("How the orchard survived the frost") && !MetaTags.isAddress(""))
    }

    /// The byte-reading path for ASCII addresses answers as the Character searches do.
    @Test(arguments: [
        "https://orchard.example/a", "http://", "https://x y", "/a/b", "/a b", "story.html", "story", "", "   ",
        "  http://x.example  ", "a\r\nb.html", "\t/path", "a.", ".", "x y.z", "HTTP://UPPER", "naïve.html",
        "/café", "How the orchard survived the frost", "orchard frost é", "e\u{301}.html",
    ])
    func anASCIIAddressIsJudgedAsCharacterSearchesJudgeIt(_ href: String) {
        #expect(MetaTags.isAddress(href) == MetaTags.isAddressByCharacters(href.trimmingSpaces))
    }

    @Test func aLabelWithNoSpaceIsNotPartOfTheName() {
        #expect(Byline.split("Authors:Mira Sol, Ode Karst") == ["Mira Sol", "Ode Karst"])
        #expect(Byline.split("Author:Mira Sol") == ["Mira Sol"])
    }
}
