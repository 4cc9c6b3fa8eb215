import Testing
@testable import LedeCore
@testable import LedeExtract

/// The climb from the best-scored container into its parent asks for half as much prose again:
/// a parent that adds a box of testimonials a third the size of the body (prose, no links, in
/// wrappers that score too little to join as a sibling) is not climbed into; one that adds a
/// second part as long as the first is. The page is written for this test.
@Suite struct ClimbGainTests {
    static let body = [
        "The lake trust closed the east shore path on Friday after the spring floods washed part of it away.",
        "Rangers found that the water had undercut the bank in three places along the stretch by the boathouse.",
        "Walkers are asked to take the west shore path for now and to keep dogs on a lead near the nesting birds.",
        "The trust expects to rebuild the worst stretch with stone from the quarry at the north end of the valley.",
        "Volunteers will plant willow along the bank to hold the soil once the new path is laid and rolled flat.",
        "The work should take six weeks if the weather holds and the lorries can reach the shore from the lane.",
        "A temporary bridge over the inlet will let the rangers reach the far side while the path is closed.",
        "The trust thanked the walkers who sent photographs of the damage in the first hours after the flood.",
    ]
    static let sidebar = [
        "Sam from the rowing club says the rangers answer every message within a day and always with good humour.",
        "Priya from the village wrote that the guided walks were the best thing she did all summer with her sons.",
        "Tom says he has walked round the lake every week for twenty years and never seen it looking better kept.",
    ]

    static func page(beside: [String]) -> String {
        let box = "<div class=\"box\"><div><div>" + beside.map { "<p>\($0)</p>" }.joined() + "</div></div></div>"
        return "<html lang=\"en\"><head><title>Shore path closed</title></head><body><h1>Shore path closed</h1><div class=\"page\">"
            + "<div class=\"story\">" + body.map { "<p>\($0)</p>" }.joined() + "</div>" + box + "</div></body></html>"
    }

    @Test func aParentAddingAThirdMoreProseIsNotClimbed() throws {
        let a = try ArticleReader().read(Array(Self.page(beside: Self.sidebar).utf8), url: nil)
        for p in Self.body { #expect(a.bodyText.contains(p)) }
        for p in Self.sidebar { #expect(!a.bodyText.contains(p)) }
    }

    @Test func aParentAddingAsMuchProseAgainIsClimbed() throws {
        let second = Self.body.map { $0.replacingOccurrences(of: "The ", with: "Last year the ") }
        let a = try ArticleReader().read(Array(Self.page(beside: second).utf8), url: nil)
        for p in Self.body + second { #expect(a.bodyText.contains(p)) }
    }
}
