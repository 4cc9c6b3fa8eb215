import Testing
@testable import LedeExtract

/// The `<meta>` table keeps every value of a key in page order, the first being the key's value;
/// a byline that is only a lead-in names nobody.
struct MetaTagsTableTests {
    @Test func firstValuePerKeyAndAllInOrder() throws {
        let page = """
            <html><head><meta name="author" content="Jane Roe"><meta property="Author" content="Tom Price">
            <meta name="x-release-stamp" content="2024-03-02"><meta name="a-created" content="2023-01-05">
            <meta name="empty" content=""><meta name="og:title" content="  A   title "></head><body><p>x</p></body></html>
            """
        let tags = MetaTags(document: try HTMLDocument(utf8: Array(page.utf8)))
        #expect(tags.all["author"] == ["Jane Roe", "Tom Price"])
        #expect(tags.first(["missing", "author"]) == "Jane Roe")
        #expect(tags.first(["og:title"]) == "A title")
        #expect(tags.first(["empty"]) == nil && tags.all["empty"] == nil)
        // Keys in sorted order: "a-created" before "x-release-stamp".
        #expect(tags.anyPublicationDate() == "2023-01-05")
    }

    @Test func aLeadInAloneNamesNobody() {
        // Compared with the lead-ins trimmed of blanks and colons, the label itself untrimmed of its colon.
        for label in ["By", "BY", "Written by", "WRITTEN BY", "Authors", " author "] {
            #expect(Byline.split(label).isEmpty, "\(label)")
        }
        #expect(Byline.bareLeadIns.contains("written by") && Byline.bareLeadIns.contains("by"))
        #expect(Byline.split("By Jane Roe") == ["Jane Roe"])
    }
}
