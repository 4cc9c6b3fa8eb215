import Foundation
import Testing
@testable import LedeCore
@testable import LedeExtract

/// The content rules added for page builders and reading aids, each on a page written for it.
@Suite struct ContentRulesTests {
    static let paragraphs = [
        "The harbour board met on Tuesday evening to decide, after months of argument, whether the old ferry slip should be rebuilt or closed for good.",
        "Fishermen, who use the slip at dawn, told the board that closing it would add an hour to every trip, and that the costs would fall on the smallest boats.",
        "The engineer's report, read aloud by the chair, found the timber piles sound but the deck rotten, and put the repair at a little under two million.",
        "After a long debate, and a vote that split the board down the middle, the chair cast the deciding vote for the repair, to applause from the gallery.",
        "Work on the new deck, which will use recycled hardwood from the old pier, is due to start in April and should take about five months to finish.",
        "During the works, the morning ferry will leave from the north quay, a walk of ten minutes from the usual stop, and the timetable will not change.",
        "The board also agreed, without a vote, to repaint the waiting room, fix the clock above the ticket office, and replace the broken bench by the gate.",
        "A public meeting on the plans, with drawings and a model of the new slip, will be held in the school hall on the first Saturday of next month.",
    ]

    static func read(_ body: String, head: String = "<title>Harbour board votes to rebuild the ferry slip</title>") throws -> Article {
        let page = "<html lang=\"en\"><head>\(head)</head><body>\(body)</body></html>"
        return try ArticleReader().read(Array(page.utf8), url: nil)
    }

    static func p(_ i: Int) -> String { "<p>\(paragraphs[i])</p>" }

    @Test func elementorTextBlocksAreContentAndItsPostListIsNot() throws {
        let block = { (i: Int) in "<div class=\"elementor-element elementor-widget elementor-widget-text-editor\"><div class=\"elementor-widget-container\">\(Self.p(i))</div></div>" }
        let posts = "<div class=\"elementor-element elementor-widget elementor-widget-posts\"><div class=\"elementor-widget-container\">"
            + (0..<6).map { "<article><h3><a href=\"/post\($0)\">Another story number \($0) about the harbour</a></h3><p>A long excerpt of another story from the same site, about boats and the weather, number \($0), with a comma, and more.</p></article>" }.joined()
            + "</div></div>"
        let a = try Self.read("<h1>Harbour board votes to rebuild the ferry slip</h1><div class=\"elementor\">\((0..<4).map(block).joined())\(posts)</div>")
        for para in Self.paragraphs.prefix(4) { #expect(a.bodyText.contains(para)) }
        #expect(!a.bodyText.contains("Another story number"))
    }

    @Test func widgetInsideAClassNameIsAComponent() throws {
        let body = "<h1>Harbour board votes to rebuild the ferry slip</h1><div class=\"story\">\(Self.p(0))\(Self.p(1))<div class=\"c-product-widget__product\"><div class=\"c-product-widget__content\">\(Self.p(2))</div></div>\(Self.p(3))</div><div class=\"widget widget_recent\"><a href=\"/a\">Recent: other news</a></div>"
        let a = try Self.read(body)
        #expect(a.bodyText.contains(Self.paragraphs[2]))
        #expect(!a.bodyText.contains("Recent: other news"))
    }

    @Test func headerHoldingTheArticleIsKept() throws {
        let body = "<div><h1>Harbour board votes to rebuild the ferry slip</h1></div><header class=\"section-landing\"><div class=\"richtext\">\((0..<8).map(Self.p).joined())</div></header><header class=\"site\"><a href=\"/\">Home</a> <a href=\"/news\">News</a></header>"
        let a = try Self.read(body)
        for para in Self.paragraphs { #expect(a.bodyText.contains(para)) }
        #expect(!a.bodyText.contains("Home News"))
    }

    @Test func climbFromOneListItemToTheGuide() throws {
        // The best-scored block is one item's body; the guide holding all items is four levels up.
        // Each panel adds a block of specifications (short labels, not prose) beside the body, so
        // the panel alone does not hold clearly more prose than the body.
        let specs = (1...20).map { "<span>Spec \($0): 12 kg</span>" }.joined()
        let item = { (i: Int) in "<article class=\"item\"><div class=\"panels\"><div class=\"panel\"><h3>Step \(i + 1)</h3><div class=\"specs\">\(specs)</div><div class=\"item-body\">\(Self.p(i))<p>More on step \(i + 1), with detail, numbers, and a note from the harbour master on the timing.</p></div></div></div></article>" }
        let body = "<h1>Harbour board votes to rebuild the ferry slip</h1><div class=\"guide\">\((0..<4).map(item).joined())</div>"
            + "<nav>" + String(repeating: "<a href=\"/x\">Link to another section of the site</a> ", count: 60) + "</nav>"
        let a = try Self.read(body)
        for para in Self.paragraphs.prefix(4) { #expect(a.bodyText.contains(para)) }
    }

    @Test func collapsedAccordionPanelIsContent() throws {
        let body = "<h1>Harbour board votes to rebuild the ferry slip</h1><div class=\"post\">\(Self.p(0))\(Self.p(1))<div class=\"accordion-panel accordion-panel-hidden\">\(Self.p(2))</div>\(Self.p(3))</div>"
        let a = try Self.read(body)
        #expect(a.bodyText.contains(Self.paragraphs[2]))
        // A plainly hidden block is still furniture.
        let hidden = try Self.read("<h1>Harbour board votes to rebuild the ferry slip</h1><div class=\"post\">\(Self.p(0))\(Self.p(1))<div class=\"hidden\"><p>Secret promo text for robots only, not for readers.</p></div>\(Self.p(3))</div>")
        #expect(!hidden.bodyText.contains("Secret promo"))
    }

    @Test func readingAidsAndPlaceholdersAreDropped() {
        #expect(Boilerplate.reason(for: "Table of Contents") == .navigation)
        #expect(Boilerplate.reason(for: "Skip to content") == .navigation)
        #expect(Boilerplate.reason(for: "6 min read") == .boilerplate)
        #expect(Boilerplate.reason(for: "Reading time: 4 minutes") == .boilerplate)
        #expect(Boilerplate.reason(for: "Copied!") == .share)
        #expect(Boilerplate.reason(for: "Check Price at Amazon") == .promo)
        #expect(Boilerplate.reason(for: "Loading paragraph...") == .boilerplate)
        #expect(Boilerplate.reason(for: "Lorem ipsum dolor sit amet, " + String(repeating: "consectetur adipiscing elit, ", count: 10)) == .boilerplate)
        #expect(Boilerplate.reason(for: "Updated: December 14, 2025") == .boilerplate)
        // Sentences that hold those words are prose.
        #expect(Boilerplate.reason(for: "The contents of the shed were sold on December 14, 2025.") == nil)
        #expect(Boilerplate.reason(for: "Should you buy now or wait for spring?") == nil)
        #expect(Boilerplate.reason(for: "It takes 6 minutes to read the tide table.") == nil)
    }

    @Test func bylineLineInTheBodyIsDropped() throws {
        let body = "<h1>Harbour board votes to rebuild the ferry slip</h1><div class=\"post\"><p>Mara Quill</p>\((0..<4).map(Self.p).joined())</div>"
        let a = try Self.read(body, head: "<title>Harbour board votes to rebuild the ferry slip</title><meta name=\"author\" content=\"Mara Quill\">")
        #expect(a.authors == ["Mara Quill"])
        #expect(!a.bodyText.contains("Mara Quill"))
        #expect(a.bodyText.contains(Self.paragraphs[0]))
    }

    @Test func governmentSiteBannerIsNotTheArticle() throws {
        let banner = "<section class=\"usa-banner\"><div class=\"usa-media-block__body\"><p>Official websites use .gov, and a .gov website belongs to an official government organization in the United States, of course.</p></div></section>"
        let a = try Self.read("<div class=\"page\">" + banner + "<h1>Harbour board votes to rebuild the ferry slip</h1>\((0..<4).map(Self.p).joined())</div>")
        #expect(!a.bodyText.contains("Official websites"))
        #expect(a.bodyText.contains(Self.paragraphs[3]))
    }

    @Test func newsTickerIsDroppedButABreakingNewsStoryIsNot() throws {
        let ticker = "<div class=\"breaking-news\"><ul>" + (1...6).map { "<li><a href=\"/s\($0)\">Another headline number \($0) from the wire today</a> CITY: A first line of story \($0).</li>" }.joined() + "</ul></div>"
        let a = try Self.read("<div class=\"page\"><h1>Harbour board votes to rebuild the ferry slip</h1>\((0..<4).map(Self.p).joined())\(ticker)</div>")
        #expect(!a.bodyText.contains("Another headline number"))
        let story = try Self.read("<h1>Harbour board votes to rebuild the ferry slip</h1><div class=\"article-inner-content-breaking-news\">\(Self.p(0))\(Self.p(1))</div>")
        #expect(story.bodyText.contains(Self.paragraphs[1]))
    }

    @Test func embeddedPostIsKeptAndAShareBarIsNot() throws {
        let embed = "<div class=\"social-media-embed\"><blockquote class=\"twitter-tweet\"><p>The new deck will be hardwood from the old pier, they said tonight.</p>&mdash; Harbour Watch (@harbourwatch)</blockquote></div>"
        let share = "<div class=\"social-share\"><a href=\"/s/fb\">Share on the social network</a></div>"
        let a = try Self.read("<h1>Harbour board votes to rebuild the ferry slip</h1><div class=\"story\">\(Self.p(0))\(Self.p(1))\(embed)\(Self.p(2))\(share)</div>")
        #expect(a.bodyText.contains("hardwood from the old pier, they said tonight"))
        #expect(!a.bodyText.contains("Share on the social network"))
    }

    @Test func hoverCardOnANameIsDropped() throws {
        let card = "<span class=\"rollover-people\"><a href=\"/people/mara-quill\">Mara Quill</a><span class=\"rollover-people-block\"><span class=\"rollover-block\"><a href=\"/people/mara-quill\">Mara Quill</a> <a href=\"/a1\">Quill opposes the dredging plan</a> <a href=\"/a2\">Council race heats up</a> MORE</span></span></span>"
        let body = "<h1>Harbour board votes to rebuild the ferry slip</h1><div class=\"story\"><p>The chair, \(card), cast the deciding vote for the repair, to applause from the gallery, after a long debate.</p>\((1..<4).map(Self.p).joined())</div>"
        let a = try Self.read(body)
        #expect(a.bodyText.contains("The chair, Mara Quill, cast the deciding vote"))
        #expect(!a.bodyText.contains("Council race heats up"))
    }

    @Test func headingInsideALinkIsATeaserButAHeadingWithALinkIsNot() throws {
        let cards = (1...3).map { "<article class=\"m-card\"><a href=\"/news/other-\($0)\"><h2>Another harbour story number \($0)</h2></a></article>" }.joined()
        let body = "<h1>Harbour board votes to rebuild the ferry slip</h1><div class=\"story\">\(Self.p(0))\(Self.p(1))<h2><a href=\"/report.pdf\">The engineer's report</a></h2>\(Self.p(2))\(Self.p(3))<div class=\"strip\">\(cards)</div></div>"
        let a = try Self.read(body)
        #expect(!a.bodyText.contains("Another harbour story number"))
        #expect(a.blocks.contains(.heading(level: 2, text: "The engineer's report")))
    }

    @Test func namedBodyIsNotLeftForAWrapperOfTeasers() throws {
        // The wrapper holds the body and, below it, teaser cards whose summaries are unlinked
        // prose: more prose than the body, but not part of it.
        let teasers = (1...5).map { "<div class=\"card\"><a href=\"/n/\($0)\">Other story \($0)</a><div>A summary of another story from the same site, number \($0), with a comma, about a town far away from the harbour, and its council, and its weather.</div></div>" }.joined()
        let body = "<div class=\"inner\"><h1>Harbour board votes to rebuild the ferry slip</h1><div class=\"article_body\">\((0..<3).map(Self.p).joined())</div><div class=\"top\">\(teasers)</div></div>"
        let a = try Self.read(body)
        for para in Self.paragraphs.prefix(3) { #expect(a.bodyText.contains(para)) }
        #expect(!a.bodyText.contains("A summary of another story"))
    }

    @Test func bodySplitAroundAnAdIsReadWhole() throws {
        // Parts of one body share a class but sit in different wrappers, with an ad row between.
        let part = { (r: Range<Int>) in "<div class=\"grid\"><div class=\"body__container article__body\">\(r.map(Self.p).joined())</div><aside class=\"rail\"><a href=\"/x\">Elsewhere</a></aside></div>" }
        let body = "<h1>Harbour board votes to rebuild the ferry slip</h1><div class=\"chunks\">\(part(0..<3))<div class=\"row ad\"><span>Advertisement</span></div>\(part(3..<6))</div><div class=\"more\">\((1...6).map { "<p>Another summary number \($0), with a comma, of another story about a different harbour entirely, and its boats.</p>" }.joined())</div>"
        let a = try Self.read(body)
        for para in Self.paragraphs.prefix(6) { #expect(a.bodyText.contains(para)) }
        #expect(!a.bodyText.contains("Another summary number"))
    }

    @Test func headlineRepeatedInTheBodyIsDroppedWithItsReason() throws {
        let a = try Self.read("<div class=\"story\"><h1>Harbour board votes to rebuild the ferry slip</h1>\((0..<4).map(Self.p).joined())</div>")
        #expect(a.removed.contains { $0.reason == .duplicateHeadline && $0.text == "Harbour board votes to rebuild the ferry slip" })
        #expect(!a.blocks.contains { if case .heading = $0 { return true }; return false })
    }

    @Test func tableInsideAFigureIsReadARowALine() throws {
        // WordPress wraps every table block in a <figure>: read as text run together, the cells'
        // words would be glued ("PierMetres", "North quay120").
        let rows = [("North quay", "120"), ("Ferry slip", "45"), ("Old pier", "300")]
        let table = "<figure class=\"wp-block-table\"><table><thead><tr><th>Pier</th><th>Metres</th></tr></thead><tbody>"
            + rows.map { "<tr><td>\($0.0)</td><td>\($0.1)</td></tr>" }.joined() + "</tbody></table></figure>"
        let a = try Self.read("<h1>Harbour board votes to rebuild the ferry slip</h1><div class=\"story\">\(Self.p(0))\(Self.p(1))\(table)\(Self.p(2))\(Self.p(3))</div>")
        #expect(a.bodyText.contains("Pier | Metres"))
        for (name, metres) in rows { #expect(a.bodyText.contains("\(name) | \(metres)")) }
        #expect(!a.bodyText.contains("PierMetres"))
        #expect(a.bodyText.contains(Self.paragraphs[3]))
    }

    @Test func captionsOfImagesWithoutAnAddressAreNotParagraphs() throws {
        // One <figcaption> outside any <figure>, one under an image whose address a script fills in.
        let loose = "<div class=\"media\"><img alt=\"\"><div><figcaption><span class=\"credit\">Mira Okafor Photography</span></figcaption></div></div>"
        let scripted = "<figure><img class=\"lazyload\" alt=\"The slip at low tide\"><figcaption><span class=\"caption-owner\"><p>Harbour Archive | Tidewater Images</p></span></figcaption></figure>"
        let a = try Self.read("<h1>Harbour board votes to rebuild the ferry slip</h1><div class=\"story\">\(Self.p(0))\(loose)\(Self.p(1))\(scripted)\(Self.p(2))\(Self.p(3))</div>")
        #expect(!a.bodyText.contains("Mira Okafor Photography"))
        #expect(!a.bodyText.contains("Tidewater Images"))
        for para in Self.paragraphs.prefix(4) { #expect(a.bodyText.contains(para)) }
        let credits = a.blocks.compactMap { if case .figure(let f) = $0 { return [f.caption, f.credit].compactMap { $0 }.joined(separator: " ") }; return nil }
        #expect(credits.contains { $0.contains("Mira Okafor Photography") })
        #expect(credits.contains { $0.contains("Tidewater Images") })
    }
    @Test func authorsBiographyUnderTheArticleIsDroppedWithItsReason() throws {
        // The author is declared in the head; the box under the article tells who she is.
        let head = "<title>Harbour board votes to rebuild the ferry slip</title><meta name=\"author\" content=\"Odile Marchetti\">"
        let bio = "Odile Marchetti is a local reporter who has written about the harbour, its boats and its board for eleven years."
        let a = try Self.read("<h1>Harbour board votes to rebuild the ferry slip</h1><div class=\"story\">\((0..<6).map(Self.p).joined())<p>\(bio)</p></div>", head: head)
        #expect(!a.bodyText.contains(bio))
        #expect(a.removed.contains { $0.reason == .boilerplate && $0.text.hasPrefix("Odile Marchetti is a local reporter") })
        for para in Self.paragraphs.prefix(6) { #expect(a.bodyText.contains(para)) }
    }

    @Test func authorNamedInTheBodyIsNotABiography() throws {
        // The writer quoted or named in the body text, and a biography-shaped line higher up, stay.
        let head = "<title>Harbour board votes to rebuild the ferry slip</title><meta name=\"author\" content=\"Odile Marchetti\">"
        let said = "Odile Marchetti said the board had heard from more fishermen than at any meeting she had reported on."
        let early = "Odile Marchetti has attended every meeting of the board this year, and wrote the notes the chair read out."
        let a = try Self.read("<h1>Harbour board votes to rebuild the ferry slip</h1><div class=\"story\"><p>\(early)</p>\((0..<6).map(Self.p).joined())<p>\(said)</p></div>", head: head)
        #expect(a.bodyText.contains(said))
        #expect(a.bodyText.contains(early))
        #expect(AuthorBio.isBiography("Odile Marchetti, an award-winning reporter, lives by the harbour.", authors: ["Odile Marchetti"]))
        #expect(AuthorBio.isBiography("Odile has covered the harbour since 2014.", authors: ["Odile Marchetti"]))
        #expect(!AuthorBio.isBiography("Odile Marchetti is a reporter.", authors: ["Marchetti"]))
    }
}
