import Testing
@testable import LedeCore
@testable import LedeExtract

/// A parent that adds a line of a hundred-odd bytes of furniture to the body (a "filed under"
/// line of topic links, with no class that names it) is not climbed into for being small: only
/// additions under ``ContentExtractor/climbAlwaysBelowAddedText`` bytes are (a wrapper, a short
/// caption), and prose with few links under ``ContentExtractor/climbAlwaysBelowAddedProse`` (an
/// opening paragraph in a box of its own, as `ClippedBoxTests` has it). The page is written for
/// this test.
@Suite struct ClimbSmallAdditionTests {
    static let body = [
        "The ferry company will add a late sailing on Fridays from June, after a summer of full boats last year.",
        "The new crossing leaves the island at ten at night and reaches the mainland in time for the last train.",
        "Islanders had asked for it for years, saying that a night out on the mainland meant a night in a hotel.",
        "The company says it will keep the late sailing through the winter if enough people use it in the summer.",
    ]
    static let strap = "Filed under <a href=\"/t/ferries\">Ferries and harbours</a> and <a href=\"/t/islands\">Island life</a>"
        + " and <a href=\"/t/transport\">Transport</a>, last updated on the morning after the storm"

    @Test func aParentAddingALineOfFurnitureIsNotClimbed() throws {
        let html = "<html lang=\"en\"><head><title>Late ferry</title></head><body><h1>Late ferry</h1><div class=\"page\">"
            + "<div class=\"topics\">\(Self.strap)</div><div class=\"story\">" + Self.body.map { "<p>\($0)</p>" }.joined()
            + "</div></div></body></html>"
        let a = try ArticleReader().read(Array(html.utf8), url: nil)
        for p in Self.body { #expect(a.bodyText.contains(p)) }
        #expect(!a.bodyText.contains("Filed under"))
    }

    @Test func aParentAddingAFewWordsIsClimbed() throws {
        let html = "<html lang=\"en\"><head><title>Late ferry</title></head><body><h1>Late ferry</h1><div class=\"page\">"
            + "<div class=\"story\">" + Self.body.map { "<p>\($0)</p>" }.joined() + "</div>"
            + "<div class=\"end\">Timetable from June.</div></div></body></html>"
        let a = try ArticleReader().read(Array(html.utf8), url: nil)
        for p in Self.body { #expect(a.bodyText.contains(p)) }
        #expect(a.bodyText.contains("Timetable from June."))
    }
}
