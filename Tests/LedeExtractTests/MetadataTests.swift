import Foundation
import Testing
@testable import LedeCore
@testable import LedeExtract

/// Metadata from the places pages keep it, on pages written for these tests.
@Suite struct MetadataTests {
    static func read(_ head: String, _ body: String = "", url: String? = "https://news.example/2024/06/02/story") throws -> Article {
        let page = "<html lang=\"en-GB\"><head>\(head)</head><body>\(body)<article><p>The river rose by two metres overnight, flooding the lower town and closing the bridge, officials said.</p><p>Residents were moved to the school hall, where volunteers served soup until the morning.</p></article></body></html>"
        return try ArticleReader().read(Array(page.utf8), url: url)
    }

    @Test func jsonLDGraphWithArraysOfTypesAndAuthors() throws {
        let ld = """
        <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
          {"@type":"WebSite","name":"River News"},
          {"@type":["NewsArticle","Article"],"headline":"River floods the lower town","datePublished":"2024-06-02T05:10:00+01:00",
           "dateModified":"2024-06-02T09:00:00+01:00","author":[{"@type":"Person","name":"Ana Lima"},{"@type":"Person","name":"Tom Price"}],
           "publisher":{"@type":"Organization","name":"River News"},"image":{"@type":"ImageObject","url":"/img/flood.jpg"}}]}</script>
        """
        let a = try Self.read(ld)
        #expect(a.title == "River floods the lower town")
        #expect(a.authors == ["Ana Lima", "Tom Price"])
        #expect(a.published == "2024-06-02T05:10:00+01:00")
        #expect(a.modified == "2024-06-02T09:00:00+01:00")
        #expect(a.publisher == "River News")
        #expect(a.image == "https://news.example/img/flood.jpg")
        #expect(a.language == "en-GB")
    }

    @Test func jsonLDScriptsAnywhereAreAllRead() throws {
        // One script in the head names the site; the article's sits in the body, after a script
        // of another kind that mentions ld+json only in its code.
        let head = "<script type=\"application/ld+json\">{\"@type\":\"WebSite\",\"name\":\"River News\"}</script>"
        let body = "<script>var kind = 'application/ld+json';</script><div><script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"River floods the lower town\",\"author\":{\"name\":\"Ana Lima\"}}</script></div>"
        let a = try Self.read(head, body)
        #expect(a.title == "River floods the lower town")
        #expect(a.authors == ["Ana Lima"])
        // The prefilter counts the scripts it keeps: two here.
        var count = 0
        _ = MarkupPrefilter.strip(Array(("<head>" + head + "</head>" + body).utf8), jsonLDScripts: &count)
        #expect(count == 2)
    }

    @Test func openGraphOnlyPageStripsTheSiteName() throws {
        let head = """
        <title>River floods the lower town | River News</title>
        <meta property="og:title" content="River floods the lower town | River News">
        <meta property="og:site_name" content="River News">
        <meta property="article:published_time" content="2024-06-02">
        <meta name="author" content="By Ana Lima and Tom Price, Staff Writers">
        """
        let a = try Self.read(head)
        #expect(a.title == "River floods the lower town")
        #expect(a.authors == ["Ana Lima", "Tom Price"])
        #expect(a.published == "2024-06-02")
    }

    @Test func visibleBylineAndPrintedDate() throws {
        let body = "<h1>River floods the lower town</h1><div class=\"byline\">By <a rel=\"author\" href=\"/staff/ana\">Ana Lima</a></div><p class=\"meta\">June 2, 2024</p>"
        let a = try Self.read("<title>River News</title>", body, url: nil)
        #expect(a.title == "River floods the lower town")
        #expect(a.authors == ["Ana Lima"])
        #expect(a.published == "2024-06-02")
    }

    @Test func malformedJSONLDIsIgnored() throws {
        let a = try Self.read("<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": </script><meta property=\"og:title\" content=\"Flood\">", "<h1>Flood in the lower town tonight</h1>", url: nil)
        #expect(a.title == "Flood in the lower town tonight")
        #expect(a.authors.isEmpty)
    }

    @Test func pageWithNoMetadataStillReads() throws {
        let a = try Self.read("", url: nil)
        #expect(a.authors.isEmpty)
        #expect(a.published == nil)
        #expect(!a.title.isEmpty)
    }

    @Test(arguments: [
        ("2022-05-20T14:03:00Z", "2022-05-20T14:03:00Z"),
        ("2022-05-20T14:03:00.123+02:00", "2022-05-20T14:03:00+02:00"),
        ("2022/05/20", "2022-05-20"),
        ("May 20, 2022", "2022-05-20"),
        ("Friday, 20 May 2022", "2022-05-20"),
        ("Sept. 3rd 2021", "2021-09-03"),
        ("Fri, 20 May 2022 10:00:00 GMT", "2022-05-20"),
        ("05/20/2022", "2022-05-20"),
        ("20.05.2022", "2022-05-20"),
        ("1653055380", "2022-05-20"),
    ])
    func dateForms(input: String, expected: String) {
        #expect(DateParsing.iso(input) == expected)
    }

    @Test func notADate() {
        #expect(DateParsing.iso("yesterday") == nil)
        #expect(DateParsing.iso("Chapter 12") == nil)
    }

    @Test func bylineCleaning() {
        #expect(Byline.split("By JANE ROE and John Doe | Reuters") == ["JANE ROE", "John Doe"])
        #expect(Byline.split("Dylan Bailey, MS, RD") == ["Dylan Bailey, MS, RD"])
        #expect(Byline.split("Written by Ana Lima Updated 3 hours ago") == ["Ana Lima"])
        #expect(Byline.split("andrew.keaveney").isEmpty)
        #expect(Byline.split("Jean-Luc Aufranc (CNXSoft)") == ["Jean-Luc Aufranc (CNXSoft)"])
    }
}
