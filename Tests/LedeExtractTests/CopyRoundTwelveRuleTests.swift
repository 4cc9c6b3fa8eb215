import Testing
@testable import LedeCore
@testable import LedeExtract

/// Rules written in the thirteenth copies round (2026-12-07) for the forms the twelfth round left
/// (its headline, byline and credit misses, known by their forms only), each on copies written for
/// these tests: a name over a job line beside the date, the publisher's advertising-sales link.
@Suite struct CopyRoundTwelveRuleTests {
    static func read(_ text: String) throws -> Article { try CopyReading.article(text) }
    static func kept(_ a: Article) -> [String] { CopyReading.keptLines(a) }

    static let first = "The regional rugby union named Tamsin Rowe to its under-20 squad on Friday, two years after a knee injury stopped her playing."
    static let second = "Rowe, 19, trained alone on her family's farm through the winter and returned to club rugby in March."
    static let third = "The squad meets in Dunmore next week before two matches against a visiting side from the south."

    @Test func aNameOverAJobLineBesideTheDateIsTheByline() throws {
        let a = try Self.read("""
            Valley Courier
            Sport
            Farm girl named to under-20 squad after injury comeback
            Harriet Vale
            Sport reporter
            5 December 2026
            \(Self.first)
            \(Self.second)
            \(Self.third)
            © Valley Courier
            """)
        #expect(a.title == "Farm girl named to under-20 squad after injury comeback")
        #expect(a.authors == ["Harriet Vale"])
        #expect(a.published == "2026-12-05")
        #expect(Self.kept(a) == [Self.first, Self.second, Self.third])
    }

    @Test func aJobLineNeedsAWritersJobAndTheDate() {
        func name(_ lines: [String]) -> String? { PlainTextArticleExtractor.nameOverJobLine(ScrapedLines(lines: lines), 1) }
        #expect(name(["Sport", "Harriet Vale", "Sport reporter", "5 December 2026"]) == "Harriet Vale")
        #expect(name(["5 December 2026", "Harriet Vale", "Senior Correspondent", "Sport"]) == "Harriet Vale")
        #expect(name(["Sport", "Harriet Vale", "Sport and weather", "5 December 2026"]) == nil)
        #expect(name(["Sport", "Harriet Vale", "Senior reporter", "The match went on."]) == nil)
        #expect(name(["Sport", "Harriet Vale", "Reporter of the year 2026", "5 December 2026"]) == nil)
    }

    /// "Advertise with …": the publisher's advertising-sales link, page furniture (a copy's
    /// headline is never taken from it); a sentence about advertising is not one.
    @Test func theAdvertisingSalesLinkIsFurniture() throws {
        let a = try Self.read("""
            Valley Courier
            Advertise with Valley Media
            Sport
            Farm girl named to under-20 squad after injury comeback
            By Harriet Vale
            5 December 2026
            \(Self.first)
            \(Self.second)
            \(Self.third)
            """)
        #expect(a.title == "Farm girl named to under-20 squad after injury comeback")
        #expect(LineRules.furniture("Advertise with Valley Media") != nil)
        #expect(LineRules.isAdSalesLink("advertise with us"))
        #expect(!LineRules.isAdSalesLink("advertisers with deep pockets flock to the final"))
        #expect(!LineRules.isAdSalesLink("advertise with care, regulators tell brewers."))
    }
}
