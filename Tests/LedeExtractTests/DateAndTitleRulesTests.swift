import Foundation
import Testing
@testable import LedeCore
@testable import LedeExtract

/// Date and headline rules, each on a page written for this test.
@Suite struct DateAndTitleRulesTests {
    static func read(_ head: String, _ body: String = "", url: String? = nil) throws -> Article {
        try MetadataTests.read(head, body, url: url)
    }

    /// A summary set in heading type is no headline: the title the page's other sources share wins.
    @Test func aParagraphInTheH1IsNotTheHeadline() throws {
        let standfirst = "Find out which repairs pay for themselves when you sell, which ones rarely do, and how to weigh "
            + "the cost of each against the value it adds, with figures from agents and surveyors across the country and a checklist."
        let a = try Self.read("<title>Nine Repairs That Pay for Themselves | Harbor Homes</title><meta property=\"og:title\" content=\"Nine Repairs That Pay for Themselves | Harbor Homes\">",
                              "<h1>\(standfirst)</h1><p>The first repair is the roof.</p>")
        #expect(a.title == "Nine Repairs That Pay for Themselves")
        // A long headline of ordinary length stays.
        let b = try Self.read("<title>Harbor Homes</title>", "<h1>Nine repairs that pay for themselves when you sell a house</h1><p>The first repair is the roof.</p>")
        #expect(b.title == "Nine repairs that pay for themselves when you sell a house")
    }

    @Test func dateJustAboveTheHeadline() throws {
        let body = "<nav><a href=\"/\">Home</a></nav><p><span>Dec 12, 2025</span> · <span>4 min read</span></p><h1>Why the ferry runs at night</h1><p>The crossing takes nine hours.</p>"
        let a = try Self.read("", body)
        #expect(a.published == "2025-12-12")
    }

    @Test func dateBelowTheHeadlineWinsWhenNearer() throws {
        let body = "<p>March 1, 2019</p><div>" + String(repeating: "Older links and a long kicker line. ", count: 12)
            + "</div><h1>Why the ferry runs at night</h1><p>By Ana Lima</p><p>April 8, 2024</p>"
        let a = try Self.read("", body)
        #expect(a.published == "2024-04-08")
    }

    @Test func isoDateInItsOwnLine() throws {
        let a = try Self.read("", "<h1>Why the ferry runs at night</h1><div><span>Nick Vale</span> <span>2022-11-23T08:10+02:00</span></div>")
        #expect(a.published?.hasPrefix("2022-11-23") == true)
    }

    @Test func numericDateInsideALine() {
        #expect(DateParsing.written("Updated: 10/31/2024") == "2024-10-31")
        #expect(DateParsing.written("Posted on the 15/12/2025 at 19:00") == "2025-12-15")
        #expect(DateParsing.written("Chapter 12 of 30") == nil)
        // Dashes read day-first as dots do; slashes month-first; an order that is no date gives way.
        #expect(DateParsing.written("02-12-2025") == "2025-12-02")
        #expect(DateParsing.written("02/12/2025") == "2025-02-12")
        #expect(DateParsing.written("12.18.2025") == "2025-12-18")
        #expect(DateParsing.written("13/25/2025") == nil)
    }

    @Test func eastAsianDateWithUnits() {
        #expect(DateParsing.written("2026年3月14日") == "2026-03-14")
        #expect(DateParsing.written("公開日 2018年08月16日 10:30") == "2018-08-16")
        #expect(DateParsing.written("2026년 3월 14일 토요일") == "2026-03-14")
        // Units out of order, a month past 12, or a year outside the range read no date.
        #expect(DateParsing.written("2026月3年14日") == nil)
        #expect(DateParsing.written("2026年13月1日") == nil)
        #expect(DateParsing.written("1066年3月14日") == nil)
    }

    @Test func monthNamesOfOtherLanguages() {
        #expect(DateParsing.written("Valle Alto, 14 de marzo de 2026 - 10:35") == "2026-03-14")
        #expect(DateParsing.written("Publié le 12 août 2026") == "2026-08-12")
        #expect(DateParsing.written("3. März 2026") == "2026-03-03")
        #expect(DateParsing.written("5 dicembre 2025") == "2025-12-05")
        #expect(DateParsing.written("Atualizado em 9 de outubro de 2024") == "2024-10-09")
        #expect(DateParsing.written("1 mei 2026") == "2026-05-01")
        #expect(DateParsing.written("the 3rd of May 2026") == "2026-05-03")
        // "de" joins a day to its month only: a number two words before a month is no day.
        #expect(DateParsing.written("14 casas de marzo de 2026") == nil)
    }

    /// A date stamp and a fact box's fields under the headline are not taken for it.
    @Test func dateStampsAndFactBoxFieldsAreNoHeadline() throws {
        let copy = """
            Reviews
            Film
            Harbour lights review – a quiet film about a loud town
            Updated Jan. 27, 2026, 12:28 PM EST
            Director: Joan Kerr
            Cast: Maeve Doyle, Callum Reid
            Running time: 1hr 52min
            The film opens on a harbour at night, and for twenty minutes nobody in it says a word.
            Its lead, a ferry pilot with a bad knee, carries the story without ever raising his voice.
            Share
            More reviews
            """
        let article = try ArticleReader(options: ReadOptions(inputKind: .text)).read(Array(copy.utf8))
        #expect(article.title == "Harbour lights review – a quiet film about a loud town")
        #expect(article.modified == "2026-01-27")
        #expect(PlainTextArticleExtractor.isDateStamp(ScrapedLines(copy), 3))
        #expect(PlainTextArticleExtractor.isFactBoxField(ScrapedLines(copy), 5))
        // A labelled headline alone is no field; a dated headline is no stamp.
        let single = ScrapedLines("Analysis: Why the ferry stopped running\nBy Jane Roe\nWeekly Wrap-Up 12/19/2025")
        #expect(!PlainTextArticleExtractor.isFactBoxField(single, 0))
        #expect(!PlainTextArticleExtractor.isDateStamp(single, 2))
    }

    @Test func datedHeaderThatAlsoHoldsTags() throws {
        let body = "<h1>Indexing for journals</h1><div class=\"meta date-header\"><span>Posted on April 13, 2023</span><div class=\"tags\"><a>indexing</a> <a>open access</a> <a>peer review</a> <a>metadata and identifiers</a></div></div>"
        let a = try Self.read("", body)
        #expect(a.published == "2023-04-13")
    }

    @Test func urlDateOverAUTCTimestampOneDayLater() throws {
        let head = "<link rel=\"canonical\" href=\"https://quay.example/2025/12/18/night-ferry\"><meta property=\"article:published_time\" content=\"2025-12-19T02:41:41+00:00\">"
        let a = try Self.read(head, url: nil)
        #expect(a.published == "2025-12-18")
        // Further apart, the timestamp is not a time-zone slip and stays.
        let far = try Self.read("<link rel=\"canonical\" href=\"https://quay.example/2025/12/10/night-ferry\"><meta property=\"article:published_time\" content=\"2025-12-19T02:41:41+00:00\">", url: nil)
        #expect(far.published == "2025-12-19T02:41:41+00:00")
    }

    @Test func urlDateWithAMonthName() {
        #expect(MetadataExtractor.dateFromURL("https://wine.example/blog/2023/october/03/styles") == "2023-10-03")
        #expect(MetadataExtractor.dateFromURL("https://wine.example/blog/2023/10/3/styles") == "2023-10-03")
    }

    @Test func daysSinceEpoch() {
        #expect(DateParsing.daysSinceEpoch("1970-01-02") == 1)
        #expect(DateParsing.daysSinceEpoch("2000-03-01")! - DateParsing.daysSinceEpoch("2000-02-28")! == 2)
    }

    @Test func headlineFurnitureIsReadFromTheShorterSource() throws {
        let og = "<meta property=\"og:title\" content=\"Tide tables explained\">"
        #expect(try Self.read(og, "<h1>Tide tables explained Posted on July 1, 2024 by quaywriter</h1>").title == "Tide tables explained")
        #expect(try Self.read(og, "<h1>Dec 18 2025 Tide tables explained</h1>").title == "Tide tables explained")
        #expect(try Self.read(og, "<h1>Blog: Tide tables explained</h1>").title == "Tide tables explained")
        // More words that are not furniture keep the visible headline.
        #expect(try Self.read(og, "<h1>Tide tables explained for new sailors</h1>").title == "Tide tables explained for new sailors")
    }

    @Test func headlineAgreesWithATitleThatWrapsItInSiteParts() throws {
        let head = "<title>Defer and recover - The Harbour Language</title>"
        let a = try Self.read(head, "<h1>Harbour Language</h1><h1>Defer and recover</h1>")
        #expect(a.title == "Defer and recover")
    }

    @Test func pipeSectionAfterAHeadlineIsCut() throws {
        let a = try Self.read("<meta property=\"og:title\" content=\"How the tide rewrites the shore | Opinion\">",
                              "<h1>How the tide rewrites the shore | Opinion</h1>")
        #expect(a.title == "How the tide rewrites the shore")
        // A long part after the pipe is part of the headline.
        #expect(TitleChoice.sectionCut("Tides | What every new sailor should know before the first crossing") == "Tides | What every new sailor should know before the first crossing")
    }

    @Test func mojibakeAndFullwidthRepairs() {
        #expect(TextRepair.mojibake("Investor\u{E2}\u{80}\u{99}s Guide") == "Investor’s Guide")
        #expect(TextRepair.mojibake("Café au lait") == "Café au lait")
        #expect(TextRepair.fullwidth("How does it work？") == "How does it work?")
    }

    @Test func repeatedHeadlineCountsOnce() throws {
        let a = try Self.read("<meta property=\"og:title\" content=\"How to set up a desk for long days\">",
                              "<h1>Setting up a quiet workspace</h1><h1>Setting up a quiet workspace</h1>")
        #expect(a.title == "Setting up a quiet workspace")
    }

    @Test func siteNameHeadingFromTheTitleTagIsNotTheHeadline() throws {
        let head = "<title>Where to cycle in Port Avery | Avery Monthly</title><meta property=\"og:title\" content=\"Our favourite rides\">"
        let a = try Self.read(head, "<h1>Avery Monthly</h1><h1>The best trails in Port Avery for cycling</h1>")
        #expect(a.title == "The best trails in Port Avery for cycling")
    }

    @Test func pipeSectionsAreCutOneByOne() {
        #expect(TitleChoice.sectionCut("How to help toddlers sleep through the night | Patient Notes | Avery Children's Clinic") == "How to help toddlers sleep through the night")
    }

    @Test func domainAfterASeparatorIsTheSite() throws {
        let a = try Self.read("<title>NEW ARRIVALS | Quayshop.com</title>", "")
        #expect(a.title == "NEW ARRIVALS")
        #expect(TitleChoice.isDomain("Quayshop.com"))
        #expect(!TitleChoice.isDomain("Part 2"))
    }

    @Test func shortLabelYieldsToTheTitleThatHoldsIt() throws {
        let a = try Self.read("<meta property=\"og:title\" content=\"Tide tables: how to read them | Quay\">", "<h1>Tide tables</h1>")
        #expect(a.title == "Tide tables: how to read them")
    }

    @Test func doublyEscapedEntityInTheHeadline() throws {
        let a = try Self.read("<meta property=\"og:title\" content=\"Ropes, knots &amp; cleats for 2026\">", "<h1>Ropes, knots &amp;#x26; cleats for 2026</h1>")
        #expect(a.title == "Ropes, knots & cleats for 2026")
    }
}
