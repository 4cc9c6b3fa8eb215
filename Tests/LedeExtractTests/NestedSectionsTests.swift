import Testing
@testable import LedeCore
@testable import LedeExtract

/// A body whose parts the markup nests one inside the other (unclosed `<section>`s, page
/// builders' wrappers): the best-scored part already holds a good share of the page, and each
/// wrapper above it adds one more part of prose, too little alone to be climbed into. The climb
/// looks on through wrappers that add only prose with few links, and not through one that adds a
/// box of teaser links. The page is written for this test.
@Suite struct NestedSectionsTests {
    static let intro = [
        "The county opened its first tool library last spring in a room behind the old fire station on Mill Lane.",
        "Anyone with a library card can borrow a drill or a ladder for a week and bring it back when the job is done.",
        "Most of the tools came from a single weekend appeal that filled the room in two days and emptied three garages.",
    ]
    static let middle = [
        "Volunteers check every tool when it comes back and send the worn ones to a repair evening held once a month.",
        "The repair evening has become a club of its own where retired joiners teach teenagers to sharpen a chisel.",
        "Members pay nothing to join and the running costs are met by a small charge for the largest machines only.",
    ]
    static let sentences = [
        "the library lent out more than two thousand tools and hedge trimmers were the most wanted of all",
        "the busiest weeks came in April and in October when gardens need the most work and the weather allows it",
        "a grant from the parish council paid for new shelving and a pressure washer and a second set of long ladders",
        "the organisers counted how often each tool went out and moved the most wanted ones nearer to the door",
    ]
    /// Eight paragraphs: the part every vote goes to. The part beside it adds too little prose for
    /// the climb (``ContentExtractor/climbProseGain``); with the intro above, the outer wrapper adds enough.
    static let core = ["In its first month", "By the summer"].flatMap { when in
        sentences.map { "\(when) \($0)." }
    }

    static func page(outer: String) -> String {
        let part = { (ps: [String]) in "<div class=\"part\">" + ps.map { "<p>\($0)</p>" }.joined() + "</div>" }
        return "<html lang=\"en\"><head><title>A library of tools</title></head><body><h1>A library of tools</h1>"
            + "<div class=\"outer\">" + outer + "<div class=\"inner\">" + part(middle) + part(core) + "</div></div></body></html>"
    }

    @Test func wrappersThatAddProseAreClimbed() throws {
        let html = Self.page(outer: "<div class=\"part\">" + Self.intro.map { "<p>\($0)</p>" }.joined() + "</div>")
        let a = try ArticleReader().read(Array(html.utf8), url: nil)
        for p in Self.core + Self.intro + Self.middle { #expect(a.bodyText.contains(p)) }
    }

    @Test func aWrapperThatAddsTeaserLinksIsNot() throws {
        let teasers = (1...6).map { "<li><a href=\"/story-\($0)\">Another story from the county, number \($0) of this week's news</a></li>" }.joined()
        let html = Self.page(outer: "<ul class=\"cards\">" + teasers + "</ul>")
        let a = try ArticleReader().read(Array(html.utf8), url: nil)
        for p in Self.core { #expect(a.bodyText.contains(p)) }
        #expect(!a.bodyText.contains("Another story from the county"))
    }
}
