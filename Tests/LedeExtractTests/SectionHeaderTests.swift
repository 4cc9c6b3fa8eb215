import Foundation
import Testing
@testable import LedeCore
@testable import LedeExtract

/// A `<header>` inside a `<section>` or `<article>` heads that part of the article; the page's
/// own `<header>` (site name, menu) is still dropped. The page is written for this test.
@Suite struct SectionHeaderTests {
    @Test func aSectionsHeaderIsReadAndThePageHeaderIsNot() throws {
        let steps = [
            ("Step one: soak the seeds", "Leave the seeds in warm water overnight so that the hard coat softens and the first root can push through it."),
            ("Step two: sow them shallow", "Press each seed into damp compost no deeper than its own width, and cover the tray with glass until the shoots show."),
            ("Step three: harden them off", "Put the seedlings outside for an hour on the first day and a little longer every day after, bringing them in at night."),
        ]
        let sections = steps.map { "<section><header><h2>\($0.0)</h2></header><p>\($0.1)</p></section>" }.joined()
        let html = "<html lang=\"en\"><head><title>Growing sweet peas from seed</title></head><body>"
            + "<header><a href=\"/\">Garden Weekly</a> <a href=\"/shop\">Shop</a> Seasonal tips for small plots</header>"
            + "<h1>Growing sweet peas from seed</h1><div class=\"guide\">" + sections + "</div></body></html>"
        let a = try ArticleReader().read(Array(html.utf8), url: nil)
        for (heading, text) in steps {
            #expect(a.bodyText.contains(heading))
            #expect(a.bodyText.contains(text))
        }
        #expect(!a.bodyText.contains("Seasonal tips for small plots"))
    }
}
